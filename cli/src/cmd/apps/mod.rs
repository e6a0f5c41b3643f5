//! `visabench apps`: Rodinia's own OpenCL apps, unmodified, on every path through the
//! interposer, beside our reimplementations (docs/APPS.md).
//!
//! * `build --rodinia DIR`: the six study apps built out of tree with their own Makefiles
//!   ([`build`]);
//! * `record`: each app run once on this machine's OpenCL device in the interposer's record
//!   mode, its programs then compiled along every path, for a GPU node without LLVM;
//! * `run`: every app along every path, strict, verified against the native run, timed over
//!   interleaved repetitions ([`run`]); writes a results directory `visabench report` reads;
//! * `compare APPS OURS`: Figure 2 of the apps beside Figure 2 of our workloads.

mod build;
mod catalog;
mod process;
mod results;
mod run;
mod sass;
mod verify;

use anyhow::{bail, Context as _};
use catalog::AppSize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// The work directory when none is given.
const WORK: &str = "visabench-apps";

/// `visabench apps …`.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Build the six study apps from a Rodinia checkout with their own Makefiles (sources
    /// untouched: they are copied into the work directory and built there).
    Build {
        /// The Rodinia directory holding the apps (`backprop/`, `gaussian/`, … and `util/`): a
        /// checkout's `opencl/`, or `../shared/rodinia`.
        #[arg(long, value_name = "DIR")]
        rodinia: PathBuf,
        #[command(flatten)]
        common: Common,
        /// The directory holding `CL/cl.h` (default: found in /usr/include).
        #[arg(long, value_name = "DIR")]
        opencl_include: Option<PathBuf>,
        /// The directory holding `libOpenCL.so` (default: where `cc` finds it).
        #[arg(long, value_name = "DIR")]
        opencl_lib: Option<PathBuf>,
    },
    /// Run each built app once on this machine's OpenCL device, recording its programs
    /// (`WORK/progs`), then compile them along every path: what a GPU node without LLVM
    /// replays (`apps run --replay WORK/progs`).
    Record {
        #[command(flatten)]
        common: Common,
        /// The paths to compile for (default: every registered path).
        #[arg(long, value_delimiter = ',')]
        paths: Vec<String>,
        /// The size to record at (the programs do not depend on it).
        #[arg(long, value_enum, default_value = "small")]
        size: AppSize,
        /// The OpenCL device (`visabench devices`; NAME or P:D).
        #[arg(long)]
        device: Option<String>,
        /// The interposer library (default: next to this binary, or target/release).
        #[arg(long, value_name = "FILE")]
        library: Option<PathBuf>,
    },
    /// Run every built app along every path (strict), verify against native, time.
    Run(RunArgs),
    /// Count the SASS of Rodinia's kernels along every path (ptxas + nvdisasm), from the
    /// programs `apps record` compiled; `--native` adds NVIDIA's compiler (on an NVIDIA GPU).
    Sass {
        #[command(flatten)]
        common: Common,
        /// The paths (default: every registered path).
        #[arg(long, value_delimiter = ',')]
        paths: Vec<String>,
        /// Also build each program with NVIDIA's OpenCL and count the PTX it returns.
        #[arg(long)]
        native: bool,
        /// With --native: the OpenCL device.
        #[arg(long)]
        device: Option<String>,
        /// Also write the table to this file.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Keep every PTX counted here, as APP.KEY.PATH.ptx (NVIDIA's own with --native).
        #[arg(long, value_name = "DIR")]
        save_ptx: Option<PathBuf>,
    },
    /// Print Figure 2 of an apps run beside Figure 2 of a results directory of our workloads.
    Compare {
        /// The apps' results (`apps run --out`).
        apps: PathBuf,
        /// A results directory of our workloads (`visabench reproduce`/`run`).
        ours: PathBuf,
    },
}

/// The work directory and the apps.
#[derive(Debug, clap::Args)]
pub struct Common {
    /// The work directory: built apps, nn's records, recorded programs.
    #[arg(long, value_name = "DIR", default_value = WORK)]
    work: PathBuf,
    /// The apps (default: all six), comma-separated.
    #[arg(long, value_delimiter = ',')]
    apps: Vec<String>,
}

/// `visabench apps run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    #[command(flatten)]
    common: Common,
    /// Build the apps from this Rodinia directory first (as `apps build`).
    #[arg(long, value_name = "DIR")]
    rodinia: Option<PathBuf>,
    /// The paths (default: every registered path; `native` always runs, as the baseline).
    #[arg(long, value_delimiter = ',')]
    paths: Vec<String>,
    /// `default`: the run scripts' arguments; `small`: inputs for a CPU device.
    #[arg(long, value_enum, default_value = "default")]
    size: AppSize,
    /// Timing rounds after the verification run (6 or more give intervals).
    #[arg(long, default_value_t = 6)]
    reps: usize,
    /// Seconds one run of one app may take.
    #[arg(long, default_value_t = 300.0)]
    timeout: f64,
    /// The OpenCL device the apps are pointed at with their `-p P -d D` (`visabench
    /// devices`; default: the first NVIDIA GPU, else the first device).
    #[arg(long)]
    device: Option<String>,
    /// Replay programs compiled by `apps record` (for a node without LLVM) instead of
    /// compiling in the app.
    #[arg(long, value_name = "DIR")]
    replay: Option<PathBuf>,
    /// The interposer library (default: next to this binary, or target/release).
    #[arg(long, value_name = "FILE")]
    library: Option<PathBuf>,
    /// The results directory.
    #[arg(long, default_value = "apps-results")]
    out: PathBuf,
    /// Keep every path's read-back buffers (RUN/reads/; they can be large).
    #[arg(long)]
    keep_reads: bool,
    /// Do not write the HTML report.
    #[arg(long)]
    no_report: bool,
}

/// `p` made absolute: the apps run in their own directories, and the interposer, the
/// records and the replay directory must be found from there.
fn absolute(p: &Path) -> anyhow::Result<PathBuf> {
    std::path::absolute(p).with_context(|| format!("{}", p.display()))
}

pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Build {
            rodinia,
            common,
            opencl_include,
            opencl_lib,
        } => {
            let apps = catalog::select(&common.apps)?;
            let m = build::build(
                &rodinia,
                &common.work,
                &apps,
                opencl_include.as_deref(),
                opencl_lib.as_deref(),
            )?;
            Ok(if m.apps.iter().all(|b| b.exe.is_some()) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Record {
            common,
            paths,
            size,
            device,
            library,
        } => record(&common, &paths, size, device.as_deref(), library.as_deref()),
        Command::Run(a) => run_apps(a),
        Command::Compare { apps, ours } => compare(&apps, &ours),
        Command::Sass {
            common,
            paths,
            native,
            device,
            out,
            save_ptx,
        } => {
            let progs = common.work.join("progs");
            let paths = if paths.is_empty() {
                paths_of(&replayed_paths(&progs))
            } else {
                paths_of(&paths)
            };
            sass::run(
                &progs,
                &paths,
                native,
                device.as_deref(),
                out.as_deref(),
                save_ptx.as_deref(),
            )?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The paths asked for, native first (the baseline every other is verified against).
fn paths_of(asked: &[String]) -> Vec<String> {
    let mut out = vec!["native".to_string()];
    let all: Vec<String> = if asked.is_empty() {
        crate::registry::paths()
            .iter()
            .map(|p| p.name().to_string())
            .collect()
    } else {
        asked.to_vec()
    };
    for p in all {
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// The paths a replay directory has artifacts for (`KEY/PATH.json`), in the registry's
/// order where the registry knows them.
fn replayed_paths(dir: &Path) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for key in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(key.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = f.file_name().to_string_lossy().into_owned();
            if let Some(path) = name.strip_suffix(".json") {
                if !found.iter().any(|x| x == path) {
                    found.push(path.to_string());
                }
            }
        }
    }
    let order: Vec<String> = crate::registry::paths()
        .iter()
        .map(|p| p.name().to_string())
        .collect();
    found.sort_by_key(|p| {
        (
            order.iter().position(|o| o == p).unwrap_or(usize::MAX),
            p.clone(),
        )
    });
    found
}

/// The device the apps are pointed at.
fn device(spec: Option<&str>) -> anyhow::Result<harness::opencl::DeviceInfo> {
    let devices = harness::opencl::list_devices().context("no OpenCL runtime")?;
    let i = match spec {
        Some(_) => harness::opencl::choose(&devices, spec)?,
        None => devices
            .iter()
            .position(|d| d.is_nvidia_gpu())
            .map_or_else(|| harness::opencl::choose(&devices, None), Ok)?,
    };
    Ok(devices[i].clone())
}

fn record(
    common: &Common,
    paths: &[String],
    size: AppSize,
    spec: Option<&str>,
    library: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let work = absolute(&common.work)?;
    let manifest = build::Manifest::read(&work)?;
    let apps = catalog::select(&common.apps)?;
    let dev = device(spec)?;
    let progs = work.join("progs");
    let library = absolute(&super::intercept::find_library(library)?)?;
    let out = work.join("record-runs");
    let plan = run::Plan {
        work: &work,
        manifest: &manifest,
        apps: apps.clone(),
        paths: vec!["native".into()],
        size,
        reps: 0,
        timeout: Duration::from_secs(600),
        platform: (dev.platform_index, dev.device_index),
        replay: None,
        library,
        out: &out,
        keep_reads: false,
        record_into: None,
    };
    let failed = run::record(&plan, &progs)?;
    if failed > 0 {
        eprintln!("[apps] {failed} app(s) did not record (see above)");
    }
    compile_recorded(&progs, paths)?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

#[cfg(feature = "compile")]
fn compile_recorded(progs: &Path, asked: &[String]) -> anyhow::Result<()> {
    let paths = if asked.is_empty() {
        crate::registry::paths()
    } else {
        crate::registry::resolve_all(asked)?
    };
    let target = visabench_core::Target::default();
    let outcomes = interposer_record::replay::compile_recorded(progs, &paths, target)?;
    let failed: Vec<_> = outcomes.iter().filter(|o| o.result.is_err()).collect();
    for o in &failed {
        eprintln!(
            "[apps] {} along {}: {}",
            o.key,
            o.path,
            o.result
                .as_ref()
                .err()
                .map_or("", |e| e.lines().next().unwrap_or(""))
        );
    }
    eprintln!(
        "[apps] {} programs × {} paths compiled into {} ({} failed)",
        outcomes.len() / paths.len().max(1),
        paths.len(),
        progs.display(),
        failed.len()
    );
    Ok(())
}

#[cfg(not(feature = "compile"))]
fn compile_recorded(progs: &Path, _asked: &[String]) -> anyhow::Result<()> {
    eprintln!(
        "[apps] programs recorded into {}; this visabench has no compile side: compile them \
         with `visabench intercept --compile {}` on a machine with LLVM",
        progs.display(),
        progs.display()
    );
    Ok(())
}

fn run_apps(a: RunArgs) -> anyhow::Result<ExitCode> {
    let apps = catalog::select(&a.common.apps)?;
    if let Some(r) = &a.rodinia {
        build::build(r, &a.common.work, &apps, None, None)?;
    }
    let work = absolute(&a.common.work)?;
    let out = absolute(&a.out)?;
    let replay = a.replay.as_deref().map(absolute).transpose()?;
    let manifest = build::Manifest::read(&work)?;
    let dev = device(a.device.as_deref())?;
    let paths = match (&replay, a.paths.is_empty()) {
        // A node without the compile side knows its paths from what was compiled for it.
        (Some(d), true) => paths_of(&replayed_paths(d)),
        _ => paths_of(&a.paths),
    };
    if let Some(d) = &a.replay {
        if !d.is_dir() {
            bail!(
                "--replay {}: no such directory (record it with `visabench apps record`)",
                d.display()
            );
        }
    }
    let library = absolute(&super::intercept::find_library(a.library.as_deref())?)?;
    eprintln!(
        "[apps] {} app(s) × {} path(s) on {} (-p {} -d {}), {} size, 1 verification run + {} timed, {} mode",
        apps.len(),
        paths.len(),
        dev.label(),
        dev.platform_index,
        dev.device_index,
        a.size.name(),
        a.reps,
        if a.replay.is_some() { "replay" } else { "route" }
    );
    let plan = run::Plan {
        work: &work,
        manifest: &manifest,
        apps,
        paths,
        size: a.size,
        reps: a.reps,
        timeout: Duration::from_secs_f64(a.timeout.max(1.0)),
        platform: (dev.platform_index, dev.device_index),
        replay,
        library,
        out: &out,
        keep_reads: a.keep_reads,
        record_into: None,
    };
    let res = run::run(&plan, &dev.label())?;
    let results = results::to_results(&res, Some(&dev));
    results
        .write(&a.out)
        .with_context(|| format!("{}", a.out.display()))?;
    print_summary(&results, &res);
    if !a.no_report {
        let w = report::write(&results, &a.out.join("report"))
            .with_context(|| format!("the report of {}", a.out.display()))?;
        for e in &w.figure_errors {
            eprintln!("warning: {e}");
        }
        println!("report: {}", w.index.display());
    }
    println!(
        "apps results: {} ({:.0} s)",
        a.out.display(),
        res.wall_seconds
    );
    let skipped = res.apps.iter().any(|x| x.skipped.is_some());
    Ok(if results.all_expected() && !skipped {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// One line per (app, path): status, kernel time, slowdown, how it was verified.
fn print_summary(r: &harness::results::Results, res: &run::AppsResults) {
    for a in &res.apps {
        if let Some(why) = &a.skipped {
            println!("{:<10} skipped: {why}", a.app);
        }
    }
    for w in &r.workloads {
        for p in &w.paths {
            let t = p
                .total
                .as_ref()
                .and_then(|t| t.summary.as_ref().map(|s| (s.median, t.slowdown)));
            let time = match t {
                Some((m, Some(s))) => format!("{:>10.3} ms  {:.3}×", m / 1e6, s),
                Some((m, None)) => format!("{:>10.3} ms", m / 1e6),
                None => "-".into(),
            };
            println!(
                "{:<10} {:<10} {:<12} {}  {}",
                w.workload,
                p.path,
                p.status.as_str(),
                time,
                p.message.as_deref().unwrap_or("")
            );
        }
    }
}

fn compare(apps: &Path, ours: &Path) -> anyhow::Result<ExitCode> {
    let a = harness::results::read(apps).with_context(|| format!("{}", apps.display()))?;
    let o = harness::results::read(ours).with_context(|| format!("{}", ours.display()))?;
    let text = side_by_side(
        &report::analysis::figure2(&a),
        &report::analysis::figure2(&o),
    );
    print!("{text}");
    let file = apps.join("side-by-side.txt");
    visabench_core::files::write_atomic(&file, text.as_bytes())?;
    eprintln!("written to {}", file.display());
    Ok(ExitCode::SUCCESS)
}

/// The two Figure 2s as one table: per benchmark and path, Rodinia's app and ours.
fn side_by_side(a: &report::analysis::Figure2, o: &report::analysis::Figure2) -> String {
    use report::analysis::Ratio;
    let cell = |r: Option<&Ratio>| match r {
        Some(r) => match (r.low, r.high) {
            (Some(l), Some(h)) => format!("{:.3} [{:.3}, {:.3}]", r.value, l, h),
            _ => format!("{:.3}", r.value),
        },
        None => "-".into(),
    };
    let mut paths: Vec<String> = a.paths.clone();
    for p in &o.paths {
        if !paths.contains(p) {
            paths.push(p.clone());
        }
    }
    let mut s = String::from(
        "slowdown against native (median ratio, 95% interval): Rodinia's app | ours\n",
    );
    s += &format!("{:<12}", "benchmark");
    for p in &paths {
        s += &format!(" | {:^49}", p);
    }
    s += "\n";
    let find = |f: &report::analysis::Figure2, w: &str, p: &str| -> Option<Ratio> {
        let wi = f.workloads.iter().position(|x| x == w)?;
        let pi = f.paths.iter().position(|x| x == p)?;
        f.ratios[wi][pi]
    };
    let mut names = a.workloads.clone();
    for w in &o.workloads {
        if !names.contains(w) {
            names.push(w.clone());
        }
    }
    for w in &names {
        s += &format!("{w:<12}");
        for p in &paths {
            s += &format!(
                " | {:>24} {:>24}",
                cell(find(a, w, p).as_ref()),
                cell(find(o, w, p).as_ref())
            );
        }
        s += "\n";
    }
    s += &format!("{:<12}", "harmonic");
    for p in &paths {
        let hm = |f: &report::analysis::Figure2| {
            f.paths
                .iter()
                .position(|x| x == p)
                .and_then(|i| f.hmean[i])
                .map(|m| m.ratio)
        };
        s += &format!(
            " | {:>24} {:>24}",
            cell(hm(a).as_ref()),
            cell(hm(o).as_ref())
        );
    }
    s += "\n";
    s
}
