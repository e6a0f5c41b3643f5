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
use crate::variant::{JitLevel, Variant};
use crate::worker::{self, Job, Request, Response};
use path_registry::BASELINE;
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
    /// Finishing levels (empty: the bundle's, see [`Manifest::levels`]).
    pub levels: Vec<JitLevel>,
    /// Exactly these variants instead of `paths` × `levels` (empty: the product).
    pub variants: Vec<Variant>,
    /// Repetitions of the timing pass (0 timed repetitions: verify only).
    pub sampling: Sampling,
    /// Timed repetitions for some workloads instead of `sampling.reps`.
    pub reps_for: BTreeMap<String, usize>,
    pub seed: u64,
    pub device: Option<String>,
    /// Limit for each verification worker; the timing worker gets this plus a budget scaled
    /// from the verification runs' durations.
    pub timeout: Duration,
    pub out: PathBuf,
    /// The executable that serves `__worker` (this binary).
    pub worker_exe: PathBuf,
    /// Where CPU references are kept between runs (`None`: only for this run).
    pub reference_dir: Option<PathBuf>,
    /// How many worker processes may compute references, or verify variants, at once.
    /// Timing passes always run alone.
    pub parallel: usize,
}

impl Options {
    /// The sampling of workload `name`'s timing pass.
    pub fn sampling_of(&self, name: &str) -> Sampling {
        match self.reps_for.get(name) {
            Some(&reps) => Sampling {
                reps,
                max_reps: self.sampling.max_reps.max(reps),
                ..self.sampling
            },
            None => self.sampling,
        }
    }
}

impl Options {
    /// Defaults for everything but the bundle, the output and the worker executable.
    pub fn new(bundle: PathBuf, out: PathBuf, worker_exe: PathBuf) -> Options {
        Options {
            bundle,
            workloads: vec![],
            paths: vec![],
            levels: vec![],
            variants: vec![],
            sampling: Sampling::fixed(3, 30),
            reps_for: BTreeMap::new(),
            seed: 1,
            device: None,
            timeout: Duration::from_secs(300),
            out,
            worker_exe,
            reference_dir: None,
            parallel: default_parallelism(),
        }
    }
}

/// Worker processes at once by default: the cores, at most 16 (each verification worker
/// mostly waits for the finisher, which runs on the host's cores).
pub fn default_parallelism() -> usize {
    visabench_core::parallel::cores(16)
}

/// What the caller sees while a run progresses.
pub trait Observer {
    /// The run has `steps` steps (a verification per variant plus a timing pass per workload).
    fn begin(&mut self, steps: u64);
    /// A step is starting.
    fn step(&mut self, what: &str);
    /// One (workload, variant) verification finished; `path` is the variant's key.
    fn verified(&mut self, workload: &str, path: &str, status: Status, message: Option<&str>);
    /// The results directory was rewritten.
    fn saved(&mut self) {}
}

/// Resolves the workloads and variants of a run against the bundle: `native` first, and
/// native at the driver default whenever native runs at any level (every slowdown against the
/// default needs it).
pub fn selection(m: &Manifest, opts: &Options) -> Result<(Vec<String>, Vec<Variant>), RunError> {
    let bundle_workloads: Vec<String> = m.workloads.iter().map(|w| w.name.clone()).collect();
    let bundle_paths = m.path_names();
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
    let mut variants = if opts.variants.is_empty() {
        let paths = if opts.paths.is_empty() {
            bundle_paths.clone()
        } else {
            opts.paths.clone()
        };
        let levels = if opts.levels.is_empty() {
            m.levels()
        } else {
            opts.levels.clone()
        };
        Variant::product(&paths, &levels)
    } else {
        opts.variants.clone()
    };
    for v in &variants {
        if !bundle_paths.contains(&v.path) {
            return Err(RunError::UnknownPath {
                name: v.path.clone(),
                available: bundle_paths.join(", "),
            });
        }
    }
    let native_default = Variant::at_default(BASELINE);
    if variants.iter().any(|v| v.path == BASELINE) && !variants.contains(&native_default) {
        variants.push(native_default);
    }
    // Native first (the default level first of all), the rest in the order asked.
    variants.sort_by_key(|v| match (v.path == BASELINE, v.level) {
        (true, None) => 0,
        (true, Some(_)) => 1,
        (false, _) => 2,
    });
    Ok((workloads, variants))
}

/// The file beside the results that says how long each phase of a run took.
pub const TIMING_TXT: &str = "timing.txt";

/// The wall-clock time of each phase of a run, written to `timing.txt` beside the results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Phases {
    pub rows: Vec<(String, f64)>,
}

impl Phases {
    /// Adds a phase.
    pub fn add(&mut self, what: impl Into<String>, seconds: f64) {
        self.rows.push((what.into(), seconds));
    }

    /// `timing.txt`: one `PHASE: SECONDS s` line each.
    pub fn text(&self) -> String {
        self.rows
            .iter()
            .map(|(w, s)| format!("{w}: {s:.1} s\n"))
            .collect()
    }

    /// Appends these phases to `OUT/timing.txt` (where a run wrote its own phases first).
    pub fn append_to(&self, out: &std::path::Path) -> std::io::Result<()> {
        let p = out.join(TIMING_TXT);
        let mut text = std::fs::read_to_string(&p).unwrap_or_default();
        text.push_str(&self.text());
        visabench_core::files::write_atomic(&p, text.as_bytes())
    }
}

/// Computes every workload's CPU reference, `opts.parallel` workers at once, into the cache;
/// returns the cache file of each workload. A reference that fails here is left to the
/// verification workers, which compute it themselves (and report what goes wrong).
fn references(
    workloads: &[String],
    m: &Manifest,
    opts: &Options,
    dir: &std::path::Path,
    phases: &mut Phases,
    obs: &mut dyn Observer,
) -> BTreeMap<String, PathBuf> {
    let start = std::time::Instant::now();
    let files: BTreeMap<String, PathBuf> = workloads
        .iter()
        .map(|w| {
            (
                w.clone(),
                crate::refcache::file_in(dir, w, m.size, opts.seed),
            )
        })
        .collect();
    let todo: Vec<&String> = workloads
        .iter()
        .filter(|w| !crate::refcache::is_cached(&files[*w]))
        .collect();
    if todo.is_empty() {
        phases.add(format!("references: all {} cached", workloads.len()), 0.0);
        return files;
    }
    obs.step(&format!("CPU references of {} workloads", todo.len()));
    let mut took: Vec<(String, f64)> =
        visabench_core::parallel::map(&todo, opts.parallel, |_, name| {
            let req = Request {
                bundle: opts.bundle.clone(),
                workload: (*name).clone(),
                seed: opts.seed,
                device: opts.device.clone(),
                reference_cache: Some(files[*name].clone()),
                job: Job::Reference,
            };
            let secs = match worker::spawn(&opts.worker_exe, &req, opts.timeout) {
                Ok(Response::Reference { seconds }) => seconds,
                Ok(_) | Err(_) => f64::NAN,
            };
            ((*name).clone(), secs)
        });
    took.sort_by(|a, b| a.0.cmp(&b.0));
    let each: Vec<String> = took
        .iter()
        .map(|(w, s)| {
            if s.is_nan() {
                format!("{w} failed")
            } else {
                format!("{w} {s:.1} s")
            }
        })
        .collect();
    phases.add(
        format!(
            "references ({} computed, {} at once: {})",
            todo.len(),
            opts.parallel.max(1).min(todo.len()),
            each.join(", ")
        ),
        start.elapsed().as_secs_f64(),
    );
    files
}

/// Runs one verification worker per variant, `parallel` at once; results in `variants` order.
fn verify_all(
    variants: &[Variant],
    parallel: usize,
    req: &(dyn Fn(Job) -> Request + Sync),
    opts: &Options,
) -> Vec<Verified> {
    visabench_core::parallel::map(variants, parallel, |_, v| {
        let job = Job::Verify {
            path: v.path.clone(),
            level: v.level,
        };
        match worker::spawn(&opts.worker_exe, &req(job), opts.timeout) {
            Ok(Response::Verified(v)) => v,
            Ok(Response::Failed { message }) => lost(Status::LaunchFailed, message),
            Ok(_) => lost(Status::Fault, "worker answered the wrong job".into()),
            Err(l) => lost(l.status, l.message),
        }
    })
}

/// Runs the bundle and writes the results directory (and `timing.txt`) after every workload.
pub fn run(
    m: &Manifest,
    opts: &Options,
    env: Env,
    obs: &mut dyn Observer,
) -> Result<Results, RunError> {
    let run_start = std::time::Instant::now();
    let (workloads, variants) = selection(m, opts)?;
    let mut paths: Vec<String> = Vec::new();
    let mut levels: Vec<JitLevel> = Vec::new();
    for v in &variants {
        if !paths.contains(&v.path) {
            paths.push(v.path.clone());
        }
        if !levels.contains(&v.level) {
            levels.push(v.level);
        }
    }
    let mut results = Results {
        format: FORMAT,
        env,
        paths,
        jit_opt_levels: levels,
        ablations: m
            .ablations()
            .into_iter()
            .filter(|(p, _)| variants.iter().any(|v| &v.path == p))
            .collect(),
        timeout_seconds: opts.timeout.as_secs_f64(),
        complete: false,
        workloads: vec![],
    };
    let mut phases = Phases::default();
    obs.begin((workloads.len() * (variants.len() + 1)) as u64);
    // References: in the persistent cache when there is one, else only for this run.
    let temp = match &opts.reference_dir {
        Some(_) => None,
        None => tempfile::Builder::new()
            .prefix("visabench-refs-")
            .tempdir()
            .ok(),
    };
    let ref_dir = opts
        .reference_dir
        .clone()
        .or_else(|| temp.as_ref().map(|t| t.path().to_path_buf()));
    let ref_files = match &ref_dir {
        Some(d) if std::fs::create_dir_all(d).is_ok() => {
            references(&workloads, m, opts, d, &mut phases, obs)
        }
        _ => BTreeMap::new(),
    };
    let timing_txt = opts.out.join(TIMING_TXT);
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
            reference_cache: ref_files.get(name).cloned(),
            job,
        };
        let t = std::time::Instant::now();
        obs.step(&format!("{name} · verify {} variants", variants.len()));
        let answers = verify_all(&variants, opts.parallel, &req, opts);
        let verified: Vec<(Variant, Verified)> = variants.iter().cloned().zip(answers).collect();
        for (v, a) in &verified {
            obs.verified(name, &v.key(), a.status, a.message.as_deref());
        }
        phases.add(
            format!("{name}: verify {} variants", variants.len()),
            t.elapsed().as_secs_f64(),
        );
        let ok: Vec<Variant> = verified
            .iter()
            .filter(|(_, v)| v.status == Status::Ok)
            .map(|(p, _)| p.clone())
            .collect();
        let t = std::time::Instant::now();
        obs.step(&format!("{name} · time {} variants", ok.len()));
        let timed = time_workload(&verified, &ok, &req, opts, &opts.sampling_of(name));
        let reps: Vec<&Rep> = timed.values().flat_map(|t| &t.reps).collect();
        let kernel_s: f64 = reps.iter().map(|r| r.total_ns() as f64).sum::<f64>() / 1e9;
        let wall_s: f64 = reps.iter().map(|r| r.wall_ns as f64).sum::<f64>() / 1e9;
        phases.add(
            format!(
                "{name}: time {} variants ({}; {} timed runs: kernels {kernel_s:.1} s, whole runs {wall_s:.1} s{})",
                ok.len(),
                opts.sampling.mode.name(),
                reps.len(),
                replay_note(&timed)
            ),
            t.elapsed().as_secs_f64(),
        );
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
                .map(|(v, r)| {
                    let cs = compile_seconds(&v.path);
                    let mut pr = path_result(&v.path, r, timed.get(&v.key()), w.kernels(), cs);
                    pr.jit_opt_level = v.level;
                    pr
                })
                .collect(),
        };
        add_slowdowns(&mut wr);
        results.workloads.push(wr);
        results.write(&opts.out)?;
        write_phases(&timing_txt, &phases, run_start);
        obs.saved();
    }
    results.complete = true;
    results.write(&opts.out)?;
    write_phases(&timing_txt, &phases, run_start);
    Ok(results)
}

/// `; replay check: …` for `timing.txt`: the reads the checking replays made and which
/// variants' reads differed from their recorded runs' (empty when nothing was replayed).
fn replay_note(timed: &BTreeMap<String, Timed>) -> String {
    let checks: Vec<(&String, crate::replay::Checked)> = timed
        .iter()
        .filter_map(|(k, t)| Some((k, t.replay?)))
        .collect();
    if checks.is_empty() {
        return String::new();
    }
    let reads: usize = checks.iter().map(|(_, c)| c.reads).sum();
    let differ: Vec<String> = checks
        .iter()
        .filter(|(_, c)| c.differing > 0)
        .map(|(k, c)| format!("{k} {} of {}", c.differing, c.reads))
        .collect();
    if differ.is_empty() {
        format!("; replay check: {reads} reads, all identical to the recorded runs'")
    } else {
        format!(
            "; replay check: {reads} reads, differing from the recorded run's: {}",
            differ.join(", ")
        )
    }
}

fn write_phases(path: &std::path::Path, phases: &Phases, start: std::time::Instant) {
    let mut text = phases.text();
    text.push_str(&format!("run: {:.1} s\n", start.elapsed().as_secs_f64()));
    if let Err(e) = visabench_core::files::write_atomic(path, text.as_bytes()) {
        log::warn!("{}: {e}", path.display());
    }
}

/// The timing pass of one workload over its verified variants, in one worker.
fn time_workload(
    verified: &[(Variant, Verified)],
    ok: &[Variant],
    req: &dyn Fn(Job) -> Request,
    opts: &Options,
    sm: &Sampling,
) -> BTreeMap<String, Timed> {
    let mut timed: BTreeMap<String, Timed> = BTreeMap::new();
    // The interpreter verifies only: its run times say nothing about a GPU.
    if ok.is_empty() || sm.reps == 0 || crate::interp::is_interpreter(opts.device.as_deref()) {
        return timed;
    }
    let runs: f64 = verified
        .iter()
        .filter(|(_, v)| v.status == Status::Ok)
        .map(|(_, v)| v.run_seconds)
        .sum();
    // The fixed rounds at up to 3× the verification run's time, the extra rounds' budget and
    // one round's overshoot.
    let budget = opts.timeout.as_secs_f64()
        + 3.0 * runs * (sm.reps + sm.warmup + 1) as f64
        + sm.extra_budget();
    let job = Job::Time {
        variants: ok.to_vec(),
        sampling: *sm,
    };
    let fail_all = |status: Status, message: String| -> BTreeMap<String, Timed> {
        ok.iter()
            .map(|v| {
                let t = Timed {
                    reps: vec![],
                    error: Some((status, message.clone())),
                    replay: None,
                };
                (v.key(), t)
            })
            .collect()
    };
    match worker::spawn(&opts.worker_exe, &req(job), Duration::from_secs_f64(budget)) {
        Ok(Response::Timed { paths }) => timed = paths,
        Ok(Response::Failed { message }) => timed = fail_all(Status::LaunchFailed, message),
        Ok(_) => {}
        Err(l) => timed = fail_all(l.status, format!("timing pass: {}", l.message)),
    }
    timed
}

fn lost(status: Status, message: String) -> Verified {
    Verified::failed(status, message, None)
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
        slowdown_vs_default: None,
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
        jit_opt_level: None,
        status: v.status,
        message: v.message,
        build_log: v.build_log,
        verdict: v.verdict,
        compile_seconds,
        kernels: vec![],
        total: None,
        replay_check: None,
    };
    let Some(t) = t else { return r };
    r.replay_check = t.replay;
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

/// Fills in, for every timed kernel of every ok row, `median / median(native at the same
/// level)` ([`KernelTiming::slowdown`], not for native) and `median / median(native at the
/// driver default)` ([`KernelTiming::slowdown_vs_default`], for native at a level too).
pub fn add_slowdowns(w: &mut WorkloadResult) {
    let med = |k: Option<&KernelTiming>| k.and_then(|k| k.summary.as_ref()).map(|s| s.median);
    let natives: Vec<PathResult> = w
        .paths
        .iter()
        .filter(|p| p.path == BASELINE && p.status == Status::Ok)
        .cloned()
        .collect();
    let at = |level: JitLevel| natives.iter().find(|n| n.jit_opt_level == level);
    for p in w.paths.iter_mut().filter(|p| p.status == Status::Ok) {
        let is_native = p.path == BASELINE;
        let same = at(p.jit_opt_level).filter(|_| !is_native);
        let default = at(None).filter(|_| !(is_native && p.jit_opt_level.is_none()));
        let kernel_of = |n: Option<&PathResult>, k: &str| {
            med(n.and_then(|n| n.kernels.iter().find(|x| x.kernel == k)))
        };
        for k in &mut p.kernels {
            k.slowdown = ratio(med(Some(k)), kernel_of(same, &k.kernel));
            k.slowdown_vs_default = ratio(med(Some(k)), kernel_of(default, &k.kernel));
        }
        if let Some(t) = &mut p.total {
            t.slowdown = ratio(med(Some(t)), med(same.and_then(|n| n.total.as_ref())));
            t.slowdown_vs_default =
                ratio(med(Some(t)), med(default.and_then(|n| n.total.as_ref())));
        }
    }
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}
