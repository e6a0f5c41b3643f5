//! The parent side of `visabench run`: for each workload, one verification worker per path,
//! then one timing worker for the paths that verified; statistics and slowdowns; the results
//! directory rewritten after every workload so that an interrupted run keeps what finished.

use crate::bundle::Manifest;
use crate::env::Env;
use crate::exec::{Rep, Sampling, Timed, Verified};
use crate::results::{
    KernelTiming, PathResult, Results, Status, WorkloadResult, ALL_KERNELS, FORMAT,
};
use crate::stats::summarize;
use crate::worker::{self, Job, Request, Response};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;
use thiserror::Error;

/// Errors that stop a run (per-path failures are recorded, not raised).
#[derive(Debug, Error)]
pub enum RunError {
    #[error("workload `{name}` is not in the bundle (bundle has: {available})")]
    UnknownWorkload { name: String, available: String },
    #[error("workload `{0}` is in the bundle but not in this visabench")]
    UnknownToBinary(String),
    #[error("path `{name}` is not in the bundle (bundle has: {available})")]
    UnknownPath { name: String, available: String },
    #[error(transparent)]
    Results(#[from] crate::results::ResultsError),
}

/// How to run.
#[derive(Clone, Debug)]
pub struct Options {
    pub bundle: PathBuf,
    /// Workloads to run (empty: all in the bundle).
    pub workloads: Vec<String>,
    /// Paths to run (empty: all in the bundle).
    pub paths: Vec<String>,
    /// Repetitions of the timing pass (0 timed repetitions: verify only).
    pub sampling: Sampling,
    pub seed: u64,
    pub device: Option<String>,
    /// Limit for each verification worker; the timing worker gets this plus a budget scaled
    /// from the verification runs' durations.
    pub timeout: Duration,
    pub out: PathBuf,
    /// The executable that serves `__worker` (this binary).
    pub worker_exe: PathBuf,
}

/// What the caller sees while a run progresses.
pub trait Observer {
    /// The run has `steps` steps (a verification per path plus a timing pass per workload).
    fn begin(&mut self, steps: u64);
    /// A step is starting.
    fn step(&mut self, what: &str);
    /// One (workload, path) verification finished.
    fn verified(&mut self, workload: &str, path: &str, status: Status, message: Option<&str>);
    /// The results directory was rewritten.
    fn saved(&mut self) {}
}

/// Resolves the workloads and paths of a run against the bundle: `native` first.
pub fn selection(m: &Manifest, opts: &Options) -> Result<(Vec<String>, Vec<String>), RunError> {
    let bundle_workloads: Vec<String> = m.workloads.iter().map(|w| w.name.clone()).collect();
    let mut bundle_paths: Vec<String> = Vec::new();
    for w in &m.workloads {
        for p in &w.paths {
            if !bundle_paths.contains(&p.path) {
                bundle_paths.push(p.path.clone());
            }
        }
    }
    let workloads = if opts.workloads.is_empty() {
        bundle_workloads.clone()
    } else {
        opts.workloads.clone()
    };
    for w in &workloads {
        if !bundle_workloads.contains(w) {
            return Err(RunError::UnknownWorkload {
                name: w.clone(),
                available: bundle_workloads.join(", "),
            });
        }
        if crate::workloads::find(w).is_none() {
            return Err(RunError::UnknownToBinary(w.clone()));
        }
    }
    let mut paths = if opts.paths.is_empty() {
        bundle_paths.clone()
    } else {
        opts.paths.clone()
    };
    for p in &paths {
        if !bundle_paths.contains(p) {
            return Err(RunError::UnknownPath {
                name: p.clone(),
                available: bundle_paths.join(", "),
            });
        }
    }
    if let Some(i) = paths.iter().position(|p| p == "native") {
        let n = paths.remove(i);
        paths.insert(0, n);
    }
    Ok((workloads, paths))
}

/// Runs the bundle and writes the results directory after every workload.
pub fn run(
    m: &Manifest,
    opts: &Options,
    env: Env,
    obs: &mut dyn Observer,
) -> Result<Results, RunError> {
    let (workloads, paths) = selection(m, opts)?;
    let mut results = Results {
        format: FORMAT,
        env,
        paths: paths.clone(),
        timeout_seconds: opts.timeout.as_secs_f64(),
        complete: false,
        workloads: vec![],
    };
    obs.begin((workloads.len() * (paths.len() + 1)) as u64);
    // Reference outputs, computed by the first verification worker of each workload.
    let refs = tempfile::Builder::new()
        .prefix("visabench-refs-")
        .tempdir()
        .ok();
    for name in &workloads {
        let w =
            crate::workloads::find(name).ok_or_else(|| RunError::UnknownToBinary(name.clone()))?;
        let entry = m.workload(name).ok_or_else(|| RunError::UnknownWorkload {
            name: name.clone(),
            available: String::new(),
        })?;
        let req = |job: Job| Request {
            bundle: opts.bundle.clone(),
            workload: name.clone(),
            seed: opts.seed,
            device: opts.device.clone(),
            reference_cache: refs.as_ref().map(|d| d.path().join(format!("{name}.bin"))),
            job,
        };
        let mut verified: Vec<(String, Verified)> = Vec::new();
        for p in &paths {
            obs.step(&format!("{name} · verify {p}"));
            let v = match worker::spawn(
                &opts.worker_exe,
                &req(Job::Verify { path: p.clone() }),
                opts.timeout,
            ) {
                Ok(Response::Verified(v)) => v,
                Ok(Response::Failed { message }) => lost(Status::LaunchFailed, message),
                Ok(Response::Timed { .. }) => {
                    lost(Status::Fault, "worker answered the wrong job".into())
                }
                Err(l) => lost(l.status, l.message),
            };
            obs.verified(name, p, v.status, v.message.as_deref());
            verified.push((p.clone(), v));
        }
        if let Some(d) = &refs {
            // Large at paper size; the timing pass does not need it.
            let _ = std::fs::remove_file(d.path().join(format!("{name}.bin")));
        }
        let ok: Vec<String> = verified
            .iter()
            .filter(|(_, v)| v.status == Status::Ok)
            .map(|(p, _)| p.clone())
            .collect();
        obs.step(&format!("{name} · time {}", ok.join(" ")));
        let mut timed: BTreeMap<String, Timed> = BTreeMap::new();
        if !ok.is_empty() && opts.sampling.reps > 0 {
            let runs: f64 = verified
                .iter()
                .filter(|(_, v)| v.status == Status::Ok)
                .map(|(_, v)| v.run_seconds)
                .sum();
            let sm = &opts.sampling;
            // The fixed rounds at up to 3× the verification run's time, the extra rounds'
            // budget and one round's overshoot.
            let budget = opts.timeout.as_secs_f64()
                + 3.0 * runs * (sm.reps + sm.warmup + 1) as f64
                + sm.extra_budget();
            let job = Job::Time {
                paths: ok.clone(),
                sampling: *sm,
            };
            match worker::spawn(&opts.worker_exe, &req(job), Duration::from_secs_f64(budget)) {
                Ok(Response::Timed { paths }) => timed = paths,
                Ok(Response::Failed { message }) => {
                    for p in &ok {
                        timed.insert(
                            p.clone(),
                            Timed {
                                reps: vec![],
                                error: Some((Status::LaunchFailed, message.clone())),
                            },
                        );
                    }
                }
                Ok(Response::Verified(_)) => {}
                Err(l) => {
                    for p in &ok {
                        let msg = format!("timing pass: {}", l.message);
                        timed.insert(
                            p.clone(),
                            Timed {
                                reps: vec![],
                                error: Some((l.status, msg)),
                            },
                        );
                    }
                }
            }
        }
        let compile_seconds = |p: &str| {
            entry
                .path(p)
                .filter(|e| e.artifact.is_some())
                .map(|e| e.compile_seconds)
        };
        let mut wr = WorkloadResult {
            workload: name.clone(),
            size_label: w.size_label(m.size),
            kernels: w.kernels().iter().map(|k| k.to_string()).collect(),
            paths: verified
                .into_iter()
                .map(|(p, v)| {
                    let cs = compile_seconds(&p);
                    path_result(&p, v, timed.get(&p), w.kernels(), cs)
                })
                .collect(),
        };
        add_slowdowns(&mut wr);
        results.workloads.push(wr);
        results.write(&opts.out)?;
        obs.saved();
    }
    results.complete = true;
    results.write(&opts.out)?;
    Ok(results)
}

fn lost(status: Status, message: String) -> Verified {
    Verified {
        status,
        message: Some(message),
        build_log: None,
        verdict: None,
        launches: vec![],
        run_seconds: 0.0,
    }
}

fn timing(kernel: &str, reps: &[Rep], pick: &dyn Fn(&Rep) -> (u64, u64)) -> KernelTiming {
    let samples: Vec<u64> = reps.iter().map(|r| pick(r).0).collect();
    let launches = reps.first().map(|r| pick(r).1).unwrap_or(0);
    let xs: Vec<f64> = samples.iter().map(|&x| x as f64).collect();
    KernelTiming {
        kernel: kernel.into(),
        launches,
        summary: summarize(&xs),
        slowdown: None,
        samples_ns: samples,
    }
}

fn path_result(
    path: &str,
    v: Verified,
    t: Option<&Timed>,
    kernel_order: &[&str],
    compile_seconds: Option<f64>,
) -> PathResult {
    let mut r = PathResult {
        path: path.into(),
        status: v.status,
        message: v.message,
        build_log: v.build_log,
        verdict: v.verdict,
        compile_seconds,
        kernels: vec![],
        total: None,
    };
    let Some(t) = t else { return r };
    if let Some((status, msg)) = &t.error {
        r.status = *status;
        r.message = Some(msg.clone());
    }
    if t.reps.is_empty() {
        return r;
    }
    let mut names: Vec<String> = kernel_order.iter().map(|k| k.to_string()).collect();
    for rep in &t.reps {
        for k in rep.kernels.keys() {
            if !names.contains(k) {
                names.push(k.clone());
            }
        }
    }
    r.kernels = names
        .iter()
        .map(|k| {
            timing(k, &t.reps, &|rep: &Rep| {
                rep.kernels.get(k).copied().unwrap_or((0, 0))
            })
        })
        .collect();
    r.total = Some(timing(ALL_KERNELS, &t.reps, &|rep: &Rep| {
        (rep.total_ns(), rep.kernels.values().map(|v| v.1).sum())
    }));
    r
}

/// Fills in `median(path) / median(native)` for every timed kernel of every ok path.
pub fn add_slowdowns(w: &mut WorkloadResult) {
    let Some(native) = w
        .paths
        .iter()
        .find(|p| p.path == "native" && p.status == Status::Ok)
        .cloned()
    else {
        return;
    };
    let med = |k: Option<&KernelTiming>| k.and_then(|k| k.summary.as_ref()).map(|s| s.median);
    for p in w
        .paths
        .iter_mut()
        .filter(|p| p.path != "native" && p.status == Status::Ok)
    {
        for k in &mut p.kernels {
            let base = med(native.kernels.iter().find(|n| n.kernel == k.kernel));
            k.slowdown = ratio(med(Some(k)), base);
        }
        if let Some(t) = &mut p.total {
            t.slowdown = ratio(med(Some(t)), med(native.total.as_ref()));
        }
    }
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}
