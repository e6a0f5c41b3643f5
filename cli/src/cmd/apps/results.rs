//! The apps' runs as a results directory of the harness's format (`results.json`,
//! `results.csv`, `env.json`), so `visabench report` draws Figure 2 from Rodinia's own apps
//! exactly as from our workloads: one "workload" per app, the sequence's time per repetition
//! being the app's kernel time in one run.

use super::run::{AppPath, AppResult, AppsResults};
use harness::env::Env;
use harness::opencl::DeviceInfo;
use harness::results::{KernelTiming, PathResult, Results, Status, WorkloadResult, ALL_KERNELS};
use harness::stats::summarize;

/// The status of one (app, path) from its runs and its verification.
pub fn status(ap: &AppPath, native_own: Option<usize>) -> (Status, Option<String>) {
    let mut why = Vec::new();
    let mut status = Status::Ok;
    for run in &ap.runs {
        let (s, w) = match run.ended {
            _ if !run.failed_builds.is_empty() => {
                (Status::BuildFailed, run.failed_builds.join("; "))
            }
            super::process::Ended::TimedOut => {
                (Status::Timeout, format!("run {} timed out", run.round))
            }
            super::process::Ended::Signal(_) | super::process::Ended::Exit(_)
                if !run.ended.ok() =>
            {
                (
                    Status::Fault,
                    format!(
                        "run {} {} (log {})",
                        run.round,
                        run.ended.describe(),
                        run.log
                    ),
                )
            }
            _ if run.record_error.is_some() => (
                Status::Fault,
                format!(
                    "run {}: no record: {}",
                    run.round,
                    run.record_error.as_deref().unwrap_or("")
                ),
            ),
            _ if ap.path != "native" && run.native_builds > 0 => (
                Status::BuildFailed,
                format!(
                    "run {}: {} program(s) built natively",
                    run.round, run.native_builds
                ),
            ),
            _ => continue,
        };
        if status == Status::Ok {
            status = s;
        }
        if why.len() < 3 {
            why.push(w);
        }
    }
    if status == Status::Ok {
        if let Some(c) = &ap.reads {
            if !c.agrees() {
                status = Status::Wrong;
                why.push(c.describe());
            }
        }
        if let Some(m) = ap.own_mismatches {
            if m > native_own.unwrap_or(0) {
                status = Status::Wrong;
                why.push(format!("its own check reports {m} mismatches"));
            }
        }
    }
    if status == Status::Ok {
        let untimed: u64 = ap
            .runs
            .iter()
            .filter(|r| r.round > 0)
            .map(|r| r.untimed())
            .sum();
        let mut m = ap.verified_by.clone();
        if untimed > 0 {
            m += &format!("; {untimed} launch(es) could not be timed (not in the sums)");
        }
        return (status, Some(m));
    }
    (status, Some(why.join("; ")))
}

/// The timing of kernel `name` (or of every kernel: [`ALL_KERNELS`]) over the clean timing
/// runs.
fn timing(ap: &AppPath, name: &str) -> Option<KernelTiming> {
    let runs: Vec<_> = ap
        .runs
        .iter()
        .filter(|r| r.round > 0 && r.clean(&ap.path))
        .collect();
    if runs.is_empty() {
        return None;
    }
    let (samples, launches): (Vec<u64>, u64) = if name == ALL_KERNELS {
        (
            runs.iter().map(|r| r.total_ns()).collect(),
            runs[0].kernels.values().map(|k| k.0).sum(),
        )
    } else {
        (
            runs.iter()
                .map(|r| r.kernels.get(name).map_or(0, |k| k.1))
                .collect(),
            runs[0].kernels.get(name).map_or(0, |k| k.0),
        )
    };
    let xs: Vec<f64> = samples.iter().map(|&s| s as f64).collect();
    Some(KernelTiming {
        kernel: name.into(),
        launches,
        summary: summarize(&xs),
        slowdown: None,
        slowdown_vs_default: None,
        samples_ns: samples,
    })
}

fn workload(a: &AppResult) -> WorkloadResult {
    let mut kernels: Vec<String> = Vec::new();
    for ap in &a.paths {
        for run in &ap.runs {
            for k in run.kernels.keys() {
                if !kernels.contains(k) {
                    kernels.push(k.clone());
                }
            }
        }
    }
    let native_own = a
        .paths
        .iter()
        .find(|p| p.path == "native")
        .and_then(|p| p.own_mismatches);
    let mut paths: Vec<PathResult> = a
        .paths
        .iter()
        .map(|ap| {
            let (status, message) = status(ap, native_own);
            let timed = status == Status::Ok;
            PathResult {
                path: ap.path.clone(),
                jit_opt_level: None,
                status,
                message,
                build_log: None,
                verdict: None,
                compile_seconds: None,
                kernels: if timed {
                    kernels.iter().filter_map(|k| timing(ap, k)).collect()
                } else {
                    Vec::new()
                },
                total: if timed { timing(ap, ALL_KERNELS) } else { None },
                replay_check: None,
            }
        })
        .collect();
    // Slowdowns against native.
    let native = paths.iter().find(|p| p.path == "native").cloned();
    if let Some(n) = native {
        let median = |t: &Option<KernelTiming>| {
            t.as_ref()
                .and_then(|t| t.summary.as_ref())
                .map(|s| s.median)
        };
        for p in paths.iter_mut().filter(|p| p.path != "native") {
            if let (Some(t), Some(b)) = (p.total.as_mut(), median(&n.total)) {
                t.slowdown = t.summary.as_ref().map(|s| s.median / b).filter(|_| b > 0.0);
            }
            for k in &mut p.kernels {
                let b = n
                    .kernels
                    .iter()
                    .find(|x| x.kernel == k.kernel)
                    .and_then(|x| x.summary.as_ref())
                    .map(|s| s.median);
                if let (Some(s), Some(b)) = (&k.summary, b) {
                    k.slowdown = (b > 0.0).then(|| s.median / b);
                }
            }
        }
    }
    WorkloadResult {
        workload: a.app.clone(),
        size_label: a.args.join(" "),
        kernels,
        paths,
    }
}

/// The harness-format results of an apps run on `device`.
pub fn to_results(r: &AppsResults, device: Option<&DeviceInfo>) -> Results {
    let mut env = Env::gather(device, None);
    env.size = format!("Rodinia's apps ({})", r.size);
    env.reps = r.reps;
    env.warmup = 1;
    env.timing_mode = Some(format!(
        "whole app runs through the interposer ({} mode), kernel time from profiling events",
        r.mode
    ));
    Results {
        format: harness::results::FORMAT,
        env,
        paths: r.paths.clone(),
        jit_opt_levels: Vec::new(),
        ablations: Default::default(),
        timeout_seconds: 0.0,
        complete: r.complete,
        workloads: r
            .apps
            .iter()
            .filter(|a| a.skipped.is_none())
            .map(workload)
            .collect(),
    }
}
