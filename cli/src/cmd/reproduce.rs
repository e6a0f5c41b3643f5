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

use anyhow::{bail, Context as _};
use harness::bundle::{self, Manifest};
use harness::results::Status;
use harness::runner::{self, Observer, Options};
use harness::variant::{JitLevel, LevelList, Variant};
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
    /// Add the ablation study: `tgsi` with each 2019 restriction switched on alone and
    /// `tgsi-2019` with each switched off alone, interleaved with the other paths, at the
    /// `--ablation-levels`.
    #[arg(long)]
    ablation: bool,
    /// The finishing levels of the ablation paths (of those the run uses).
    #[arg(long, value_name = "LIST", default_value = "default,0")]
    ablation_levels: LevelList,
    #[command(flatten)]
    finish: super::run::FinishArgs,
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
        let mut paths = args.paths.clone();
        if args.ablation {
            if paths.is_empty() {
                paths = crate::registry::names();
            }
            paths.extend(crate::registry::ablation().into_iter().map(|a| a.name));
        }
        let levels = args.finish.levels();
        let m = super::run::make_bundle(
            &dir,
            size,
            &study_workloads(),
            &paths,
            &levels,
            &mut |w, p| lines.say(&format!("  compiled {w} along {p}")),
        )?;
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

/// Writes `OUT/sass.csv`: what the GPU runs along each path, assembled at every level the run
/// used (what a weak finisher leaves in the code). Never fails the reproduction: a
/// missing tool or a failed step is reported and skipped.
fn sass_counts(
    args: &Args,
    dir: &std::path::Path,
    manifest: &Manifest,
    workloads: &[String],
    device: &harness::opencl::DeviceInfo,
    levels: &[JitLevel],
    lines: &Lines,
) {
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
    let mut opt: Vec<sass::OptLevel> = Vec::new();
    for l in levels {
        let o = sass::OptLevel::from(*l);
        if !opt.contains(&o) {
            opt.push(o);
        }
    }
    let rows = match sass::analyze_bundle_levels(
        dir,
        manifest,
        &sel,
        &opt,
        session.as_ref(),
        &mut |_, _| {},
    ) {
        Ok(r) => r,
        Err(e) => {
            lines.say(&format!("SASS counts skipped: {e}"));
            return;
        }
    };
    for r in rows.iter().map(|r| &r.analysed) {
        if let (Err(e), false) = (&r.kernels, r.unsupported) {
            lines.say(&format!(
                "  SASS of {} along {}: {}",
                r.workload,
                r.path,
                e.lines().next().unwrap_or("")
            ));
        }
    }
    let f = args.out.join(report::SASS_CSV);
    match harness::files::write_atomic(&f, sass::to_csv_levels(&rows, &arch, &version).as_bytes()) {
        Ok(()) => lines.say(&format!("SASS counts: {}", f.display())),
        Err(e) => lines.say(&format!("cannot write {}: {e}", f.display())),
    }
}

/// The variants to run: every main path at every level, and with `--ablation` every ablation
/// path of the bundle at the ablation levels that the run uses.
fn plan(args: &Args, m: &Manifest, levels: &[JitLevel]) -> anyhow::Result<Vec<Variant>> {
    let ablations = m.ablations();
    let in_bundle = m.path_names();
    let main: Vec<String> = if args.paths.is_empty() {
        in_bundle
            .iter()
            .filter(|p| !ablations.contains_key(*p))
            .cloned()
            .collect()
    } else {
        args.paths.clone()
    };
    let mut variants = Variant::product(&main, levels);
    if args.ablation {
        if ablations.is_empty() {
            bail!(
                "--ablation: the bundle has no ablation paths (make it with `visabench bundle --ablation`)"
            );
        }
        let ab_levels: Vec<JitLevel> = args
            .ablation_levels
            .0
            .iter()
            .copied()
            .filter(|l| levels.contains(l))
            .collect();
        if ab_levels.is_empty() {
            bail!("--ablation-levels: none of them is among the run's levels");
        }
        let names: Vec<String> = in_bundle
            .iter()
            .filter(|p| ablations.contains_key(*p))
            .cloned()
            .collect();
        variants.extend(Variant::product(&names, &ab_levels));
    }
    Ok(variants)
}

/// Appends phases to `OUT/timing.txt` (the runner wrote its own phases there).
fn append_timing(out: &std::path::Path, rows: &[(&str, f64)]) {
    let p = out.join("timing.txt");
    let mut text = std::fs::read_to_string(&p).unwrap_or_default();
    for (what, s) in rows {
        text.push_str(&format!("{what}: {s:.1} s\n"));
    }
    if let Err(e) = harness::files::write_atomic(&p, text.as_bytes()) {
        eprintln!("cannot write {}: {e}", p.display());
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
    let mut env = harness::env::Env::gather(Some(&device), manifest.llvm_version.clone());
    env.size = manifest.size.to_string();
    env.set_sampling(&base);
    env.seed = args.seed;
    let levels = args
        .finish
        .levels_for(&manifest.levels(), &device, &mut env);
    let variants = plan(&args, &manifest, &levels)?;
    lines.say(&format!(
        "{} benchmarks × {} variants ({} paths at levels {}): verify each, then {} timed \
         repetitions (+{} warm-up) interleaved{}",
        workloads.len(),
        variants.len(),
        {
            let mut p: Vec<&str> = variants.iter().map(|v| v.path.as_str()).collect();
            p.dedup();
            p.len()
        },
        levels
            .iter()
            .map(|l| harness::variant::level_name(*l))
            .collect::<Vec<_>>()
            .join(","),
        args.reps,
        args.warmup,
        match base.precision {
            Some(p) if base.max_reps > args.reps => format!(
                ", more (up to {} and {:.0} s per benchmark) until every median is within ±{}%",
                base.max_reps,
                base.extra_seconds,
                p * 100.0
            ),
            _ => String::new(),
        }
    ));
    let mut opts = Options::new(
        std::path::absolute(&dir)?,
        args.out.clone(),
        std::env::current_exe().context("cannot find this executable for workers")?,
    );
    opts.workloads = workloads.clone();
    opts.variants = variants;
    opts.sampling = base;
    opts.reps_for = reps_for;
    opts.seed = args.seed;
    opts.device = args.device.clone();
    opts.timeout = Duration::from_secs_f64(args.timeout.max(0.1));
    args.finish.apply(&mut opts);
    let mut observer = Lines { start: lines.start };
    let merged = runner::run(&manifest, &opts, env, &mut observer)?;
    for w in &merged.workloads {
        let used: Vec<String> = w
            .paths
            .iter()
            .filter_map(|p| {
                let n = p.total.as_ref()?.summary.as_ref()?.n;
                Some(n)
            })
            .collect::<std::collections::BTreeSet<usize>>()
            .into_iter()
            .map(|n| n.to_string())
            .collect();
        lines.say(&format!(
            "{}: timed repetitions per variant: {}",
            w.workload,
            if used.is_empty() {
                "none".to_string()
            } else {
                used.join(", ")
            }
        ));
    }
    let sass_start = Instant::now();
    if !args.no_sass {
        sass_counts(&args, &dir, &manifest, &workloads, &device, &levels, &lines);
    }
    let sass_seconds = sass_start.elapsed().as_secs_f64();
    print!("{}", super::run::summary(&merged));
    println!("results: {}", args.out.display());
    let report_start = Instant::now();
    super::report::make(&args.out, &args.out.join("report"))?;
    let total = lines.start.elapsed().as_secs_f64();
    append_timing(
        &args.out,
        &[
            ("sass", sass_seconds),
            ("report", report_start.elapsed().as_secs_f64()),
            ("reproduce (all)", total),
        ],
    );
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
