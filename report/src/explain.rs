//! The decomposition: from the paper's 12.9× to ours, each step a measured factor.
//!
//! A results directory with finishing levels (`--jit-opt-level`) and the ablation
//! (`--ablation`) holds every variant this needs, all timed interleaved in one run. The walk
//! ([`Decomposition::walk`]) is a chain of harmonic-mean slowdowns over the study's benchmarks,
//! each against native at the driver's default (NVIDIA's full compiler, the paper's baseline):
//!
//! 1. the paper: TGSI on a Quadro 6000, finished by nouveau (a sourced number, not ours);
//! 2. `tgsi-2019` finished by the weakest level run (`-cl-nv-opt-level=0`: the PTX assembler
//!    with its optimizer off, our stand-in for a weak driver compiler);
//! 3. `tgsi-2019` at the driver's default;
//! 4. `tgsi` (modern TGSI) at the driver's default.
//!
//! The factor between two steps is the ratio of their means. Between 3 and 4 lie the 2019
//! restrictions; [`Decomposition::restrictions`] measures each one alone, both ways: switched on
//! alone in modern TGSI (`tgsi@modern+X / tgsi`) and switched off alone in the 2019 profile
//! (`tgsi-2019 / tgsi@trillium2019-no-X`), at every level the ablation ran. Intervals are the
//! percentile bootstrap of [`super::analysis`], over the per-repetition samples of both sides.

use super::analysis::{benchmarks, harmonic_mean, mean_of, ratio_of, Mean, Ratio, Replicated};
use harness::results::{KernelTiming, Results, Status};
use harness::variant::JitLevel;
use path_registry::BASELINE;

/// The study's two TGSI paths, as the registry names them.
pub const TGSI: &str = "tgsi";
/// The 2019 profile's path.
pub const TGSI_2019: &str = "tgsi-2019";

/// One comparison: `path@level` against `base@base_level`, per benchmark and in the harmonic
/// mean.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub label: String,
    pub path: String,
    pub level: JitLevel,
    pub base: String,
    pub base_level: JitLevel,
    /// Per benchmark of [`Decomposition::workloads`].
    pub ratios: Vec<Option<Ratio>>,
    pub hmean: Option<Mean>,
}

/// One restriction of the 2019 back-end, measured alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Restriction {
    pub switch: String,
    /// At each level of [`Decomposition::ablation_levels`]: `tgsi@modern+SWITCH / tgsi`.
    pub added: Vec<Option<Comparison>>,
    /// At each level: `tgsi-2019 / tgsi@trillium2019-no-SWITCH` (what removing it recovers).
    pub removed: Vec<Option<Comparison>>,
}

/// A path's harmonic mean at one level, against native at that level and at the default.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelRow {
    pub path: String,
    /// Per level of [`Decomposition::levels`]: (vs native at the same level, vs native at the
    /// driver's default).
    pub cells: Vec<(Option<Mean>, Option<Mean>)>,
}

/// Everything the report's decomposition section shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Decomposition {
    pub workloads: Vec<String>,
    /// The weakest finishing level the run has (the highest-numbered strength is the driver
    /// default); `None` when it ran only at the default.
    pub weakest: Option<u8>,
    /// The walk's measured steps (2–4 of the module doc), in order; the paper's number is
    /// apart, in [`Decomposition::paper`].
    pub walk: Vec<Comparison>,
    /// The paper's harmonic-mean TGSI slowdown, when its data are at hand.
    pub paper: Option<f64>,
    pub levels: Vec<JitLevel>,
    pub level_rows: Vec<LevelRow>,
    pub ablation_levels: Vec<JitLevel>,
    pub restrictions: Vec<Restriction>,
}

impl Decomposition {
    /// Does the run hold anything to decompose (a weak level or an ablation)?
    pub fn is_empty(&self) -> bool {
        self.weakest.is_none() && self.restrictions.is_empty()
    }

    /// The factor between two steps of the walk (`walk[i].hmean / walk[j].hmean`).
    pub fn factor(&self, i: usize, j: usize) -> Option<f64> {
        let a = self.walk.get(i)?.hmean.as_ref()?.ratio.value;
        let b = self.walk.get(j)?.hmean.as_ref()?.ratio.value;
        (b > 0.0).then(|| a / b)
    }

    /// The paper's number over the walk's first measured step: what our measurements leave
    /// unexplained.
    pub fn unexplained(&self) -> Option<f64> {
        let first = self.walk.first()?.hmean.as_ref()?.ratio.value;
        Some(self.paper? / first)
    }
}

/// The ok whole-sequence timing of `path` at `level` in workload `w`.
fn total<'a>(
    r: &'a Results,
    workload: &str,
    path: &str,
    level: JitLevel,
) -> Option<&'a KernelTiming> {
    let w = r.workloads.iter().find(|w| w.workload == workload)?;
    let p = Results::path_at(w, path, level).filter(|p| p.status == Status::Ok)?;
    p.total.as_ref()
}

/// `path@level / base@base_level` over the benchmarks.
pub fn compare(
    r: &Results,
    workloads: &[String],
    label: String,
    (path, level): (&str, JitLevel),
    (base, base_level): (&str, JitLevel),
) -> Option<Comparison> {
    let seed = path.bytes().chain(base.bytes()).fold(0x5eed_u64, |h, b| {
        h.wrapping_mul(131).wrapping_add(b as u64)
    }) ^ (level.map_or(9, u64::from) << 8)
        ^ (base_level.map_or(9, u64::from) << 12);
    let full: Vec<Option<Replicated>> = workloads
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let t = total(r, w, path, level)?;
            let b = total(r, w, base, base_level)?;
            ratio_of(t, b, seed.wrapping_add(i as u64 * 7919))
        })
        .collect();
    if full.iter().all(Option::is_none) {
        return None;
    }
    let present: Vec<Replicated> = full.iter().flatten().cloned().collect();
    Some(Comparison {
        label,
        path: path.to_string(),
        level,
        base: base.to_string(),
        base_level,
        ratios: full.into_iter().map(|x| x.map(|(r, _)| r)).collect(),
        hmean: mean_of(&present, harmonic_mean),
    })
}

fn level_text(l: JitLevel) -> String {
    match l {
        None => "the driver's default".into(),
        Some(n) => format!("-cl-nv-opt-level={n}"),
    }
}

/// The decomposition of `r` (empty when the run has neither a weak level nor an ablation).
pub fn decompose(r: &Results, paper: Option<f64>) -> Decomposition {
    let workloads = benchmarks(r);
    let levels = r.levels();
    let weakest = levels.iter().flatten().copied().min();
    let mut walk = Vec::new();
    if let Some(w) = weakest {
        walk.extend(compare(
            r,
            &workloads,
            format!("tgsi-2019 finished at -cl-nv-opt-level={w}, native at the driver's default"),
            (TGSI_2019, Some(w)),
            (BASELINE, None),
        ));
    }
    walk.extend(compare(
        r,
        &workloads,
        "tgsi-2019 at the driver's default".into(),
        (TGSI_2019, None),
        (BASELINE, None),
    ));
    walk.extend(compare(
        r,
        &workloads,
        "tgsi (modern TGSI) at the driver's default".into(),
        (TGSI, None),
        (BASELINE, None),
    ));
    let main: Vec<String> = r
        .paths
        .iter()
        .filter(|p| !r.ablations.contains_key(*p))
        .cloned()
        .collect();
    let level_rows = main
        .iter()
        .map(|p| LevelRow {
            path: p.clone(),
            cells: levels
                .iter()
                .map(|&l| {
                    let same = compare(r, &workloads, String::new(), (p, l), (BASELINE, l))
                        .and_then(|c| c.hmean)
                        .filter(|_| p != BASELINE);
                    let def = compare(r, &workloads, String::new(), (p, l), (BASELINE, None))
                        .and_then(|c| c.hmean)
                        .filter(|_| !(p == BASELINE && l.is_none()));
                    (same, def)
                })
                .collect(),
        })
        .collect();
    let mut ablation_levels: Vec<JitLevel> = Vec::new();
    for w in &r.workloads {
        for p in w.paths.iter().filter(|p| r.ablations.contains_key(&p.path)) {
            if !ablation_levels.contains(&p.jit_opt_level) {
                ablation_levels.push(p.jit_opt_level);
            }
        }
    }
    ablation_levels.sort_by_key(|l| l.map_or(-1, i32::from));
    let mut switches: Vec<String> = Vec::new();
    for a in r.ablations.values() {
        if !switches.contains(&a.switch) {
            switches.push(a.switch.clone());
        }
    }
    let restrictions = switches
        .iter()
        .map(|sw| {
            let find = |of: &str, on: bool| {
                r.ablations
                    .iter()
                    .find(|(_, a)| a.of == of && a.switch == *sw && a.on == on)
                    .map(|(p, _)| p.clone())
            };
            let added = find(TGSI, true);
            let removed = find(TGSI_2019, false);
            let at_levels = |top: Option<&str>, bottom: Option<&str>, what: String| {
                ablation_levels
                    .iter()
                    .map(|&l| {
                        let label = format!("{what} at {}", level_text(l));
                        compare(r, &workloads, label, (top?, l), (bottom?, l))
                    })
                    .collect()
            };
            Restriction {
                switch: sw.clone(),
                added: at_levels(added.as_deref(), Some(TGSI), format!("tgsi + {sw}")),
                removed: at_levels(
                    Some(TGSI_2019),
                    removed.as_deref(),
                    format!("tgsi-2019 − {sw}"),
                ),
            }
        })
        .collect();
    Decomposition {
        workloads,
        weakest,
        walk,
        paper,
        levels,
        level_rows,
        ablation_levels,
        restrictions,
    }
}
