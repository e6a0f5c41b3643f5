//! Planning a run: which workloads and paths go into a bundle, which variants a reproduction
//! times, how the timing passes sample. The commands (`visabench run`, `bundle`, `sass`,
//! `reproduce`) only gather these choices from the command line; the decisions are made here,
//! once. Error messages name the command-line options the choices come from.

use crate::bundle::{self, BundleError, Manifest};
use crate::exec::Sampling;
use crate::variant::{JitLevel, Variant};
use kernels::{Size, Workload};
use path_registry::RegistryError;
use std::collections::BTreeMap;
use std::path::Path as FsPath;
use thiserror::Error;
use visabench_core::{Path, Target};

/// Why a plan cannot be made.
#[derive(Debug, Error)]
pub enum PlanError {
    #[error("unknown workload `{name}` (workloads: {names})")]
    UnknownWorkload { name: String, names: String },
    #[error(transparent)]
    Registry(#[from] RegistryError),
    #[error(transparent)]
    Bundle(#[from] BundleError),
    #[error("the bundle {dir} was made for size `{made}`, not `{asked}`")]
    Size {
        dir: String,
        made: Size,
        asked: Size,
    },
    #[error("the bundle holds none of the study's benchmarks ({0})")]
    NoStudy(String),
    #[error("--reps-for names `{name}`, which is not run (workloads: {run})")]
    RepsFor { name: String, run: String },
    #[error(
        "--ablation: the bundle has no ablation paths (make it with `visabench bundle --ablation`)"
    )]
    NoAblationPaths,
    #[error("--ablation-levels: none of them is among the run's levels")]
    NoAblationLevel,
    /// A sampling setting out of range (the message names the option).
    #[error("{0}")]
    Sampling(String),
}

/// The study's benchmarks (Trillium's Figure 2), in registry order.
pub fn study_workloads() -> Vec<String> {
    kernels::registry()
        .into_iter()
        .filter(|w| w.in_study())
        .map(|w| w.name().to_string())
        .collect()
}

/// The study's benchmarks that `m` holds, in the bundle's order; an error when it holds none.
pub fn study_in(m: &Manifest) -> Result<Vec<String>, PlanError> {
    let study = study_workloads();
    let held: Vec<String> = m
        .workloads
        .iter()
        .map(|w| w.name.clone())
        .filter(|w| study.contains(w))
        .collect();
    if held.is_empty() {
        return Err(PlanError::NoStudy(study.join(", ")));
    }
    Ok(held)
}

/// The study's benchmarks that `m` lacks.
pub fn study_missing(m: &Manifest) -> Vec<String> {
    study_workloads()
        .into_iter()
        .filter(|w| m.workload(w).is_none())
        .collect()
}

/// Loads the bundle at `dir`, checking that it was made for `size` when one is asked for.
pub fn load_bundle(dir: &FsPath, size: Option<Size>) -> Result<Manifest, PlanError> {
    let m = bundle::load(dir)?;
    match size {
        Some(asked) if asked != m.size => Err(PlanError::Size {
            dir: dir.display().to_string(),
            made: m.size,
            asked,
        }),
        _ => Ok(m),
    }
}

/// `paths` (empty: every registered path) and every ablation path the registry offers.
#[cfg(feature = "compile")]
pub fn with_ablation(paths: &[String]) -> Vec<String> {
    let mut out = if paths.is_empty() {
        path_registry::names()
    } else {
        paths.to_vec()
    };
    out.extend(path_registry::ablation().into_iter().map(|a| a.name));
    out
}

/// The visible workloads named (empty: every registered workload).
fn select_workloads(names: &[String]) -> Result<Vec<&'static dyn Workload>, PlanError> {
    if names.is_empty() {
        return Ok(kernels::registry());
    }
    let all = crate::workloads::all();
    names
        .iter()
        .map(|n| {
            all.iter()
                .copied()
                .find(|w| w.name() == n)
                .ok_or_else(|| PlanError::UnknownWorkload {
                    name: n.clone(),
                    names: kernels::registry()
                        .iter()
                        .map(|w| w.name())
                        .collect::<Vec<_>>()
                        .join(", "),
                })
        })
        .collect()
}

/// Compiles `workloads` × `paths` (empty: all) at `size` into a bundle at `dir`, recording
/// `levels` as the run's default finishing levels. Without the compile side only the paths
/// that need none are registered, and the bundle carries no kernel signatures.
pub fn make_bundle(
    dir: &FsPath,
    size: Size,
    workloads: &[String],
    paths: &[String],
    levels: &[JitLevel],
    progress: &mut dyn FnMut(&str, &str),
) -> Result<Manifest, PlanError> {
    let chosen: Vec<Box<dyn Path>> = if paths.is_empty() {
        path_registry::paths()
    } else {
        path_registry::resolve_all(paths)?
    };
    let spec = bundle::Spec {
        size,
        target: Target::default(),
        workloads: select_workloads(workloads)?,
        paths: chosen.iter().map(|p| p.as_ref()).collect(),
        levels: levels.to_vec(),
        llvm_version: llvm_version(),
        signatures: signature_reader(),
    };
    Ok(bundle::create(dir, &spec, progress)?)
}

/// The LLVM version of the compile side, if this build has one.
pub fn llvm_version() -> Option<String> {
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

/// The variants a reproduction times: every main path (`paths`, or every path of the bundle
/// that is not an ablation path) at every level, and with `ablation` every ablation path of
/// the bundle at those of the ablation levels that the run uses.
pub fn variants(
    m: &Manifest,
    paths: &[String],
    levels: &[JitLevel],
    ablation: Option<&[JitLevel]>,
) -> Result<Vec<Variant>, PlanError> {
    let ablations = m.ablations();
    let in_bundle = m.path_names();
    let main: Vec<String> = if paths.is_empty() {
        in_bundle
            .iter()
            .filter(|p| !ablations.contains_key(*p))
            .cloned()
            .collect()
    } else {
        paths.to_vec()
    };
    let mut variants = Variant::product(&main, levels);
    if let Some(ablation_levels) = ablation {
        if ablations.is_empty() {
            return Err(PlanError::NoAblationPaths);
        }
        let ab_levels: Vec<JitLevel> = ablation_levels
            .iter()
            .copied()
            .filter(|l| levels.contains(l))
            .collect();
        if ab_levels.is_empty() {
            return Err(PlanError::NoAblationLevel);
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

/// Per-workload repetitions (`--reps-for NAME=N`), each naming a workload that is run.
pub fn reps_for(
    pairs: &[(String, usize)],
    workloads: &[String],
) -> Result<BTreeMap<String, usize>, PlanError> {
    let reps_for: BTreeMap<String, usize> = pairs.iter().cloned().collect();
    match reps_for.keys().find(|name| !workloads.contains(name)) {
        Some(name) => Err(PlanError::RepsFor {
            name: name.clone(),
            run: workloads.join(", "),
        }),
        None => Ok(reps_for),
    }
}

/// The timing passes' sampling: `reps` after `warmup`, then with a `precision` target in
/// percent (0 or `None`: off) more rounds up to `max_reps` and `extra_seconds` per workload.
pub fn sampling(
    warmup: usize,
    reps: usize,
    precision: Option<f64>,
    max_reps: usize,
    extra_seconds: f64,
) -> Result<Sampling, PlanError> {
    let precision = match precision {
        Some(p) if !(p.is_finite() && p >= 0.0) => {
            return Err(PlanError::Sampling(format!(
                "--precision takes a percentage (2 for ±2%), not `{p}`"
            )))
        }
        Some(p) if p > 0.0 => Some(p / 100.0),
        _ => None,
    };
    if precision.is_some() && max_reps < reps {
        return Err(PlanError::Sampling(format!(
            "--max-reps ({max_reps}) is below --reps ({reps})"
        )));
    }
    if !(extra_seconds.is_finite() && extra_seconds >= 0.0) {
        return Err(PlanError::Sampling(format!(
            "--extra-seconds must be a number of seconds ≥ 0, not `{extra_seconds}`"
        )));
    }
    Ok(Sampling {
        warmup,
        reps,
        max_reps: max_reps.max(reps),
        precision,
        extra_seconds,
        mode: Default::default(),
    })
}

/// One line saying what a reproduction will do: benchmarks, variants, paths, levels, and how
/// many repetitions.
pub fn describe(
    workloads: usize,
    variants: &[Variant],
    levels: &[JitLevel],
    s: &Sampling,
) -> String {
    let mut paths: Vec<&str> = variants.iter().map(|v| v.path.as_str()).collect();
    paths.dedup();
    let levels: Vec<String> = levels
        .iter()
        .map(|l| crate::variant::level_name(*l))
        .collect();
    let more = match s.precision {
        Some(p) if s.max_reps > s.reps => format!(
            ", more (up to {} and {:.0} s per benchmark) until every median is within ±{}%",
            s.max_reps,
            s.extra_seconds,
            p * 100.0
        ),
        _ => String::new(),
    };
    format!(
        "{workloads} benchmarks × {} variants ({} paths at levels {}): verify each, then {} timed \
         repetitions (+{} warm-up) interleaved{more}",
        variants.len(),
        paths.len(),
        levels.join(","),
        s.reps,
        s.warmup,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sampling_takes_percent_and_checks_its_bounds() {
        let s = sampling(3, 30, Some(2.0), 1000, 30.0).unwrap();
        assert_eq!((s.precision, s.max_reps), (Some(0.02), 1000));
        let fixed = sampling(3, 30, Some(0.0), 10, 30.0).unwrap();
        assert_eq!((fixed.precision, fixed.max_reps), (None, 30));
        for (p, max, extra, says) in [
            (Some(-1.0), 1000, 30.0, "--precision"),
            (Some(1.0), 10, 30.0, "--max-reps (10) is below --reps (30)"),
            (None, 1000, -1.0, "--extra-seconds"),
        ] {
            let e = sampling(3, 30, p, max, extra).unwrap_err().to_string();
            assert!(e.contains(says), "{e}");
        }
    }

    #[test]
    fn reps_for_names_only_workloads_that_run() {
        let run = vec!["nw".to_string(), "lud".to_string()];
        let r = reps_for(&[("nw".into(), 5)], &run).unwrap();
        assert_eq!(r.get("nw"), Some(&5));
        let e = reps_for(&[("bfs".into(), 5)], &run)
            .unwrap_err()
            .to_string();
        assert!(e.contains("`bfs`") && e.contains("nw, lud"), "{e}");
    }

    #[test]
    fn unknown_workloads_are_named_with_the_known_ones() {
        let e = select_workloads(&["nope".into()])
            .err()
            .unwrap()
            .to_string();
        assert!(e.starts_with("unknown workload `nope` (workloads: "), "{e}");
        assert!(study_workloads().len() == 6, "{:?}", study_workloads());
    }
}
