//! `visabench reproduce`: Trillium's Figure 2 in one command — the study's six benchmarks at
//! `paper` size along every path, verified and timed (at least 10 repetitions, then more until
//! every median's 95% interval is within ±1%, by default), then the report.
//!
//! One library call does the measuring ([`runner::run`]): CPU references first, in parallel
//! and cached; then per workload every variant verified (in parallel) and the verified ones
//! timed interleaved; the results directory (`OUT/results.json`, `results.csv`, `env.json`,
//! `timing.txt`) is rewritten after each workload, so an interrupted run keeps what finished.
//! `--jit-opt-level` adds finishing levels and `--ablation` the ablation paths (the study that
//! explains the paper's 13×); `OUT/report/index.html` is the page. `--reps-for gaussian=20`
//! trades repetitions for time on one workload; the report's precision check names every timing
//! whose median's interval misses the target.

use super::args::{parse_size, FinishArgs, Paths, RunAt};
use anyhow::{bail, Context as _};
use harness::bundle::Manifest;
use harness::plan;
use harness::results::Status;
use harness::runner::{self, Observer, Phases};
use harness::variant::LevelList;
use kernels::Size;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `visabench reproduce`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output directory: results, report/ and (when compiling here) bundle/.
    #[arg(long, default_value = "visabench-reproduce")]
    out: PathBuf,
    /// Timed repetitions per variant before the precision target decides (at least 10).
    #[arg(long, default_value_t = 10)]
    reps: usize,
    /// Repetitions for one workload, `NAME=N` (repeat or comma-separate), e.g. for a long
    /// sequential workload on a tight time budget.
    #[arg(long, value_delimiter = ',', value_parser = parse_reps_for)]
    reps_for: Vec<(String, usize)>,
    /// Untimed warm-up runs per path.
    #[arg(long, default_value_t = 3)]
    warmup: usize,
    /// Precision target in percent: after `--reps`, keep adding rounds while some kernel's
    /// median has a 95% interval wider than ±this, up to `--max-reps` repetitions and
    /// `--extra-seconds` per benchmark (0: exactly `--reps`).
    #[arg(long, value_name = "PERCENT", default_value_t = 1.0)]
    precision: f64,
    /// The most timed repetitions per path with a precision target.
    #[arg(long, default_value_t = 1000)]
    max_reps: usize,
    /// Wall-clock seconds the extra rounds may take per benchmark.
    #[arg(long, default_value_t = 20.0)]
    extra_seconds: f64,
    /// Run this bundle (from `visabench bundle`) instead of compiling: the GPU-node workflow.
    #[arg(long)]
    bundle: Option<PathBuf>,
    /// Problem size: paper (default), tiny (a quick check, any device) or large.
    #[arg(long, value_parser = parse_size)]
    size: Option<Size>,
    #[command(flatten)]
    paths: Paths,
    /// Run on a device that is not an NVIDIA GPU (PoCL's CPU device, say); PTX paths fail there.
    #[arg(long)]
    allow_cpu: bool,
    /// OpenCL device (see `visabench run --device`).
    #[arg(long)]
    device: Option<String>,
    /// Seed of the inputs.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Skip the SASS counts (`visabench sass` of every path, NVIDIA's own compiler included,
    /// into OUT/sass.csv for the report); they need ptxas and nvdisasm.
    #[arg(long)]
    no_sass: bool,
    /// Time limit of one verification run, seconds.
    #[arg(long, default_value_t = 120.0)]
    timeout: f64,
    /// Add the ablation study: `tgsi` with each 2019 restriction switched on alone and
    /// `tgsi-2019` with each switched off alone, interleaved with the other paths, at the
    /// `--ablation-levels`.
    #[arg(long)]
    ablation: bool,
    /// The finishing levels of the ablation paths (of those the run uses).
    #[arg(long, value_name = "LIST", default_value = "default,0")]
    ablation_levels: LevelList,
    #[command(flatten)]
    finish: FinishArgs,
}

fn parse_reps_for(s: &str) -> Result<(String, usize), String> {
    let (name, n) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}`: expected NAME=N"))?;
    let n: usize = n
        .parse()
        .map_err(|_| format!("`{s}`: `{n}` is not a number"))?;
    Ok((name.trim().to_string(), n))
}

/// Progress lines with the elapsed time.
struct Lines {
    start: Instant,
}

impl Lines {
    fn say(&self, s: &str) {
        let t = self.start.elapsed().as_secs();
        eprintln!("[{:02}:{:02}] {s}", t / 60, t % 60);
    }
}

impl Observer for Lines {
    fn begin(&mut self, _steps: u64) {}
    fn step(&mut self, what: &str) {
        self.say(what);
    }
    fn verified(&mut self, workload: &str, path: &str, status: Status, message: Option<&str>) {
        let msg = message
            .and_then(|m| m.lines().next())
            .map(|m| format!(": {m}"))
            .unwrap_or_default();
        self.say(&format!("  {workload} on {path}: {status}{msg}"));
    }
}

/// Checks the device and says what can run on it.
fn check_device(args: &Args, size: Size) -> anyhow::Result<harness::opencl::DeviceInfo> {
    let devices = harness::opencl::list_devices().context("no OpenCL device to run on")?;
    let device = devices[harness::opencl::choose(&devices, args.device.as_deref())?].clone();
    if device.is_nvidia_gpu() {
        eprintln!(
            "device: {} (driver {})",
            device.label(),
            device.driver_version
        );
        return Ok(device);
    }
    eprintln!(
        "no NVIDIA GPU: the OpenCL device here is {} ({}). The study's numbers need an NVIDIA GPU \
         (NVIDIA's OpenCL driver, with its ICD registered in /etc/OpenCL/vendors/nvidia.icd).",
        device.label(),
        device.kind
    );
    if !(args.allow_cpu || size == Size::Tiny) {
        bail!(
            "not reproducing on this device: pass --allow-cpu to run anyway, or --size tiny for a quick \
             check that everything works (paths that hand PTX to the runtime will fail to build there)"
        );
    }
    eprintln!(
        "running what this device can: paths that hand it PTX will be reported as build failures"
    );
    Ok(device)
}

/// The bundle to run: `--bundle`, or the study compiled into `OUT/bundle`.
fn bundle_for(args: &Args, size: Size, lines: &Lines) -> anyhow::Result<(PathBuf, Manifest)> {
    if let Some(dir) = &args.bundle {
        let m = plan::load_bundle(dir, args.size)?;
        let missing = plan::study_missing(&m);
        if !missing.is_empty() {
            eprintln!(
                "warning: the bundle lacks {} of the study's benchmarks",
                missing.join(", ")
            );
        }
        lines.say(&format!(
            "bundle {} (size {}, made {})",
            dir.display(),
            m.size,
            m.created
        ));
        return Ok((dir.clone(), m));
    }
    #[cfg(feature = "compile")]
    {
        let dir = args.out.join("bundle");
        lines.say(&format!(
            "compiling the study's benchmarks at size {size} into {}",
            dir.display()
        ));
        let paths = if args.ablation {
            plan::with_ablation(&args.paths.paths)
        } else {
            args.paths.paths.clone()
        };
        let m = plan::make_bundle(
            &dir,
            size,
            &plan::study_workloads(),
            &paths,
            &args.finish.levels(),
            &mut |w, p| lines.say(&format!("  compiled {w} along {p}")),
        )?;
        for w in &m.workloads {
            for (p, e) in w.paths.iter().filter_map(|p| Some((p, p.error_line()?))) {
                lines.say(&format!(
                    "  {} along {} did not compile: {e}",
                    w.name, p.path
                ));
            }
        }
        Ok((dir, m))
    }
    #[cfg(not(feature = "compile"))]
    {
        let _ = size;
        bail!(
            "this visabench is the GPU-node runner (built without the compile side): make a bundle with \
             `visabench bundle --size paper --out DIR` on a machine with LLVM, copy it here, and run \
             `visabench reproduce --bundle DIR`"
        )
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lines = Lines {
        start: Instant::now(),
    };
    let size = args.size.unwrap_or(Size::Paper);
    let base = plan::sampling(
        args.warmup,
        args.reps,
        Some(args.precision),
        args.max_reps,
        args.extra_seconds,
    )?;
    if args.reps < 10 {
        eprintln!(
            "note: {} fixed repetitions; stopping on precision after fewer than 10 makes the \
             intervals optimistic",
            args.reps
        );
    }
    let device = check_device(&args, size)?;
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let (dir, manifest) = bundle_for(&args, size, &lines)?;
    let workloads = plan::study_in(&manifest)?;
    let reps_for = plan::reps_for(&args.reps_for, &workloads)?;
    let run = RunAt {
        bundle: &dir,
        out: &args.out,
        seed: args.seed,
        device: args.device.as_deref(),
        timeout: args.timeout,
    };
    let (env, mut opts) = args.finish.prepare(&run, &manifest, &device, base)?;
    let ablation = args.ablation.then_some(&args.ablation_levels.0[..]);
    opts.variants = plan::variants(&manifest, &args.paths.paths, &opts.levels, ablation)?;
    lines.say(&plan::describe(
        workloads.len(),
        &opts.variants,
        &opts.levels,
        &opts.sampling,
    ));
    opts.workloads = workloads.clone();
    opts.reps_for = reps_for;
    let mut observer = Lines { start: lines.start };
    let merged = runner::run(&manifest, &opts, env, &mut observer)?;
    for w in &merged.workloads {
        lines.say(&harness::summary::repetitions(w));
    }
    let mut phases = Phases::default();
    let sass_start = Instant::now();
    if !args.no_sass {
        sass::run::RunCounts {
            dir: &dir,
            manifest: &manifest,
            workloads: &workloads,
            paths: &args.paths.paths,
            levels: &opts.levels,
            device: &device,
            device_choice: args.device.as_deref(),
            out: &args.out,
        }
        .write(&mut |s| lines.say(s));
    }
    phases.add("sass", sass_start.elapsed().as_secs_f64());
    print!("{}", harness::summary::table(&merged, false));
    println!("results: {}", args.out.display());
    let report_start = Instant::now();
    super::report::make(&args.out, &args.out.join("report"))?;
    let total = lines.start.elapsed().as_secs_f64();
    phases.add("report", report_start.elapsed().as_secs_f64());
    phases.add("reproduce (all)", total);
    if let Err(e) = phases.append_to(&args.out) {
        eprintln!(
            "cannot write {}: {e}",
            args.out.join(runner::TIMING_TXT).display()
        );
    }
    lines.say(&format!("reproduction finished in {:.0} s", total));
    if total > 600.0 {
        eprintln!(
            "note: longer than the 10-minute target; `--reps-for NAME=N` lowers the repetitions of the \
             slowest workload (the report's precision check says what that costs)"
        );
    }
    Ok(if merged.all_expected() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
