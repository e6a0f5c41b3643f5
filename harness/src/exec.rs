//! The two passes over one workload, run inside a worker process (see [`crate::worker`]):
//!
//! * the verification pass runs one path once and compares its outputs with the CPU
//!   reference;
//! * the timing pass builds every verified path in one context, warms them up, then runs the
//!   repetitions with the paths interleaved (A B C A B C …) and records every launch's GPU time.

use crate::bundle::{self, Manifest, WorkloadEntry};
use crate::opencl::{ClError, Launch, Loaded, Session};
use crate::replay::{self, TimingMode};
use crate::results::Status;
use crate::variant::{with_level, JitLevel, Variant};
use kernels::{DeviceError, Instance, Verdict, Workload};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path as FsPath;
use std::time::Instant;
use visabench_core::ArtifactKind;

/// The outcome of running one (workload, path) once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verified {
    pub status: Status,
    pub message: Option<String>,
    pub build_log: Option<String>,
    pub verdict: Option<Verdict>,
    /// Every launch of the run.
    pub launches: Vec<Launch>,
    /// Wall-clock seconds of the run itself (not the build, not the reference).
    pub run_seconds: f64,
}

impl Verified {
    pub(crate) fn failed(status: Status, message: String, build_log: Option<String>) -> Verified {
        Verified {
            status,
            message: Some(message),
            build_log,
            verdict: None,
            launches: vec![],
            run_seconds: 0.0,
        }
    }
}

/// One repetition of one path: per kernel (time in ns summed over its launches, launches).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Rep {
    pub kernels: BTreeMap<String, (u64, u64)>,
    /// Wall-clock ns of the whole run on the host (transfers, host steps, launches): what a
    /// repetition costs the timing pass beyond the kernels' own time.
    #[serde(default)]
    pub wall_ns: u64,
}

impl Rep {
    fn of(launches: &[Launch]) -> Rep {
        let mut r = Rep::default();
        for l in launches {
            let e = r.kernels.entry(l.kernel.clone()).or_insert((0, 0));
            e.0 += l.ns;
            e.1 += 1;
        }
        r
    }

    /// The whole sequence: all kernel times summed.
    pub fn total_ns(&self) -> u64 {
        self.kernels.values().map(|v| v.0).sum()
    }
}

/// The timing pass's record for one path.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timed {
    pub reps: Vec<Rep>,
    /// Why the path stopped before all repetitions, if it did.
    pub error: Option<(Status, String)>,
    /// In replay mode: what the checking replay found ([`crate::replay`]).
    #[serde(default)]
    pub replay: Option<replay::Checked>,
}

/// Errors that stop a pass before any path runs.
#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    #[error(transparent)]
    Bundle(#[from] bundle::BundleError),
    #[error(transparent)]
    Cl(#[from] ClError),
    #[error("workload `{0}` is not in this visabench (see `visabench list`)")]
    UnknownWorkload(String),
    #[error("workload `{0}` is not in the bundle")]
    NotInBundle(String),
    #[error("path `{path}` of workload `{workload}` is not in the bundle")]
    PathNotInBundle { workload: String, path: String },
}

/// Everything one workload needs from the bundle.
#[derive(Debug)]
pub struct Prepared<'m> {
    pub workload: &'static dyn Workload,
    pub entry: &'m WorkloadEntry,
}

/// Looks up `name` in the visible workloads and in the bundle.
pub fn prepare<'m>(manifest: &'m Manifest, name: &str) -> Result<Prepared<'m>, ExecError> {
    let workload =
        crate::workloads::find(name).ok_or_else(|| ExecError::UnknownWorkload(name.into()))?;
    let entry = manifest
        .workload(name)
        .ok_or_else(|| ExecError::NotInBundle(name.into()))?;
    Ok(Prepared { workload, entry })
}

/// Where a pass runs: the device session, the bundle, the workload, its inputs' seed and size.
#[derive(Debug)]
pub struct Ctx<'a> {
    pub session: &'a Session,
    pub dir: &'a FsPath,
    pub prepared: &'a Prepared<'a>,
    pub seed: u64,
    pub size: kernels::Size,
    /// Where the workload's CPU reference is cached between the verification workers.
    pub reference_cache: Option<&'a FsPath>,
}

/// Computes the workload's CPU reference into `cache` unless it is there already; the
/// seconds it took (0 when cached).
pub fn make_reference(
    p: &Prepared<'_>,
    size: kernels::Size,
    seed: u64,
    cache: &FsPath,
) -> Result<f64, String> {
    if crate::refcache::is_cached(cache) {
        return Ok(0.0);
    }
    let t = Instant::now();
    let inst = p.workload.prepare(size, seed);
    crate::refcache::get_or_make(Some(cache), || inst.reference());
    if !crate::refcache::is_cached(cache) {
        return Err(format!(
            "the reference could not be cached at {}",
            cache.display()
        ));
    }
    Ok(t.elapsed().as_secs_f64())
}

/// Builds `path`'s artifact from the bundle at finishing level `level` (its option is added
/// only on NVIDIA's OpenCL, the one compiler that takes it); `Err` is the failure to record.
fn build(cx: &Ctx<'_>, path: &str, level: JitLevel) -> Result<Loaded, Box<Verified>> {
    build_entry(cx.session, cx.dir, cx.prepared.entry, path, level)
}

fn build_entry(
    session: &Session,
    dir: &FsPath,
    entry: &WorkloadEntry,
    path: &str,
    level: JitLevel,
) -> Result<Loaded, Box<Verified>> {
    let Some(e) = entry.path(path) else {
        return Err(Box::new(Verified::failed(
            Status::BuildFailed,
            format!(
                "path `{path}` of workload `{}` is not in the bundle",
                entry.name
            ),
            None,
        )));
    };
    let Some(rel) = &e.artifact else {
        let msg = e
            .error
            .clone()
            .unwrap_or_else(|| "compilation failed".into());
        let status = if e.unsupported {
            Status::Unsupported
        } else {
            Status::BuildFailed
        };
        return Err(Box::new(Verified::failed(
            status,
            format!("compile: {msg}"),
            None,
        )));
    };
    let text = bundle::read_text(dir, rel)
        .map_err(|err| Box::new(Verified::failed(Status::BuildFailed, err.to_string(), None)))?;
    let options = if session.info().is_nvidia() {
        with_level(&e.build_options, level)
    } else {
        e.build_options.clone()
    };
    session
        .build(e.kind, &text, &options, entry.signatures.as_deref())
        .map_err(|err| {
            Box::new(match err {
                ClError::Build { code, log } => Verified::failed(
                    Status::BuildFailed,
                    format!(
                        "the OpenCL runtime did not build the {} artifact ({code})",
                        e.kind.as_str()
                    ),
                    Some(log),
                ),
                other => {
                    let mut msg = other.to_string();
                    if e.kind == ArtifactKind::Ptx && !session.info().is_nvidia() {
                        msg.push_str(&format!(
                            " (only NVIDIA's OpenCL loads PTX; this device is {})",
                            session.info().label()
                        ));
                    }
                    Verified::failed(Status::BuildFailed, msg, None)
                }
            })
        })
}

/// The status a device error maps to.
pub fn classify(e: &DeviceError) -> Status {
    match e {
        DeviceError::NoSuchKernel(_)
        | DeviceError::BadArgument { .. }
        | DeviceError::Launch { .. } => Status::LaunchFailed,
        // A read fails after a kernel faulted (NVIDIA: CL_OUT_OF_RESOURCES and friends).
        DeviceError::Transfer { .. } => Status::Fault,
        DeviceError::Other(_) => Status::LaunchFailed,
    }
}

/// Runs the instance once on `loaded`, returning its outputs and launches.
/// `outputs` checked against the workload's CPU reference (from `reference_cache`, else
/// computed): `ok`, or `wrong` with the first mismatches; launches, log and time left empty.
pub(crate) fn checked(
    inst: &dyn Instance,
    outputs: &[kernels::Output],
    workload: &dyn Workload,
    reference_cache: Option<&FsPath>,
) -> Verified {
    let reference = crate::refcache::get_or_make(reference_cache, || inst.reference());
    let verdict = kernels::verify(&reference, outputs, workload.tolerance());
    let (status, message) = if verdict.ok {
        (Status::Ok, None)
    } else {
        (Status::Wrong, Some(describe_mismatch(&verdict)))
    };
    Verified {
        status,
        message,
        build_log: None,
        verdict: Some(verdict),
        launches: vec![],
        run_seconds: 0.0,
    }
}

fn run_once(
    session: &Session,
    loaded: &mut Loaded,
    inst: &dyn Instance,
) -> Result<(Vec<kernels::Output>, Vec<Launch>), DeviceError> {
    let mut dev = session.device(loaded);
    let out = inst.run(&mut dev)?;
    let launches = dev.finish()?;
    Ok((out, launches))
}

/// The verification pass of one (workload, path).
pub fn verify_path(cx: &Ctx<'_>, path: &str, level: JitLevel) -> Verified {
    let (session, p) = (cx.session, cx.prepared);
    let mut loaded = match build(cx, path, level) {
        Ok(l) => l,
        Err(v) => return *v,
    };
    let build_log = Some(loaded.build_log().to_string()).filter(|s| !s.is_empty());
    let inst = p.workload.prepare(cx.size, cx.seed);
    let t = Instant::now();
    let r = run_once(session, &mut loaded, inst.as_ref());
    let run_seconds = t.elapsed().as_secs_f64();
    match r {
        Err(e) => Verified {
            run_seconds,
            ..Verified::failed(classify(&e), e.to_string(), build_log)
        },
        Ok((outputs, launches)) => Verified {
            build_log,
            launches,
            run_seconds,
            ..checked(inst.as_ref(), &outputs, p.workload, cx.reference_cache)
        },
    }
}

/// One line about a failed verdict: the counts and the first mismatches.
pub fn describe_mismatch(v: &Verdict) -> String {
    let mut s = format!("{} of {} elements differ", v.wrong, v.compared);
    for m in v.first.iter().take(3) {
        s.push_str(&format!(
            "; {}[{}]: expected {}, got {}",
            m.output, m.index, m.expected, m.got
        ));
    }
    for p in &v.problems {
        s.push_str("; ");
        s.push_str(p);
    }
    s
}

/// The timing pass: every variant built (in parallel), then `sampling.warmup` untimed rounds,
/// then timed rounds with the variants interleaved (see [`Sampling`] for how many). In
/// [`TimingMode::Replay`] each variant's host code runs once first, recorded, and every round
/// replays the recording ([`crate::replay`]). A variant that fails stops being timed; the
/// others go on.
pub fn time_paths(
    cx: &Ctx<'_>,
    variants: &[Variant],
    sampling: &Sampling,
) -> BTreeMap<String, Timed> {
    let inst = cx.prepared.workload.prepare(cx.size, cx.seed);
    let mut out: BTreeMap<String, Timed> = BTreeMap::new();
    let mut loaded: Vec<(String, Loaded)> = Vec::new();
    for (v, built) in variants.iter().zip(build_all(cx, variants)) {
        match built {
            Ok(l) => loaded.push((v.key(), l)),
            Err(e) => {
                let t = out.entry(v.key()).or_default();
                t.error = Some((e.status, e.message.unwrap_or_default()));
            }
        }
    }
    let session = cx.session;
    match sampling.mode {
        TimingMode::Rerun => rounds(&mut loaded, &mut out, sampling, &mut |_, l| {
            run_once(session, l, inst.as_ref()).map(|(_, launches)| launches)
        }),
        TimingMode::Replay => {
            let mut pristine = replay::Pristine::new(session);
            let mut pool = replay::Pool::default();
            let mut built: Vec<(String, Loaded)> = Vec::new();
            let mut recorded: Vec<replay::Trace> = Vec::new();
            for (key, mut l) in loaded {
                match replay::record(session, &mut l, inst.as_ref(), &mut pristine) {
                    Ok(t) => {
                        built.push((key, l));
                        recorded.push(t);
                    }
                    Err(e) => {
                        out.entry(key).or_default().error =
                            Some((classify(&e), format!("timing pass (recording run): {e}")));
                    }
                }
            }
            rounds(&mut built, &mut out, sampling, &mut |i, l| {
                replay::replay(session, l, &recorded[i], &pristine, &mut pool, false)
                    .map(|(launches, _)| launches)
            });
            // One more replay with the reads, compared with the recorded run's.
            for (i, (key, l)) in built.iter_mut().enumerate() {
                let t = out.entry(key.clone()).or_default();
                if t.error.is_some() {
                    continue;
                }
                match replay::replay(session, l, &recorded[i], &pristine, &mut pool, true) {
                    Ok((_, checked)) => t.replay = Some(checked),
                    Err(e) => t.error = Some((classify(&e), format!("timing pass (check): {e}"))),
                }
            }
        }
    }
    out
}

/// Builds every variant's program, several at once (the builds are independent, and a
/// finisher at a high level can take a second or more each).
fn build_all(cx: &Ctx<'_>, variants: &[Variant]) -> Vec<Result<Loaded, Box<Verified>>> {
    let (session, dir, entry) = (cx.session, cx.dir, cx.prepared.entry);
    visabench_core::parallel::map(variants, visabench_core::parallel::cores(8), |_, v| {
        build_entry(session, dir, entry, &v.path, v.level)
    })
}

/// Runs variant `i` once on its program and returns its launches.
type RunOne<'a> = dyn FnMut(usize, &mut Loaded) -> Result<Vec<Launch>, DeviceError> + 'a;

/// The rounds of a timing pass over the built variants: `run(i, program)` runs variant `i`
/// once and returns its launches.
fn rounds(
    loaded: &mut [(String, Loaded)],
    out: &mut BTreeMap<String, Timed>,
    sampling: &Sampling,
    run: &mut RunOne<'_>,
) {
    let mut alive: Vec<bool> = vec![true; loaded.len()];
    let fixed = sampling.warmup + sampling.reps;
    let mut extra_since: Option<Instant> = None;
    for round in 0.. {
        if round >= fixed
            && !sampling.more_rounds(round - sampling.warmup, &mut extra_since, || {
                loaded
                    .iter()
                    .zip(&alive)
                    .filter(|(_, &a)| a)
                    .all(|((p, _), _)| {
                        out.get(p)
                            .is_none_or(|t| precise_enough(&t.reps, sampling.precision))
                    })
            })
        {
            break;
        }
        if !alive.contains(&true) {
            break;
        }
        for (i, (path, l)) in loaded.iter_mut().enumerate() {
            if !alive[i] {
                continue;
            }
            let t = out.entry(path.clone()).or_default();
            let started = Instant::now();
            match run(i, l) {
                Ok(launches) => {
                    if round >= sampling.warmup {
                        let mut rep = Rep::of(&launches);
                        rep.wall_ns = started.elapsed().as_nanos() as u64;
                        t.reps.push(rep);
                    }
                }
                Err(e) => {
                    t.error = Some((classify(&e), format!("timing pass: {e}")));
                    alive[i] = false;
                }
            }
        }
    }
}

/// How many repetitions a timing pass runs: `warmup` untimed rounds, `reps` timed ones, then,
/// with a `precision` target, more rounds while some timing of some path misses it — until
/// `max_reps` repetitions or `extra_seconds` of extra rounds, whichever comes first. Every round
/// runs every path once (interleaved), so all paths get the same number of repetitions.
///
/// Stopping when the intervals are narrow enough (rather than at a fixed count) can make the
/// stated 95% intervals slightly optimistic; the fixed `reps` first keeps that small.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sampling {
    pub warmup: usize,
    pub reps: usize,
    pub max_reps: usize,
    /// Relative half-width target of every kernel's (and the whole sequence's) median's 95%
    /// interval, e.g. 0.02; `None`: exactly `reps` repetitions.
    pub precision: Option<f64>,
    pub extra_seconds: f64,
    /// Whether a repetition replays a recorded run or reruns the host code.
    #[serde(default)]
    pub mode: TimingMode,
}

impl Sampling {
    /// Exactly `reps` timed repetitions after `warmup`.
    pub fn fixed(warmup: usize, reps: usize) -> Sampling {
        Sampling {
            warmup,
            reps,
            max_reps: reps,
            precision: None,
            extra_seconds: 0.0,
            mode: TimingMode::default(),
        }
    }

    /// Wall-clock seconds the extra rounds may add at most (beyond one round's overshoot).
    pub fn extra_budget(&self) -> f64 {
        if self.precision.is_some() && self.max_reps > self.reps {
            self.extra_seconds.max(0.0)
        } else {
            0.0
        }
    }

    /// After `done` timed repetitions (at least `reps`): run another round? `precise` says
    /// whether every path already meets the target; the extra time is counted from the first
    /// call.
    fn more_rounds(
        &self,
        done: usize,
        extra_since: &mut Option<Instant>,
        precise: impl FnOnce() -> bool,
    ) -> bool {
        if self.extra_budget() <= 0.0 || done >= self.max_reps {
            return false;
        }
        let since = *extra_since.get_or_insert_with(Instant::now);
        since.elapsed().as_secs_f64() < self.extra_seconds && !precise()
    }
}

/// Does every kernel's and the whole sequence's median of `reps` have a 95% interval within
/// ±`target` (relative)? `None` as target: yes.
pub fn precise_enough(reps: &[Rep], target: Option<f64>) -> bool {
    let Some(target) = target else { return true };
    let Some(first) = reps.first() else {
        return true;
    };
    let within = |xs: Vec<f64>| {
        crate::stats::summarize(&xs)
            .and_then(|s| crate::stats::relative_half_width(&s))
            .is_some_and(|h| h <= target)
    };
    first.kernels.keys().all(|k| {
        within(
            reps.iter()
                .map(|r| r.kernels.get(k).map_or(0.0, |v| v.0 as f64))
                .collect(),
        )
    }) && within(reps.iter().map(|r| r.total_ns() as f64).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rep(kernels: &[(&str, u64)]) -> Rep {
        Rep {
            kernels: kernels
                .iter()
                .map(|&(k, ns)| (k.to_string(), (ns, 1)))
                .collect(),
            ..Rep::default()
        }
    }

    /// `n` repetitions of two kernels: `a` steady at 1000 ns, `b` spread by ±`spread`.
    fn reps(n: usize, spread: u64) -> Vec<Rep> {
        (0..n as u64)
            .map(|i| {
                rep(&[
                    ("a", 1000),
                    ("b", 1000 - spread + (i * 7919) % (2 * spread + 1)),
                ])
            })
            .collect()
    }

    #[test]
    fn precision_checks_every_kernel_and_the_total() {
        assert!(precise_enough(&reps(30, 5), Some(0.02)));
        // Kernel b's median is uncertain by far more than 2%, though a's is exact.
        assert!(!precise_enough(&reps(30, 300), Some(0.02)));
        // Too few samples for an interval: not precise; no target: always.
        assert!(!precise_enough(&reps(5, 1), Some(0.02)));
        assert!(precise_enough(&reps(5, 300), None));
        assert!(precise_enough(&[], Some(0.02)));
    }

    #[test]
    fn more_rounds_only_with_a_target_below_the_cap_and_within_time() {
        let fixed = Sampling::fixed(3, 30);
        let mut since = None;
        assert_eq!(fixed.extra_budget(), 0.0);
        assert!(!fixed.more_rounds(30, &mut since, || false));

        let adaptive = Sampling {
            max_reps: 100,
            precision: Some(0.02),
            extra_seconds: 60.0,
            ..fixed
        };
        assert_eq!(adaptive.extra_budget(), 60.0);
        assert!(adaptive.more_rounds(30, &mut since, || false));
        assert!(
            since.is_some(),
            "the extra time starts at the first extra round"
        );
        assert!(
            !adaptive.more_rounds(30, &mut since, || true),
            "precise: stop"
        );
        assert!(
            !adaptive.more_rounds(100, &mut since, || false),
            "at the cap: stop"
        );

        let no_time = Sampling {
            extra_seconds: 0.0,
            ..adaptive
        };
        assert!(!no_time.more_rounds(30, &mut None, || false));
        let mut long_ago = Some(Instant::now() - std::time::Duration::from_secs(61));
        assert!(
            !adaptive.more_rounds(40, &mut long_ago, || false),
            "budget spent: stop"
        );
    }
}
