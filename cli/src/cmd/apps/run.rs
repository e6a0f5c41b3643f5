//! `visabench apps run`: every built app along every path, through the interposer, strict (a
//! path that cannot build a program fails instead of falling back to native).
//!
//! First a verification pass: each app once per path with `VISABENCH_READS`, its read-back
//! buffers compared with the native run's ([`super::verify`]). Then the timing pass: `reps`
//! rounds, each running every app once along every path (the order of the paths rotating
//! from round to round), each run's kernel time the sum over its launches of the profiling
//! events' GPU time, from the interposer's record. The verification run is the warm-up.

use super::build::Manifest;
use super::catalog::{App, AppSize};
use super::process::{run_logged, tail, Ended};
use super::verify::{compare_reads, own_mismatches, ReadsCompared};
use anyhow::Context as _;
use interposer_record::record::{Outcome, Record};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// What to run.
pub struct Plan<'a> {
    pub work: &'a Path,
    pub manifest: &'a Manifest,
    pub apps: Vec<App>,
    pub paths: Vec<String>,
    pub size: AppSize,
    pub reps: usize,
    pub timeout: Duration,
    /// The OpenCL platform and device index the apps are given (`-p`, `-d`).
    pub platform: (usize, usize),
    /// Replay the programs compiled into this directory (else route: compile in the app).
    pub replay: Option<PathBuf>,
    pub library: PathBuf,
    pub out: &'a Path,
    /// Keep the saved read-back buffers (they can be hundreds of MB per run).
    pub keep_reads: bool,
    /// Record the programs into this directory instead (`apps record`).
    pub record_into: Option<PathBuf>,
}

/// One run of one app along one path.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AppRun {
    /// 0 for the verification run, then 1, 2, … for the timing rounds.
    pub round: usize,
    pub ended: Ended,
    pub seconds: f64,
    /// The run's output and record, relative to the output directory.
    pub log: String,
    pub record: String,
    /// Per kernel: (launches, GPU ns summed over the timed launches, launches not timed).
    pub kernels: BTreeMap<String, (u64, u64, u64)>,
    /// Programs the path did not build (strict), with the interposer's reason.
    pub failed_builds: Vec<String>,
    /// Programs built natively although another path was asked for (should not happen when
    /// strict, but is shown if it does).
    pub native_builds: usize,
    /// Why the record could not be read, if it could not.
    pub record_error: Option<String>,
}

impl AppRun {
    /// Whether the run counts: exited 0, every program built along the path, a record.
    pub fn clean(&self, path: &str) -> bool {
        self.ended.ok()
            && self.failed_builds.is_empty()
            && self.record_error.is_none()
            && (path == "native" || self.native_builds == 0)
    }

    /// What went wrong, in words (for a run that is not [`AppRun::clean`]).
    pub fn problem(&self) -> String {
        if !self.ended.ok() {
            return self.ended.describe();
        }
        if let Some(e) = &self.record_error {
            return format!(
                "{}; no interposer record ({e}): did the interposer load?",
                self.ended.describe()
            );
        }
        if !self.failed_builds.is_empty() {
            return self.failed_builds.join("; ");
        }
        format!("{} program(s) built natively", self.native_builds)
    }

    /// The kernel time of the run, ns.
    pub fn total_ns(&self) -> u64 {
        self.kernels.values().map(|k| k.1).sum()
    }

    /// Launches that could not be timed.
    pub fn untimed(&self) -> u64 {
        self.kernels.values().map(|k| k.2).sum()
    }
}

/// Everything about one (app, path).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct AppPath {
    pub path: String,
    pub runs: Vec<AppRun>,
    /// The read-back buffers compared with native's (not for native itself).
    pub reads: Option<ReadsCompared>,
    /// The app's own check: lines reporting a mismatch, when it ran.
    pub own_mismatches: Option<usize>,
    /// How it was verified, in words.
    pub verified_by: String,
}

/// Everything about one app.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct AppResult {
    pub app: String,
    pub args: Vec<String>,
    /// Why it did not run at all (did not build, input missing).
    pub skipped: Option<String>,
    pub deviation: Option<String>,
    pub paths: Vec<AppPath>,
}

/// `OUT/apps.json`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct AppsResults {
    pub format: String,
    pub size: String,
    pub reps: usize,
    pub mode: String,
    pub platform: (usize, usize),
    pub device: String,
    pub paths: Vec<String>,
    pub complete: bool,
    pub wall_seconds: f64,
    pub apps: Vec<AppResult>,
}

impl AppsResults {
    pub const FORMAT: &'static str = "visabench-apps-results/1";

    fn write(&self, out: &Path) -> anyhow::Result<()> {
        let f = out.join("apps.json");
        visabench_core::files::write_atomic(&f, &serde_json::to_vec_pretty(self)?)
            .with_context(|| format!("{}", f.display()))
    }
}

/// nn's record directory for `size`, generated with hurricane_gen when it is not there.
fn nn_data(plan: &Plan) -> anyhow::Result<PathBuf> {
    let data = plan.work.join(format!("data-{}", plan.size.name()));
    let records = super::catalog::nn_records(plan.size);
    let done = data.join(format!("nn/.generated-{records}"));
    if done.is_file() {
        return Ok(data);
    }
    let gen = plan
        .manifest
        .hurricane_gen
        .as_ref()
        .map(|g| plan.work.join(g))
        .filter(|g| g.is_file())
        .ok_or_else(|| anyhow::anyhow!("nn's record generator hurricane_gen was not built"))?;
    // hurricane_gen writes `data/caneN_J.db` under its working directory; Rodinia's
    // filelist.txt names them `nn/caneN_J.db` under the `-f` directory.
    std::fs::create_dir_all(data.join("nn"))?;
    let link = data.join("data");
    if !link.exists() {
        std::os::unix::fs::symlink("nn", &link)?;
    }
    eprintln!("[apps] generating nn's {records} records with hurricane_gen");
    let mut cmd = Command::new(&gen);
    cmd.arg(records.to_string()).arg("4").current_dir(&data);
    let log = data.join("hurricane_gen.log");
    let (ended, _) = run_logged(cmd, &log, Duration::from_secs(600))?;
    if !ended.ok() {
        anyhow::bail!("hurricane_gen {}: {}", ended.describe(), tail(&log, 3));
    }
    std::fs::write(&done, b"")?;
    Ok(data)
}

/// Runs `app` once along `path`; `reads`: save its read-back buffers there.
fn run_once(
    plan: &Plan,
    app: &App,
    args: &[String],
    path: &str,
    round: usize,
    reads: Option<&Path>,
) -> anyhow::Result<AppRun> {
    let built = plan
        .manifest
        .built(app.name)
        .and_then(|b| b.exe.clone().map(|e| (e, b.cwd.clone())))
        .ok_or_else(|| anyhow::anyhow!("{} was not built", app.name))?;
    let (exe, cwd) = (plan.work.join(built.0), plan.work.join(built.1));
    let exe = std::path::absolute(exe)?;
    let tag = if round == 0 {
        "verify".to_string()
    } else {
        format!("rep-{round:02}")
    };
    let rel = PathBuf::from("runs").join(app.name).join(path);
    let dir = plan.out.join(&rel);
    std::fs::create_dir_all(&dir)?;
    let record = std::path::absolute(dir.join(format!("{tag}.json")))?;
    let log = dir.join(format!("{tag}.log"));
    let _ = std::fs::remove_file(&record);
    let mut cmd = Command::new(&exe);
    cmd.args(args)
        .current_dir(&cwd)
        .env("LD_PRELOAD", &plan.library)
        .env("VISABENCH_PATH", path)
        .env("VISABENCH_RECORD", &record)
        .env("VISABENCH_STRICT", "1");
    match (&plan.record_into, &plan.replay) {
        (Some(d), _) => {
            cmd.env("VISABENCH_MODE", "record")
                .env("VISABENCH_REPLAY", std::path::absolute(d)?);
        }
        (None, Some(d)) => {
            cmd.env("VISABENCH_MODE", "replay")
                .env("VISABENCH_REPLAY", std::path::absolute(d)?);
        }
        (None, None) => {
            cmd.env("VISABENCH_MODE", "route");
        }
    }
    if let Some(r) = reads {
        let _ = std::fs::remove_dir_all(r);
        cmd.env("VISABENCH_READS", std::path::absolute(r)?);
    }
    let (ended, seconds) = run_logged(cmd, &log, plan.timeout)?;
    let mut run = AppRun {
        round,
        ended,
        seconds,
        log: rel.join(format!("{tag}.log")).display().to_string(),
        record: rel.join(format!("{tag}.json")).display().to_string(),
        kernels: BTreeMap::new(),
        failed_builds: Vec::new(),
        native_builds: 0,
        record_error: None,
    };
    match Record::read(&record) {
        Ok(r) => {
            for p in &r.programs {
                match p.outcome {
                    Outcome::Failed | Outcome::DriverError => run.failed_builds.push(format!(
                        "program {} ({}): {}",
                        p.id,
                        p.name,
                        p.error
                            .as_deref()
                            .unwrap_or("failed")
                            .lines()
                            .next()
                            .unwrap_or("")
                    )),
                    Outcome::Fallback | Outcome::NotRouted if path != "native" => {
                        run.native_builds += 1
                    }
                    _ => {}
                }
            }
            for k in &r.kernels {
                let e = run.kernels.entry(k.name.clone()).or_default();
                e.0 += k.launches;
                e.1 += k.total_ns;
                e.2 += k.untimed;
            }
        }
        Err(e) => run.record_error = Some(e.to_string()),
    }
    Ok(run)
}

/// Runs every app once natively in the interposer's record mode, saving its programs into
/// `progs`; returns how many apps failed to run.
pub fn record(plan: &Plan, progs: &Path) -> anyhow::Result<usize> {
    std::fs::create_dir_all(progs)?;
    let data: Result<String, String> = if plan.apps.iter().any(|a| a.name == "nn") {
        nn_data(plan)
            .and_then(|d| Ok(std::path::absolute(d)?.display().to_string()))
            .map_err(|e| format!("{e:#}"))
    } else {
        Ok(String::new())
    };
    let plan = Plan {
        record_into: Some(progs.to_path_buf()),
        replay: None,
        apps: plan.apps.clone(),
        paths: plan.paths.clone(),
        library: plan.library.clone(),
        ..*plan
    };
    let mut failed = 0;
    for app in &plan.apps {
        let data = match &data {
            Ok(d) => d.clone(),
            Err(e) if app.name == "nn" => {
                eprintln!("[apps] nn: not recorded: no input records: {e}");
                failed += 1;
                continue;
            }
            Err(_) => String::new(),
        };
        let args = app.arguments(plan.size, plan.platform.0, plan.platform.1, &data);
        match run_once(&plan, app, &args, "native", 0, None) {
            Ok(r) if r.clean("native") => {
                eprintln!("[apps] recorded {:<10} ({:.1} s)", app.name, r.seconds)
            }
            Ok(r) => {
                failed += 1;
                eprintln!(
                    "[apps] {:<10} did not record: {} (log {})",
                    app.name,
                    r.problem(),
                    plan.out.join(&r.log).display()
                );
            }
            Err(e) => {
                failed += 1;
                eprintln!("[apps] {:<10} did not record: {e:#}", app.name);
            }
        }
    }
    Ok(failed)
}

/// Runs the plan: verification, then the timing rounds; writes `OUT/apps.json` after every
/// app of every round.
pub fn run(plan: &Plan, device: &str) -> anyhow::Result<AppsResults> {
    let start = std::time::Instant::now();
    std::fs::create_dir_all(plan.out)?;
    let mut res = AppsResults {
        format: AppsResults::FORMAT.into(),
        size: plan.size.name().into(),
        reps: plan.reps,
        mode: if plan.replay.is_some() {
            "replay"
        } else {
            "route"
        }
        .into(),
        platform: plan.platform,
        device: device.into(),
        paths: plan.paths.clone(),
        ..AppsResults::default()
    };
    let nn = if plan.apps.iter().any(|a| a.name == "nn") {
        Some(nn_data(plan))
    } else {
        None
    };
    // Which apps can run, with their arguments.
    let mut runnable: Vec<(usize, Vec<String>)> = Vec::new();
    for app in &plan.apps {
        let data = match &nn {
            Some(Ok(d)) => std::path::absolute(d)?.display().to_string(),
            _ => String::new(),
        };
        let args = app.arguments(plan.size, plan.platform.0, plan.platform.1, &data);
        let mut r = AppResult {
            app: app.name.into(),
            args: args.clone(),
            deviation: app.deviation.map(str::to_string),
            ..AppResult::default()
        };
        match plan.manifest.built(app.name) {
            None => r.skipped = Some("not built (not asked for at `apps build`)".into()),
            Some(b) if b.exe.is_none() => {
                r.skipped = Some(format!(
                    "did not build: {}",
                    b.error.as_deref().unwrap_or("?")
                ))
            }
            _ => {}
        }
        if app.name == "nn" {
            if let Some(Err(e)) = &nn {
                r.skipped = Some(format!("no input records: {e:#}"));
            }
        }
        if let Some(why) = &r.skipped {
            eprintln!("[apps] {}: skipped: {why}", app.name);
        } else {
            runnable.push((res.apps.len(), args));
        }
        r.paths = plan
            .paths
            .iter()
            .map(|p| AppPath {
                path: p.clone(),
                ..AppPath::default()
            })
            .collect();
        res.apps.push(r);
    }
    let total = runnable.len() * plan.paths.len() * (plan.reps + 1);
    let mut done = 0;
    for round in 0..=plan.reps {
        for (ai, args) in &runnable {
            let app = &plan.apps[*ai];
            let n = plan.paths.len();
            for k in 0..n {
                let pi = (k + round) % n;
                let path = &plan.paths[pi];
                let reads = (round == 0).then(|| {
                    plan.out
                        .join("runs")
                        .join(app.name)
                        .join(path)
                        .join("reads")
                });
                let run = run_once(plan, app, args, path, round, reads.as_deref())?;
                done += 1;
                eprintln!(
                    "[apps] {done:>4}/{total} {} {:<10} {:<10} {:>7.2} s  {}{}",
                    if round == 0 {
                        "verify".to_string()
                    } else {
                        format!("rep {round}")
                    },
                    app.name,
                    path,
                    run.seconds,
                    run.ended.describe(),
                    if run.failed_builds.is_empty() {
                        String::new()
                    } else {
                        format!("  ({} program(s) failed to build)", run.failed_builds.len())
                    }
                );
                res.apps[*ai].paths[pi].runs.push(run);
            }
            if round == 0 {
                verify_app(plan, app, &mut res.apps[*ai]);
            }
            res.wall_seconds = start.elapsed().as_secs_f64();
            res.write(plan.out)?;
        }
    }
    res.complete = true;
    res.wall_seconds = start.elapsed().as_secs_f64();
    res.write(plan.out)?;
    Ok(res)
}

/// Compares each path's verification run with native's; fills `reads`, `own_mismatches`
/// and `verified_by`; deletes the saved buffers unless asked to keep them.
fn verify_app(plan: &Plan, app: &App, r: &mut AppResult) {
    let reads_dir = |path: &str| {
        plan.out
            .join("runs")
            .join(app.name)
            .join(path)
            .join("reads")
    };
    let record = |ap: &AppPath| -> Option<Record> {
        let run = ap.runs.iter().find(|x| x.round == 0)?;
        Record::read(&plan.out.join(&run.record)).ok()
    };
    let native = r
        .paths
        .iter()
        .find(|p| p.path == "native")
        .and_then(|p| record(p).filter(|_| p.runs.first().is_some_and(|x| x.clean("native"))));
    for ap in &mut r.paths {
        let run_ok = ap.runs.first().is_some_and(|x| x.clean(&ap.path));
        if app.checks_itself(plan.size) {
            if let (Some(c), Some(run)) = (app.own_check, ap.runs.first()) {
                ap.own_mismatches = own_mismatches(&plan.out.join(&run.log), c.mismatch);
            }
        }
        let mut how = Vec::new();
        if ap.path == "native" {
            how.push(
                "the reference: the other paths' read-back buffers are compared with its own"
                    .to_string(),
            );
        } else if let (Some(n), Some(mine), true) = (&native, record(ap), run_ok) {
            let c = compare_reads(
                &mine.reads,
                &reads_dir(&ap.path),
                &n.reads,
                &reads_dir("native"),
                app.output,
            );
            how.push(format!(
                "read-back buffers against native: {}",
                c.describe()
            ));
            ap.reads = Some(c);
        } else if native.is_none() {
            how.push("not compared: the native run failed".into());
        }
        if let (Some(n), Some(mine)) = (&native, record(ap)) {
            how.extend(shapes_differ(n, &mine));
        }
        if let (Some(c), Some(m)) = (app.own_check, ap.own_mismatches) {
            how.push(format!(
                "its own check (`{}`: {}): {m} mismatch line(s)",
                c.flag, c.what
            ));
        }
        ap.verified_by = how.join("; ");
    }
    if !plan.keep_reads {
        for ap in &r.paths {
            let _ = std::fs::remove_dir_all(reads_dir(&ap.path));
        }
    }
}

/// A launch shape in words: `global 1024×8 / local 256 ×5`.
fn shape_text(s: &interposer_record::record::LaunchShape) -> String {
    let dims = |v: &[u64]| v.iter().map(u64::to_string).collect::<Vec<_>>().join("×");
    format!(
        "global {} / local {} ×{}",
        dims(&s.global),
        s.local.as_deref().map_or("runtime's".into(), dims),
        s.launches
    )
}

/// Kernels whose launch shapes differ from the native run's (an app that sizes its
/// work-groups from `CL_KERNEL_WORK_GROUP_SIZE` can launch differently along another path).
fn shapes_differ(native: &Record, mine: &Record) -> Option<String> {
    let mut out = Vec::new();
    for k in &mine.kernels {
        let Some(n) = native.kernels.iter().find(|n| n.name == k.name) else {
            continue;
        };
        if n.shapes != k.shapes {
            let list = |r: &interposer_record::record::KernelRecord| {
                r.shapes
                    .iter()
                    .map(shape_text)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            out.push(format!("{}: {} (native: {})", k.name, list(k), list(n)));
        }
    }
    (!out.is_empty()).then(|| format!("launch shapes differ from native's: {}", out.join("; ")))
}

#[cfg(test)]
mod shape_tests {
    use super::*;
    use interposer_record::record::KernelRecord;

    #[test]
    fn differing_launch_shapes_are_named() {
        let rec = |local: u64| {
            let mut k = KernelRecord {
                name: "dynproc_kernel".into(),
                ..KernelRecord::default()
            };
            k.add_shape(&[1024 * 100], Some(&[local]));
            k.add_shape(&[1024 * 100], Some(&[local]));
            Record {
                kernels: vec![k],
                ..Record::default()
            }
        };
        assert_eq!(shapes_differ(&rec(1024), &rec(1024)), None);
        let d = shapes_differ(&rec(1024), &rec(512)).expect("a difference");
        assert!(
            d.contains("dynproc_kernel: global 102400 / local 512 ×2 (native: global 102400 / local 1024 ×2)"),
            "{d}"
        );
    }
}
