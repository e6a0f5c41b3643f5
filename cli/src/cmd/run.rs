//! `visabench run`: verify and time workloads along paths, write a results directory.
//!
//! With `--bundle DIR` it runs a bundle made by `visabench bundle` (the GPU-node workflow);
//! without, it compiles the requested workloads and paths into a temporary bundle first and
//! runs that, so both ways share one code path.

use anyhow::{bail, Context as _};
use harness::bundle::{self, Manifest};
use harness::exec::Sampling;
use harness::results::{Results, Status};
use harness::runner::{self, Observer, Options};
use harness::variant::{applicable, level_name, JitLevel, LevelList};
use indicatif::{ProgressBar, ProgressStyle};
use kernels::Size;
use std::io::IsTerminal;
use std::path::{Path as FsPath, PathBuf};
use std::process::ExitCode;
use std::time::Duration;
use visabench_core::{Path, Target};

/// Arguments of `visabench run`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Workloads to run, comma separated (default: all).
    #[arg(long, value_delimiter = ',')]
    workloads: Vec<String>,
    /// Paths to run, comma separated (default: all registered, or all in the bundle).
    #[arg(long, value_delimiter = ',')]
    paths: Vec<String>,
    /// Problem size preset: tiny, paper or large (default: paper; a bundle fixes its own).
    #[arg(long, value_parser = parse_size)]
    size: Option<Size>,
    /// Timed repetitions per path.
    #[arg(long, default_value_t = 30)]
    reps: usize,
    /// Untimed warm-up runs per path before the repetitions.
    #[arg(long, default_value_t = 3)]
    warmup: usize,
    /// Precision target in percent: after `--reps`, keep adding rounds while some kernel's
    /// median has a 95% interval wider than ±this (up to `--max-reps` and `--extra-seconds`
    /// per workload). Off by default.
    #[arg(long, value_name = "PERCENT")]
    precision: Option<f64>,
    /// With `--precision`: the most timed repetitions per path.
    #[arg(long, default_value_t = 1000)]
    max_reps: usize,
    /// With `--precision`: wall-clock seconds the extra rounds may take per workload.
    #[arg(long, default_value_t = 30.0)]
    extra_seconds: f64,
    /// Seed of the inputs.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// OpenCL device: a substring of the platform or device name, or `P:D` indices
    /// (default: the first NVIDIA GPU, else any GPU, else the CPU).
    #[arg(long)]
    device: Option<String>,
    /// Results directory.
    #[arg(long, default_value = "visabench-results")]
    out: PathBuf,
    /// Time limit of one verification worker (build, run, CPU reference), seconds; the timing
    /// worker gets this plus three times the verified runs' duration per repetition.
    #[arg(long, default_value_t = 300.0)]
    timeout: f64,
    /// Show every kernel's time and slowdown in the summary, not only the whole sequence.
    #[arg(long)]
    kernels: bool,
    /// Run this bundle (from `visabench bundle`) instead of compiling here.
    #[arg(long)]
    bundle: Option<PathBuf>,
    #[command(flatten)]
    finish: FinishArgs,
}

/// How the runtime finishes programs, and how the run spends the machine's cores: the
/// arguments `run` and `reproduce` share.
#[derive(Debug, Clone, clap::Args)]
pub struct FinishArgs {
    /// Finishing strengths, comma separated: `default` (the driver's own) and/or `0`…`3`, which
    /// NVIDIA's OpenCL takes as `-cl-nv-opt-level=N` for every path, native included
    /// (default: the bundle's levels, else the driver's default).
    #[arg(long, value_name = "LIST")]
    pub jit_opt_level: Option<LevelList>,
    /// Keep CPU references here between runs (default, for a build of a clean commit:
    /// ~/.cache/visabench/references, or $VISABENCH_CACHE/references; a build with uncommitted
    /// changes keeps them for one run only).
    #[arg(long, value_name = "DIR")]
    pub reference_cache: Option<PathBuf>,
    /// Compute CPU references for this run only.
    #[arg(long, conflicts_with = "reference_cache")]
    pub no_reference_cache: bool,
    /// Worker processes at once for references and verification (default: the cores, ≤ 8).
    #[arg(long, value_name = "N")]
    pub parallel: Option<usize>,
}

impl FinishArgs {
    /// The levels given (empty: none given).
    pub fn levels(&self) -> Vec<JitLevel> {
        self.jit_opt_level.clone().map(|l| l.0).unwrap_or_default()
    }

    /// Sets the run's reference cache and parallelism.
    pub fn apply(&self, opts: &mut Options) {
        opts.reference_dir = self.reference_dir();
        if let Some(n) = self.parallel {
            opts.parallel = n.max(1);
        }
    }

    /// The reference directory to use.
    pub fn reference_dir(&self) -> Option<PathBuf> {
        if self.no_reference_cache {
            return None;
        }
        self.reference_cache
            .clone()
            .or_else(harness::refcache::default_dir)
    }

    /// The levels asked for (`None`: the bundle's), restricted to what `device` takes; notes
    /// into `env` when some do not apply.
    pub fn levels_for(
        &self,
        bundle_levels: &[JitLevel],
        device: &harness::opencl::DeviceInfo,
        env: &mut harness::env::Env,
    ) -> Vec<JitLevel> {
        let asked = self
            .jit_opt_level
            .clone()
            .map_or_else(|| bundle_levels.to_vec(), |l| l.0);
        let (levels, note) = applicable(&asked, device.is_nvidia(), &device.label());
        if let Some(n) = &note {
            eprintln!("note: {n}");
        }
        env.jit_opt_levels = levels.iter().map(|l| level_name(*l)).collect();
        env.jit_opt_note = note;
        levels
    }
}

/// The timing passes' sampling from the command line; `precision` in percent (0: off).
pub(crate) fn sampling(
    warmup: usize,
    reps: usize,
    precision: Option<f64>,
    max_reps: usize,
    extra_seconds: f64,
) -> anyhow::Result<Sampling> {
    let precision = match precision {
        Some(p) if !(p.is_finite() && p >= 0.0) => {
            bail!("--precision takes a percentage (2 for ±2%), not `{p}`")
        }
        Some(p) if p > 0.0 => Some(p / 100.0),
        _ => None,
    };
    if precision.is_some() && max_reps < reps {
        bail!("--max-reps ({max_reps}) is below --reps ({reps})");
    }
    if !(extra_seconds.is_finite() && extra_seconds >= 0.0) {
        bail!("--extra-seconds must be a number of seconds ≥ 0, not `{extra_seconds}`");
    }
    Ok(Sampling {
        warmup,
        reps,
        max_reps: max_reps.max(reps),
        precision,
        extra_seconds,
    })
}

pub(crate) fn parse_size(s: &str) -> Result<Size, String> {
    Size::parse(s).ok_or_else(|| format!("unknown size `{s}` (tiny, paper, large)"))
}

/// The LLVM version of the compile side, if this build has one.
pub(crate) fn llvm_version() -> Option<String> {
    #[cfg(feature = "compile")]
    {
        let clang = visabench_core::tools::clang().ok()?;
        let out = std::process::Command::new(clang)
            .arg("--version")
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stdout).to_string();
        let at = text.find("version ")?;
        let v: String = text[at + 8..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        Some(v)
    }
    #[cfg(not(feature = "compile"))]
    {
        None
    }
}

/// Compiles `workloads` × `paths` (empty: all) at `size` into a bundle at `dir`.
pub(crate) fn make_bundle(
    dir: &FsPath,
    size: Size,
    workloads: &[String],
    paths: &[String],
    levels: &[JitLevel],
    progress: &mut dyn FnMut(&str, &str),
) -> anyhow::Result<Manifest> {
    let chosen: Vec<Box<dyn Path>> = if paths.is_empty() {
        crate::registry::paths()
    } else {
        crate::registry::resolve_all(paths)?
    };
    let chosen_paths: Vec<&dyn Path> = chosen.iter().map(|p| p.as_ref()).collect();
    let all = harness::workloads::all();
    let chosen: Vec<&dyn kernels::Workload> = if workloads.is_empty() {
        kernels::registry()
    } else {
        workloads
            .iter()
            .map(|n| {
                all.iter()
                    .copied()
                    .find(|w| w.name() == n)
                    .with_context(|| {
                        let names: Vec<&str> =
                            kernels::registry().iter().map(|w| w.name()).collect();
                        format!("unknown workload `{n}` (workloads: {})", names.join(", "))
                    })
            })
            .collect::<anyhow::Result<_>>()?
    };
    let spec = bundle::Spec {
        size,
        target: Target::default(),
        workloads: chosen,
        paths: chosen_paths,
        levels: levels.to_vec(),
        llvm_version: llvm_version(),
        signatures: signature_reader(),
    };
    Ok(bundle::create(dir, &spec, progress)?)
}

/// The frontend's kernel-signature reader, when this build has the compile side; without it
/// bundles carry no signatures and launches go unchecked.
fn signature_reader() -> Option<bundle::SignatureFn<'static>> {
    #[cfg(feature = "compile")]
    {
        Some(&|req| frontend_opencl::signatures_of(req).map_err(|e| e.to_string()))
    }
    #[cfg(not(feature = "compile"))]
    {
        None
    }
}

struct Progress {
    bar: ProgressBar,
}

impl Progress {
    fn new() -> Progress {
        let bar = if std::io::stderr().is_terminal() {
            let b = ProgressBar::new(0);
            b.set_style(
                ProgressStyle::with_template("{elapsed_precise} [{bar:30}] {pos}/{len} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            b.enable_steady_tick(Duration::from_millis(200));
            b
        } else {
            ProgressBar::hidden()
        };
        Progress { bar }
    }

    fn line(&self, s: &str) {
        if self.bar.is_hidden() {
            eprintln!("{s}");
        } else {
            self.bar.println(s);
        }
    }
}

impl Observer for Progress {
    fn begin(&mut self, steps: u64) {
        self.bar.set_length(steps);
    }
    fn step(&mut self, what: &str) {
        if self.bar.position() < self.bar.length().unwrap_or(0) && !self.bar.message().is_empty() {
            self.bar.inc(1);
        }
        self.bar.set_message(what.to_string());
    }
    fn verified(&mut self, workload: &str, path: &str, status: Status, message: Option<&str>) {
        let msg = message
            .map(|m| format!(": {}", first_line(m)))
            .unwrap_or_default();
        self.line(&format!("{workload:<16} {path:<10} {status}{msg}"));
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let devices = harness::opencl::list_devices()?;
    let device = devices[harness::opencl::choose(&devices, args.device.as_deref())?].clone();
    eprintln!(
        "device: {} ({}, driver {})",
        device.label(),
        device.platform_version,
        device.driver_version
    );
    let sampling = sampling(
        args.warmup,
        args.reps,
        args.precision,
        args.max_reps,
        args.extra_seconds,
    )?;
    if args.reps > 0 && args.reps < 6 {
        eprintln!("note: fewer than 6 repetitions give no 95% confidence interval of the median");
    }
    let mut progress = Progress::new();
    let mut temp = None;
    let (dir, manifest) = match &args.bundle {
        Some(dir) => {
            let m = bundle::load(dir)?;
            if let Some(s) = args.size {
                if s != m.size {
                    bail!("the bundle was made for size `{}`, not `{s}`", m.size);
                }
            }
            (dir.clone(), m)
        }
        None => {
            let t = tempfile::Builder::new()
                .prefix("visabench-bundle-")
                .tempdir()?;
            let size = args.size.unwrap_or(Size::Paper);
            let bar = &progress.bar;
            let levels = args.finish.levels();
            let m = make_bundle(
                t.path(),
                size,
                &args.workloads,
                &args.paths,
                &levels,
                &mut |w, p| {
                    bar.set_message(format!("compiled {w} · {p}"));
                },
            )?;
            let dir = t.path().to_path_buf();
            temp = Some(t);
            (dir, m)
        }
    };
    let mut env = harness::env::Env::gather(Some(&device), manifest.llvm_version.clone());
    env.size = manifest.size.to_string();
    env.set_sampling(&sampling);
    env.seed = args.seed;
    let levels = args
        .finish
        .levels_for(&manifest.levels(), &device, &mut env);
    let mut opts = Options::new(
        std::path::absolute(&dir)?,
        args.out.clone(),
        std::env::current_exe().context("cannot find this executable for workers")?,
    );
    opts.workloads = args.workloads.clone();
    opts.paths = args.paths.clone();
    opts.levels = levels;
    opts.sampling = sampling;
    opts.seed = args.seed;
    opts.device = args.device.clone();
    opts.timeout = Duration::from_secs_f64(args.timeout.max(0.1));
    args.finish.apply(&mut opts);
    let results = runner::run(&manifest, &opts, env, &mut progress)?;
    progress.bar.finish_and_clear();
    drop(temp);
    let table = if args.kernels {
        summary_with(&results, true)
    } else {
        summary(&results)
    };
    print!("{table}");
    println!("results: {}", args.out.display());
    Ok(if results.all_expected() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Formats nanoseconds with a readable unit.
pub(crate) fn fmt_ns(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.3} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.3} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

/// The summary table: whole-sequence median per (workload, path), its CI and the slowdown.
pub(crate) fn summary(r: &Results) -> String {
    summary_with(r, false)
}

/// [`summary`]; with `per_kernel`, a row per kernel under each path of a multi-kernel
/// workload.
pub(crate) fn summary_with(r: &Results, per_kernel: bool) -> String {
    let mut rows = vec![[
        "workload".to_string(),
        "path".into(),
        "status".into(),
        "median".into(),
        "95% CI".into(),
        "slowdown".into(),
    ]];
    let cells = |t: Option<&harness::results::KernelTiming>, native: bool| {
        let s = t.and_then(|t| t.summary.as_ref());
        let ci = match s.map(|s| (s.ci_low, s.ci_high)) {
            Some((Some(lo), Some(hi))) => format!("{} – {}", fmt_ns(lo), fmt_ns(hi)),
            _ => String::new(),
        };
        let slow = match (native, t.and_then(|t| t.slowdown)) {
            (_, Some(x)) => format!("{x:.3}×"),
            (true, _) if s.is_some() => "1×".into(),
            _ => String::new(),
        };
        (s.map(|s| fmt_ns(s.median)).unwrap_or_default(), ci, slow)
    };
    for w in &r.workloads {
        for p in &w.paths {
            let native = p.path == crate::registry::BASELINE && p.jit_opt_level.is_none();
            let (median, ci, slow) = cells(p.total.as_ref(), native);
            let variant = harness::variant::Variant {
                path: p.path.clone(),
                level: p.jit_opt_level,
            };
            rows.push([
                w.workload.clone(),
                variant.key(),
                p.status.to_string(),
                median,
                ci,
                slow,
            ]);
            if per_kernel && p.kernels.len() > 1 {
                for k in &p.kernels {
                    let (median, ci, slow) = cells(Some(k), native);
                    rows.push([
                        String::new(),
                        format!("  {}", k.kernel),
                        String::new(),
                        median,
                        ci,
                        slow,
                    ]);
                }
            }
        }
    }
    let widths: Vec<usize> = (0..6)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for (n, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                let pad = w - c.chars().count();
                if i >= 3 {
                    format!("{}{c}", " ".repeat(pad))
                } else {
                    format!("{c}{}", " ".repeat(pad))
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
        if n == 0 {
            out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1)));
            out.push('\n');
        }
    }
    out
}
