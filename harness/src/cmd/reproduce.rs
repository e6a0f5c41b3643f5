//! `visabench reproduce`: Trillium's Figure 2 in one command — the study's six benchmarks at
//! `paper` size along every path, verified and timed (≥ 30 repetitions by default), then the
//! report.
//!
//! Each program is compiled once (into `OUT/bundle`, or taken from `--bundle DIR` on a GPU node
//! without LLVM) and built once per worker; the repetitions only launch. Workloads run one at a
//! time, and the merged results directory (`OUT/results.json`, `results.csv`, `env.json`) is
//! rewritten after each, so an interrupted run keeps what finished; `OUT/report/index.html` is
//! the page. `--reps-for gaussian=20` trades repetitions for time on one workload; the report's
//! precision check names every timing whose median's 95% interval is wider than ±2%.

use anyhow::{bail, Context as _};
use harness::bundle::{self, Manifest};
use harness::exec::Sampling;
use harness::results::{Results, Status, FORMAT};
use harness::runner::{self, Observer, Options};
use kernels::Size;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Arguments of `visabench reproduce`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output directory: results, report/ and (when compiling here) bundle/.
    #[arg(long, default_value = "visabench-reproduce")]
    out: PathBuf,
    /// Timed repetitions per path (at least 30 for the study's precision).
    #[arg(long, default_value_t = 30)]
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
    #[arg(long, value_name = "PERCENT", default_value_t = 2.0)]
    precision: f64,
    /// The most timed repetitions per path with a precision target.
    #[arg(long, default_value_t = 1000)]
    max_reps: usize,
    /// Wall-clock seconds the extra rounds may take per benchmark.
    #[arg(long, default_value_t = 30.0)]
    extra_seconds: f64,
    /// Run this bundle (from `visabench bundle`) instead of compiling: the GPU-node workflow.
    #[arg(long)]
    bundle: Option<PathBuf>,
    /// Problem size: paper (default), tiny (a quick check, any device) or large.
    #[arg(long, value_parser = super::run::parse_size)]
    size: Option<Size>,
    /// Paths, comma separated (default: every registered path, or every path in the bundle).
    #[arg(long, value_delimiter = ',')]
    paths: Vec<String>,
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

/// The study's benchmarks (Trillium's Figure 2), in registry order.
pub(crate) fn study_workloads() -> Vec<String> {
    kernels::registry()
        .into_iter()
        .filter(|w| w.in_study())
        .map(|w| w.name().to_string())
        .collect()
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
    let nvidia_gpu = device.is_nvidia() && device.kind == "gpu";
    if nvidia_gpu {
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
        let m = bundle::load(dir)?;
        if let Some(s) = args.size {
            if s != m.size {
                bail!(
                    "the bundle {} was made for size `{}`, not `{s}`",
                    dir.display(),
                    m.size
                );
            }
        }
        let missing: Vec<String> = study_workloads()
            .into_iter()
            .filter(|w| m.workload(w).is_none())
            .collect();
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
        let m =
            super::run::make_bundle(&dir, size, &study_workloads(), &args.paths, &mut |w, p| {
                lines.say(&format!("  compiled {w} along {p}"))
            })?;
        for w in &m.workloads {
            for p in w.paths.iter().filter(|p| p.error.is_some()) {
                let e = p
                    .error
                    .as_deref()
                    .and_then(|e| e.lines().next())
                    .unwrap_or("");
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

/// Writes `OUT/sass.csv`: what the GPU runs along each path. Never fails the reproduction: a
/// missing tool or a failed step is reported and skipped.
fn sass_counts(
    args: &Args,
    dir: &std::path::Path,
    manifest: &Manifest,
    workloads: &[String],
    device: &harness::opencl::DeviceInfo,
    lines: &Lines,
) {
    use harness::sass;
    let version = match sass::ptxas_version() {
        Ok(v) => v,
        Err(e) => {
            lines.say(&format!("SASS counts skipped: {e}"));
            return;
        }
    };
    let session = if device.is_nvidia() && device.kind == "gpu" {
        match harness::opencl::Session::open(args.device.as_deref()) {
            Ok(s) => Some(s),
            Err(e) => {
                lines.say(&format!("SASS counts: no native ({e})"));
                None
            }
        }
    } else {
        None
    };
    lines.say(&format!(
        "SASS counts of every path{} (ptxas {version})",
        if session.is_some() {
            ", NVIDIA's own compiler included"
        } else {
            ""
        }
    ));
    let arch = format!("sm_{}", manifest.target.sm);
    let sel = sass::Selection {
        workloads,
        paths: &args.paths,
        arch: &arch,
        save_ptx: None,
    };
    let rows = match sass::analyze_bundle(dir, manifest, &sel, session.as_ref(), &mut |_, _| {}) {
        Ok(r) => r,
        Err(e) => {
            lines.say(&format!("SASS counts skipped: {e}"));
            return;
        }
    };
    for r in &rows {
        if let (Err(e), false) = (&r.kernels, r.unsupported) {
            lines.say(&format!(
                "  SASS of {} along {}: {}",
                r.workload,
                r.path,
                e.lines().next().unwrap_or("")
            ));
        }
    }
    let f = args.out.join(harness::report::SASS_CSV);
    match harness::files::write_atomic(&f, sass::to_csv(&rows, &arch, &version).as_bytes()) {
        Ok(()) => lines.say(&format!("SASS counts: {}", f.display())),
        Err(e) => lines.say(&format!("cannot write {}: {e}", f.display())),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lines = Lines {
        start: Instant::now(),
    };
    let size = args.size.unwrap_or(Size::Paper);
    let base = super::run::sampling(
        args.warmup,
        args.reps,
        Some(args.precision),
        args.max_reps,
        args.extra_seconds,
    )?;
    if args.reps < 30 {
        eprintln!(
            "note: {} repetitions; the study's precision target assumes at least 30",
            args.reps
        );
    }
    let device = check_device(&args, size)?;
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let (dir, manifest) = bundle_for(&args, size, &lines)?;
    let study = study_workloads();
    let workloads: Vec<String> = manifest
        .workloads
        .iter()
        .map(|w| w.name.clone())
        .filter(|w| study.contains(w))
        .collect();
    if workloads.is_empty() {
        bail!(
            "the bundle holds none of the study's benchmarks ({})",
            study.join(", ")
        );
    }
    let reps_for: BTreeMap<String, usize> = args.reps_for.iter().cloned().collect();
    for name in reps_for.keys() {
        if !workloads.contains(name) {
            bail!(
                "--reps-for names `{name}`, which is not run (workloads: {})",
                workloads.join(", ")
            );
        }
    }
    let env = {
        let mut e = harness::env::Env::gather(Some(&device), manifest.llvm_version.clone());
        e.size = manifest.size.to_string();
        e.set_sampling(&base);
        e.seed = args.seed;
        e
    };
    let parts = tempfile::Builder::new()
        .prefix(".parts-")
        .tempdir_in(&args.out)?;
    let mut merged = Results {
        format: FORMAT,
        env: env.clone(),
        paths: vec![],
        timeout_seconds: args.timeout,
        complete: false,
        workloads: vec![],
    };
    let worker_exe = std::env::current_exe().context("cannot find this executable for workers")?;
    let mut complete = true;
    let mut observer = Lines { start: lines.start };
    for name in &workloads {
        let reps = reps_for.get(name).copied().unwrap_or(args.reps);
        let t = Instant::now();
        let more = match base.precision {
            Some(p) if base.max_reps > reps => format!(
                ", more (up to {} and {:.0} s) until every median is within ±{}%",
                base.max_reps,
                base.extra_seconds,
                p * 100.0
            ),
            _ => String::new(),
        };
        lines.say(&format!(
            "{name}: verify every path, then {reps} timed repetitions (+{} warm-up){more}",
            args.warmup
        ));
        let opts = Options {
            bundle: std::path::absolute(&dir)?,
            workloads: vec![name.clone()],
            paths: args.paths.clone(),
            sampling: Sampling {
                reps,
                max_reps: base.max_reps.max(reps),
                ..base
            },
            seed: args.seed,
            device: args.device.clone(),
            timeout: Duration::from_secs_f64(args.timeout.max(0.1)),
            out: parts.path().join(name),
            worker_exe: worker_exe.clone(),
        };
        let part = runner::run(&manifest, &opts, env.clone(), &mut observer)?;
        complete &= part.complete;
        for p in &part.paths {
            if !merged.paths.contains(p) {
                merged.paths.push(p.clone());
            }
        }
        merged.workloads.extend(part.workloads.iter().cloned());
        merged.write(&args.out)?;
        let used: Vec<String> = part
            .workloads
            .iter()
            .flat_map(|w| &w.paths)
            .filter_map(|p| {
                let n = p.total.as_ref()?.summary.as_ref()?.n;
                Some(format!("{} {n}", p.path))
            })
            .collect();
        lines.say(&format!(
            "{name}: done in {:.1} s (timed repetitions: {})",
            t.elapsed().as_secs_f64(),
            if used.is_empty() {
                "none".to_string()
            } else {
                used.join(", ")
            }
        ));
    }
    merged.complete = complete;
    merged.write(&args.out)?;
    drop(parts);
    if !args.no_sass {
        sass_counts(&args, &dir, &manifest, &workloads, &device, &lines);
    }
    print!("{}", super::run::summary(&merged));
    println!("results: {}", args.out.display());
    super::report::make(&args.out, &args.out.join("report"))?;
    let total = lines.start.elapsed().as_secs_f64();
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
