//! `visabench intercept`: run an unmodified OpenCL application with the interposer preloaded,
//! so every program it builds from source goes through one compilation path; then print the
//! per-kernel times from the record. With `--compile DIR` instead: compile the programs a
//! `--mode record` run saved, along every path, for a later `--mode replay` run on a GPU node.
//! See `interposer/README.md`.

use anyhow::{anyhow, bail, Context as _};
use interposer_record::record::{Outcome, Record};
use std::path::{Path as FsPath, PathBuf};
use std::process::{Command, ExitCode};

/// Arguments of `visabench intercept`.
#[derive(Debug, clap::Args)]
#[command(arg_required_else_help = true)]
pub struct Args {
    /// The compilation path every program goes through (see `visabench paths`).
    #[arg(long, default_value = path_registry::BASELINE)]
    path: String,
    /// Where the JSON record goes (default: ./visabench-intercept-<pid>.json).
    #[arg(long, value_name = "FILE")]
    record: Option<PathBuf>,
    /// The TGSI profile of a `tgsi` path (`trillium2019-no-fma-as-mad`, `modern+temps32`).
    #[arg(long)]
    profile: Option<String>,
    /// Show the application only the OpenCL platforms whose name or vendor contains NAME
    /// (case ignored), e.g. `nvidia`: for apps that take the first platform.
    #[arg(long, value_name = "NAME")]
    platform: Option<String>,
    /// `route` (compile in the application), `record` (save sources to --replay) or `replay`
    /// (use artifacts from --replay).
    #[arg(long, default_value = "route", value_parser = ["route", "record", "replay"])]
    mode: String,
    /// The record/replay directory.
    #[arg(long, value_name = "DIR")]
    replay: Option<PathBuf>,
    /// Fail a build the path cannot do instead of falling back to the native build.
    #[arg(long)]
    strict: bool,
    /// Save every buffer the application reads back into DIR (`VISABENCH_READS`).
    #[arg(long, value_name = "DIR")]
    reads: Option<PathBuf>,
    /// Build options appended to the application's own.
    #[arg(long, allow_hyphen_values = true)]
    options: Option<String>,
    /// The GPU architecture (`sm_90`; default: asked from the device, else sm_90).
    #[arg(long)]
    target: Option<String>,
    /// The interposer library (default: libinterposer.so next to this binary, or in
    /// target/release, target/debug).
    #[arg(long, value_name = "FILE")]
    library: Option<PathBuf>,
    /// Do not print the per-kernel summary.
    #[arg(long)]
    quiet: bool,
    /// Instead of running a program: compile every program saved in DIR by `--mode record`
    /// along the paths of `--paths` (default: all), writing the artifacts replay mode reads.
    #[arg(long, value_name = "DIR", conflicts_with = "program")]
    compile: Option<PathBuf>,
    /// With `--compile`: the paths, comma-separated (`NAME` or `tgsi@PROFILE`).
    #[arg(long, value_delimiter = ',', requires = "compile")]
    paths: Vec<String>,
    /// Instead of running a program: compare the per-kernel times of several records (one per
    /// path), with each kernel's slowdown against the `native` record.
    #[arg(long, value_name = "RECORD", num_args = 1.., conflicts_with_all = ["program", "compile"])]
    compare: Vec<PathBuf>,
    /// The program to run and its arguments (after `--`).
    #[arg(last = true, value_name = "PROGRAM ARGS")]
    program: Vec<String>,
}

/// Runs the program under the interposer (or compiles a replay directory).
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(dir) = &args.compile {
        return compile_dir(dir, &args);
    }
    if !args.compare.is_empty() {
        return compare(&args.compare);
    }
    let Some((program, rest)) = args.program.split_first() else {
        bail!("no program to run: `visabench intercept [OPTIONS] -- PROGRAM ARGS…`");
    };
    if args.mode != "route" && args.replay.is_none() {
        bail!("--mode {} needs --replay DIR", args.mode);
    }
    let library = find_library(args.library.as_deref())?;
    let record = match &args.record {
        Some(r) => r.clone(),
        None => std::env::current_dir()?
            .join(format!("visabench-intercept-{}.json", std::process::id())),
    };
    let preload = match std::env::var("LD_PRELOAD") {
        Ok(old) if !old.is_empty() => format!("{}:{old}", library.display()),
        _ => library.display().to_string(),
    };
    let mut cmd = Command::new(program);
    cmd.args(rest)
        .env("LD_PRELOAD", preload)
        .env("VISABENCH_PATH", &args.path)
        .env("VISABENCH_MODE", &args.mode)
        .env("VISABENCH_RECORD", &record);
    if let Some(d) = &args.replay {
        cmd.env("VISABENCH_REPLAY", std::path::absolute(d)?);
    }
    if let Some(p) = &args.profile {
        cmd.env("VISABENCH_PROFILE", p);
    }
    if args.strict {
        cmd.env("VISABENCH_STRICT", "1");
    }
    if let Some(p) = &args.platform {
        cmd.env("VISABENCH_PLATFORM", p);
    }
    if let Some(o) = &args.options {
        cmd.env("VISABENCH_OPTIONS", o);
    }
    if let Some(d) = &args.reads {
        cmd.env("VISABENCH_READS", std::path::absolute(d)?);
    }
    if let Some(t) = &args.target {
        cmd.env("VISABENCH_SM", t);
    }
    log::info!(
        "running {program} with {} (path {}, record {})",
        library.display(),
        args.path,
        record.display()
    );
    let status = cmd
        .status()
        .with_context(|| format!("cannot run `{program}`"))?;
    match Record::read(&record) {
        Ok(r) if !args.quiet => print_summary(&r, &record),
        Ok(_) => {}
        Err(e) => eprintln!("visabench: no interposer record ({e}); did the program use OpenCL?"),
    }
    Ok(exit_status(&status, program))
}

/// The application's status as a shell reports it: its exit code, or 128 + the signal that
/// killed it.
fn exit_status(status: &std::process::ExitStatus, program: &str) -> ExitCode {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(0), _) => ExitCode::SUCCESS,
        (Some(c), _) => ExitCode::from(u8::try_from(c).unwrap_or(1)),
        (None, Some(sig)) => {
            eprintln!("visabench: `{program}` was killed by signal {sig}");
            ExitCode::from(u8::try_from(128 + sig).unwrap_or(255))
        }
        (None, None) => ExitCode::FAILURE,
    }
}

/// The interposer library: `--library`, else next to this binary, else target/{release,debug}
/// above the current directory.
pub(crate) fn find_library(given: Option<&FsPath>) -> anyhow::Result<PathBuf> {
    const NAME: &str = "libinterposer.so";
    if let Some(p) = given {
        if p.is_file() {
            return Ok(p.to_path_buf());
        }
        bail!("--library {}: no such file", p.display());
    }
    let mut looked = Vec::new();
    if let Ok(exe) = std::env::current_exe() {
        if let Some(dir) = exe.parent() {
            looked.push(dir.join(NAME));
        }
    }
    let mut dir = std::env::current_dir().ok();
    while let Some(d) = dir {
        for profile in ["release", "debug"] {
            looked.push(d.join("target").join(profile).join(NAME));
        }
        dir = d.parent().map(FsPath::to_path_buf);
    }
    if let Some(found) = looked.iter().find(|p| p.is_file()) {
        return Ok(found.clone());
    }
    let places: Vec<String> = looked
        .iter()
        .take(3)
        .map(|p| p.display().to_string())
        .collect();
    Err(anyhow!(
        "the interposer library {NAME} is missing (looked in {} …); build it with `cargo build --release -p interposer` \
         (or `--no-default-features` for a GPU node without LLVM), or pass --library",
        places.join(", ")
    ))
}

fn print_summary(r: &Record, file: &FsPath) {
    eprintln!(
        "visabench: record {} (path `{}`, mode {})",
        file.display(),
        r.path,
        r.mode
    );
    for p in &r.programs {
        if matches!(p.outcome, Outcome::Unbuilt) {
            continue;
        }
        let outcome = serde_json::to_value(p.outcome)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        eprintln!(
            "  program {:>2}  {:<10} {:<8} compile {:>8.3} s  driver build {:>8.3} s{}",
            p.id,
            outcome,
            p.path,
            p.compile_seconds,
            p.driver_build_seconds,
            p.error
                .as_ref()
                .map(|e| format!("  ({})", e.lines().next().unwrap_or("")))
                .unwrap_or_default()
        );
    }
    if r.kernels.is_empty() {
        return;
    }
    let w = r
        .kernels
        .iter()
        .map(|k| k.name.len())
        .max()
        .unwrap_or(6)
        .max(6);
    eprintln!(
        "  {:<w$}  {:<8} {:>8} {:>8} {:>12} {:>12}",
        "kernel", "path", "launches", "timed", "mean µs", "min µs"
    );
    for k in &r.kernels {
        let us = |ns: f64| format!("{:.3}", ns / 1e3);
        eprintln!(
            "  {:<w$}  {:<8} {:>8} {:>8} {:>12} {:>12}",
            k.name,
            k.path,
            k.launches,
            k.timed,
            k.mean_ns().map(us).unwrap_or_else(|| "-".into()),
            if k.timed > 0 {
                us(k.min_ns as f64)
            } else {
                "-".into()
            }
        );
    }
}

#[cfg(feature = "compile")]
fn compile_dir(dir: &FsPath, args: &Args) -> anyhow::Result<ExitCode> {
    let mut target = match &args.target {
        Some(t) => visabench_core::Target::parse_sm(t)
            .ok_or_else(|| anyhow!("--target `{t}`: expected sm_XX, e.g. sm_90"))?,
        None => visabench_core::Target::default(),
    };
    target.ptx_isa = visabench_core::Target::default().ptx_isa;
    let paths: Vec<_> = if args.paths.is_empty() {
        crate::registry::paths()
    } else {
        crate::registry::resolve_all(&args.paths)?
    };
    let outcomes = interposer_record::replay::compile_recorded(dir, &paths, target)?;
    if outcomes.is_empty() {
        bail!(
            "{}: no recorded programs (run the application with `--mode record --replay {}` first)",
            dir.display(),
            dir.display()
        );
    }
    let mut failed = 0;
    for o in &outcomes {
        match &o.result {
            Ok(s) => println!("{}  {:<10} ok      {:.3} s", o.key, o.path, s),
            Err(e) => {
                failed += 1;
                println!(
                    "{}  {:<10} FAILED  {}",
                    o.key,
                    o.path,
                    e.lines().next().unwrap_or("")
                );
            }
        }
    }
    println!(
        "{} programs × {} paths compiled into {} ({failed} failed)",
        outcomes.len() / paths.len().max(1),
        paths.len(),
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "compile"))]
fn compile_dir(_dir: &FsPath, _args: &Args) -> anyhow::Result<ExitCode> {
    bail!("this visabench was built without the `compile` feature: compile the replay directory on a machine with LLVM")
}

/// Prints kernel × path mean GPU times (µs) from several records, and the slowdown of each
/// path against the `native` record where there is one.
fn compare(files: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let records: Vec<Record> = files
        .iter()
        .map(|f| Record::read(f))
        .collect::<Result<_, _>>()?;
    // Rows: kernel names in first-seen order; columns: one per record, named by what ran.
    let mut names: Vec<String> = Vec::new();
    for r in &records {
        for k in &r.kernels {
            if !names.contains(&k.name) {
                names.push(k.name.clone());
            }
        }
    }
    let mean = |r: &Record, name: &str| -> Option<f64> {
        let (total, timed) = r
            .kernels
            .iter()
            .filter(|k| k.name == name)
            .fold((0u64, 0u64), |(t, n), k| (t + k.total_ns, n + k.timed));
        (timed > 0).then(|| total as f64 / timed as f64 / 1e3)
    };
    let native = records
        .iter()
        .position(|r| r.path == path_registry::BASELINE);
    let w = names.iter().map(String::len).max().unwrap_or(6).max(6);
    let mut header = format!("{:<w$}", "kernel");
    for r in &records {
        header += &format!(" {:>16}", r.path);
    }
    println!("{header}   (mean µs per launch; ×: slowdown against native)");
    for name in &names {
        let mut line = format!("{name:<w$}");
        let base = native.and_then(|i| mean(&records[i], name));
        for r in &records {
            // A kernel that ran natively after a fallback is marked with `*`.
            let fell_back = r.path != path_registry::BASELINE
                && r.kernels
                    .iter()
                    .any(|k| k.name == *name && k.path == path_registry::BASELINE);
            let cell = match (mean(r, name), base) {
                (Some(m), Some(b)) if r.path != path_registry::BASELINE => {
                    format!("{m:.2} {:.2}×", m / b)
                }
                (Some(m), _) => format!("{m:.2}"),
                (None, _) => "-".into(),
            };
            line += &format!(" {:>16}", if fell_back { format!("{cell}*") } else { cell });
        }
        println!("{line}");
    }
    if records.iter().any(|r| {
        r.path != path_registry::BASELINE
            && r.kernels.iter().any(|k| k.path == path_registry::BASELINE)
    }) {
        println!("* built natively after the path failed (see the record's programs[].error)");
    }
    Ok(ExitCode::SUCCESS)
}
