//! `visabench run`: verify and time workloads along paths, write a results directory.
//!
//! With `--bundle DIR` it runs a bundle made by `visabench bundle` (the GPU-node workflow);
//! without, it compiles the requested workloads and paths into a temporary bundle first and
//! runs that, so both ways share one code path.

use super::args::{parse_size, FinishArgs, RunAt, Select};
use harness::plan;
use harness::results::Status;
use harness::runner::{self, Observer};
use indicatif::{ProgressBar, ProgressStyle};
use kernels::Size;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Arguments of `visabench run`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    select: Select,
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
    /// OpenCL device: its type (`gpu`, `cpu`), a substring of the platform or device name, or
    /// `P:D` indices (default: the first NVIDIA GPU, else any GPU, else the CPU); or
    /// `tgsi-interp`, our TGSI interpreter (verifies the TGSI paths, no GPU needed).
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
    let interp = harness::interp::is_interpreter(args.device.as_deref());
    let device = if interp {
        harness::interp::device_info()
    } else {
        let devices = harness::opencl::list_devices()?;
        devices[harness::opencl::choose(&devices, args.device.as_deref())?].clone()
    };
    if interp && args.reps > 0 {
        eprintln!(
            "note: the TGSI interpreter verifies only (its run times say nothing about a GPU)"
        );
    }
    eprintln!(
        "device: {} ({}, driver {})",
        device.label(),
        device.platform_version,
        device.driver_version
    );
    let sampling = plan::sampling(
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
    let Select { workloads, paths } = &args.select;
    let paths = &paths.paths;
    let mut temp = None;
    let (dir, manifest) = match &args.bundle {
        Some(dir) => (dir.clone(), plan::load_bundle(dir, args.size)?),
        None => {
            let t = tempfile::Builder::new()
                .prefix("visabench-bundle-")
                .tempdir()?;
            let bar = &progress.bar;
            let m = plan::make_bundle(
                t.path(),
                args.size.unwrap_or(Size::Paper),
                workloads,
                paths,
                &args.finish.levels(),
                &mut |w, p| bar.set_message(format!("compiled {w} · {p}")),
            )?;
            let dir = t.path().to_path_buf();
            temp = Some(t);
            (dir, m)
        }
    };
    let run = RunAt {
        bundle: &dir,
        out: &args.out,
        seed: args.seed,
        device: args.device.as_deref(),
        timeout: args.timeout,
    };
    let (env, mut opts) = args.finish.prepare(&run, &manifest, &device, sampling)?;
    opts.workloads = workloads.clone();
    opts.paths = paths.clone();
    let results = runner::run(&manifest, &opts, env, &mut progress)?;
    progress.bar.finish_and_clear();
    drop(temp);
    print!("{}", harness::summary::table(&results, args.kernels));
    println!("results: {}", args.out.display());
    Ok(if results.all_expected() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
