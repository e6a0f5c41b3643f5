//! What the report computes from a results directory: the Figure 2 slowdowns with their 95%
//! intervals, their harmonic and geometric means, and the precision check.
//!
//! A slowdown is `median(path) / median(native)` of the whole launch sequence's time per
//! repetition. Its interval is a percentile bootstrap when the results keep the per-repetition
//! samples of both paths (each side resampled with replacement, [`RESAMPLES`] times, from a
//! fixed seed so reports are reproducible); otherwise it is bounded by the two medians'
//! distribution-free 95% intervals (`[lo(path)/hi(native), hi(path)/lo(native)]`, which covers
//! at least ~90% and is usually wider than needed). The means' intervals come from the same
//! bootstrap replicates (each replicate's mean over the benchmarks), or from the means of the
//! bounds.

use harness::results::{KernelTiming, Results, Status, WorkloadResult, ALL_KERNELS};
use harness::stats::quantile_sorted;

/// Bootstrap resamples per slowdown.
pub const RESAMPLES: usize = 2000;
/// The precision target when the run set none: every median's 95% interval within ±2% of it.
pub const PRECISION: f64 = 0.02;

/// The precision target of `results`: the run's own (`--precision`), else [`PRECISION`].
pub fn precision_target(results: &Results) -> f64 {
    results
        .env
        .precision
        .filter(|p| *p > 0.0)
        .unwrap_or(PRECISION)
}
/// The baseline path.
pub const BASELINE: &str = path_registry::BASELINE;

/// How an interval was derived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntervalMethod {
    /// Percentile bootstrap over the timing pass's rounds: both paths ran once in every round,
    /// so a resample draws rounds and keeps a round's two samples together.
    PairedBootstrap,
    /// Percentile bootstrap over the per-repetition samples, each side on its own (the two
    /// paths have different numbers of samples).
    Bootstrap,
    /// Bounds from the two medians' 95% intervals.
    MedianCi,
    /// No interval: too few repetitions on either side.
    Missing,
}

impl IntervalMethod {
    /// A phrase for the report.
    pub fn describe(self) -> &'static str {
        match self {
            IntervalMethod::PairedBootstrap => {
                "paired percentile bootstrap over the timing pass's rounds"
            }
            IntervalMethod::Bootstrap => "percentile bootstrap over the per-repetition samples",
            IntervalMethod::MedianCi => {
                "bounded by the two medians' distribution-free 95% intervals"
            }
            IntervalMethod::Missing => "none (fewer than 6 repetitions)",
        }
    }
}

/// A slowdown with its 95% interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ratio {
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub method: IntervalMethod,
}

impl Ratio {
    /// `value` bounded by the medians' distribution-free intervals, `(low, high)` when both are
    /// known; else without an interval.
    fn within(value: f64, bounds: Option<(f64, f64)>) -> Ratio {
        let (low, high, method) = match bounds {
            Some((lo, hi)) => (Some(lo), Some(hi), IntervalMethod::MedianCi),
            None => (None, None, IntervalMethod::Missing),
        };
        Ratio {
            value,
            low,
            high,
            method,
        }
    }
}

/// A mean over benchmarks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mean {
    pub ratio: Ratio,
    /// How many benchmarks it averages.
    pub count: usize,
}

/// Figure 2 of this run.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure2 {
    /// The benchmarks, in results order: the study's six when the results hold any of them,
    /// else every workload.
    pub workloads: Vec<String>,
    /// The compared paths (every path but the baseline), in results order.
    pub paths: Vec<String>,
    /// `ratios[w][p]`: slowdown of `paths[p]` on `workloads[w]`, when both it and the baseline
    /// verified and were timed.
    pub ratios: Vec<Vec<Option<Ratio>>>,
    /// Per path: the harmonic mean over the benchmarks that have a slowdown.
    pub hmean: Vec<Option<Mean>>,
    /// Per path: the geometric mean over the same.
    pub gmean: Vec<Option<Mean>>,
}

impl Figure2 {
    /// Every interval method used, without repeats.
    pub fn methods(&self) -> Vec<IntervalMethod> {
        let mut out = Vec::new();
        for r in self.ratios.iter().flatten().flatten() {
            if !out.contains(&r.method) {
                out.push(r.method);
            }
        }
        out
    }

    /// The largest value any bar or interval reaches, and the smallest.
    pub fn extent(&self) -> Option<(f64, f64)> {
        let rs = self.ratios.iter().flatten().flatten().copied().chain(
            self.hmean
                .iter()
                .chain(&self.gmean)
                .flatten()
                .map(|m| m.ratio),
        );
        let mut ext: Option<(f64, f64)> = None;
        for r in rs {
            for v in [Some(r.value), r.low, r.high].into_iter().flatten() {
                ext = Some(match ext {
                    None => (v, v),
                    Some((lo, hi)) => (lo.min(v), hi.max(v)),
                });
            }
        }
        ext
    }
}

/// A small deterministic generator (SplitMix64) for the bootstrap.
#[derive(Debug)]
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0); the modulo bias is below 2^-50 for any sample size here.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    quantile_sorted(xs, 0.5)
}

/// `RESAMPLES` bootstrap replicates of `median(a) / median(b)`. With as many samples on both
/// sides they are rounds of one interleaved timing pass (sample `i` of every variant ran in
/// round `i`), and a replicate draws rounds: what a round's samples share — the GPU's clock and
/// power state drifting over a run, which moves every variant of a round alike — then cancels
/// in the ratio instead of widening its interval. Otherwise each side is resampled on its own.
fn bootstrap_ratio(a: &[u64], b: &[u64], rng: &mut SplitMix) -> (Vec<f64>, IntervalMethod) {
    let paired = a.len() == b.len();
    let mut ra = vec![0.0; a.len()];
    let mut rb = vec![0.0; b.len()];
    let reps = (0..RESAMPLES)
        .map(|_| {
            if paired {
                for (x, y) in ra.iter_mut().zip(rb.iter_mut()) {
                    let i = rng.below(a.len());
                    *x = a[i] as f64;
                    *y = b[i] as f64;
                }
            } else {
                for x in ra.iter_mut() {
                    *x = a[rng.below(a.len())] as f64;
                }
                for x in rb.iter_mut() {
                    *x = b[rng.below(b.len())] as f64;
                }
            }
            median(&mut ra) / median(&mut rb)
        })
        .collect();
    let method = if paired {
        IntervalMethod::PairedBootstrap
    } else {
        IntervalMethod::Bootstrap
    };
    (reps, method)
}

/// The 2.5% and 97.5% percentiles of replicates (finite ones only).
fn percentile_interval(reps: &[f64]) -> Option<(f64, f64)> {
    let mut s: Vec<f64> = reps.iter().copied().filter(|x| x.is_finite()).collect();
    if s.len() < reps.len() / 2 || s.is_empty() {
        return None;
    }
    s.sort_by(f64::total_cmp);
    Some((quantile_sorted(&s, 0.025), quantile_sorted(&s, 0.975)))
}

/// Is this a timing with usable per-repetition samples (at least 6, none zero)?
fn has_samples(t: &KernelTiming) -> bool {
    t.samples_ns.len() >= 6 && t.samples_ns.iter().all(|&x| x > 0)
}

/// The slowdown of `path` against `base` with its interval, plus its bootstrap replicates.
pub fn ratio_of(
    path: &KernelTiming,
    base: &KernelTiming,
    seed: u64,
) -> Option<(Ratio, Option<Vec<f64>>)> {
    let (sp, sb) = (path.summary.as_ref()?, base.summary.as_ref()?);
    if sb.median <= 0.0 {
        return None;
    }
    let value = sp.median / sb.median;
    if has_samples(path) && has_samples(base) {
        let (reps, method) =
            bootstrap_ratio(&path.samples_ns, &base.samples_ns, &mut SplitMix(seed));
        if let Some((lo, hi)) = percentile_interval(&reps) {
            let r = Ratio {
                value,
                low: Some(lo),
                high: Some(hi),
                method,
            };
            return Some((r, Some(reps)));
        }
    }
    let bounds = match (sp.ci_low, sp.ci_high, sb.ci_low, sb.ci_high) {
        (Some(pl), Some(ph), Some(bl), Some(bh)) if bl > 0.0 && bh > 0.0 => {
            Some((pl / bh, ph / bl))
        }
        _ => None,
    };
    Some((Ratio::within(value, bounds), None))
}

/// A slowdown with its bootstrap replicates, when it has them.
pub type Replicated = (Ratio, Option<Vec<f64>>);

/// The baseline's and `path`'s results of a workload, when both are ok.
fn ok_pair<'a>(w: &'a WorkloadResult, path: &str) -> Option<(&'a KernelTiming, &'a KernelTiming)> {
    let find = |name: &str| {
        w.paths
            .iter()
            .find(|p| p.path == name && p.status == Status::Ok)
    };
    Some((find(path)?.total.as_ref()?, find(BASELINE)?.total.as_ref()?))
}

/// Harmonic mean of positive values.
pub fn harmonic_mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty() && xs.iter().all(|&x| x > 0.0))
        .then(|| xs.len() as f64 / xs.iter().map(|x| 1.0 / x).sum::<f64>())
}

/// Geometric mean of positive values.
pub fn geometric_mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty() && xs.iter().all(|&x| x > 0.0))
        .then(|| (xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

/// A mean of ratios, with an interval from the replicates when every ratio has them, else
/// from the means of the bounds when every ratio has bounds.
pub fn mean_of(ratios: &[Replicated], f: fn(&[f64]) -> Option<f64>) -> Option<Mean> {
    let values: Vec<f64> = ratios.iter().map(|(r, _)| r.value).collect();
    let value = f(&values)?;
    let count = ratios.len();
    let all_reps: Option<Vec<&Vec<f64>>> = ratios.iter().map(|(_, reps)| reps.as_ref()).collect();
    if let Some(reps) = all_reps {
        let replicated: Vec<f64> = (0..RESAMPLES)
            .map(|i| f(&reps.iter().map(|r| r[i]).collect::<Vec<_>>()).unwrap_or(f64::NAN))
            .collect();
        if let Some((lo, hi)) = percentile_interval(&replicated) {
            let ratio = Ratio {
                value,
                low: Some(lo),
                high: Some(hi),
                method: IntervalMethod::Bootstrap,
            };
            return Some(Mean { ratio, count });
        }
    }
    let lows: Option<Vec<f64>> = ratios.iter().map(|(r, _)| r.low).collect();
    let highs: Option<Vec<f64>> = ratios.iter().map(|(r, _)| r.high).collect();
    let bounds = lows.and_then(|l| f(&l)).zip(highs.and_then(|h| f(&h)));
    let ratio = Ratio::within(value, bounds);
    Some(Mean { ratio, count })
}

/// The benchmarks a figure shows, in results order: the study's six when the results hold
/// any of them, else every workload.
pub fn benchmarks(results: &Results) -> Vec<String> {
    let study: Vec<String> = results
        .workloads
        .iter()
        .filter(|w| kernels::find(&w.workload).is_some_and(|k| k.in_study()))
        .map(|w| w.workload.clone())
        .collect();
    if study.is_empty() {
        results
            .workloads
            .iter()
            .map(|w| w.workload.clone())
            .collect()
    } else {
        study
    }
}

/// The level Figure 2 is drawn at: the driver's default when the run has it, else the first
/// level it ran.
pub fn main_level(results: &Results) -> harness::variant::JitLevel {
    let levels = results.levels();
    if levels.contains(&None) {
        None
    } else {
        levels.first().copied().flatten()
    }
}

/// Figure 2 of `results`: its rows at [`main_level`], without the ablation paths (the
/// decomposition shows those).
pub fn figure2(results: &Results) -> Figure2 {
    let results = &results.at_level(main_level(results));
    let workloads = benchmarks(results);
    let shown = |p: &str| p != BASELINE && !results.ablations.contains_key(p);
    let mut paths: Vec<String> = results.paths.iter().filter(|p| shown(p)).cloned().collect();
    for w in &results.workloads {
        for p in &w.paths {
            if shown(&p.path) && !paths.contains(&p.path) {
                paths.push(p.path.clone());
            }
        }
    }
    let mut full: Vec<Vec<Option<Replicated>>> = Vec::new();
    for (wi, name) in workloads.iter().enumerate() {
        let Some(w) = results.workloads.iter().find(|w| &w.workload == name) else {
            full.push(vec![None; paths.len()]);
            continue;
        };
        full.push(
            paths
                .iter()
                .enumerate()
                .map(|(pi, p)| {
                    let (t, b) = ok_pair(w, p)?;
                    ratio_of(t, b, 0x7715_0000 + (wi * 64 + pi) as u64)
                })
                .collect(),
        );
    }
    let column =
        |pi: usize| -> Vec<Replicated> { full.iter().filter_map(|row| row[pi].clone()).collect() };
    let hmean = (0..paths.len())
        .map(|pi| mean_of(&column(pi), harmonic_mean))
        .collect();
    let gmean = (0..paths.len())
        .map(|pi| mean_of(&column(pi), geometric_mean))
        .collect();
    let ratios = full
        .into_iter()
        .map(|row| row.into_iter().map(|c| c.map(|(r, _)| r)).collect())
        .collect();
    Figure2 {
        workloads,
        paths,
        ratios,
        hmean,
        gmean,
    }
}

/// A timing whose median's 95% interval is wider than the run's target ([`precision_target`]),
/// or that has none.
#[derive(Clone, Debug, PartialEq)]
pub struct PrecisionMiss {
    pub workload: String,
    pub path: String,
    /// A kernel, or [`ALL_KERNELS`].
    pub kernel: String,
    pub reps: usize,
    /// The interval's larger half-width relative to the median; `None` when there is none.
    pub half_width: Option<f64>,
}

/// The precision check over every timed kernel (and whole sequence) of every ok path:
/// `(timings checked, misses)`.
pub fn precision(results: &Results) -> (usize, Vec<PrecisionMiss>) {
    let target = precision_target(results);
    let mut checked = 0;
    let mut misses = Vec::new();
    for w in &results.workloads {
        for p in w.paths.iter().filter(|p| p.status == Status::Ok) {
            for k in p.kernels.iter().chain(p.total.as_ref()) {
                let Some(s) = &k.summary else { continue };
                checked += 1;
                let half = harness::stats::relative_half_width(s);
                if half.is_none_or(|h| h > target) {
                    misses.push(PrecisionMiss {
                        workload: w.workload.clone(),
                        path: p.variant().key(),
                        kernel: k.kernel.clone(),
                        reps: s.n,
                        half_width: half,
                    });
                }
            }
        }
    }
    (checked, misses)
}

/// The same check on the slowdowns: every timed kernel (and whole sequence) of every ok row
/// but native's, against native at the row's level, with its paired interval ([`ratio_of`]);
/// `half_width` is the interval's larger half relative to the slowdown.
pub fn slowdown_precision(results: &Results) -> (usize, Vec<PrecisionMiss>) {
    let target = precision_target(results);
    let mut checked = 0;
    let mut misses = Vec::new();
    for w in &results.workloads {
        let ok = |p: &&harness::results::PathResult| p.status == Status::Ok;
        for p in w.paths.iter().filter(ok).filter(|p| p.path != BASELINE) {
            let Some(base) = w
                .paths
                .iter()
                .filter(ok)
                .find(|n| n.path == BASELINE && n.jit_opt_level == p.jit_opt_level)
            else {
                continue;
            };
            for k in p.kernels.iter().chain(p.total.as_ref()) {
                let b = if is_total(&k.kernel) {
                    base.total.as_ref()
                } else {
                    base.kernels.iter().find(|b| b.kernel == k.kernel)
                };
                let Some((r, _)) = b.and_then(|b| ratio_of(k, b, 1)) else {
                    continue;
                };
                checked += 1;
                let half = match (r.low, r.high) {
                    (Some(lo), Some(hi)) if r.value > 0.0 => {
                        Some((r.value - lo).max(hi - r.value) / r.value)
                    }
                    _ => None,
                };
                if half.is_none_or(|h| h > target) {
                    misses.push(PrecisionMiss {
                        workload: w.workload.clone(),
                        path: p.variant().key(),
                        kernel: k.kernel.clone(),
                        reps: k.summary.as_ref().map_or(0, |s| s.n),
                        half_width: half,
                    });
                }
            }
        }
    }
    (checked, misses)
}

/// Is `kernel` the whole-sequence row?
pub fn is_total(kernel: &str) -> bool {
    kernel == ALL_KERNELS
}

#[cfg(test)]
mod tests {
    use super::*;
    use harness::stats::summarize;

    fn timing(xs: &[u64]) -> KernelTiming {
        KernelTiming {
            kernel: ALL_KERNELS.into(),
            launches: 1,
            summary: summarize(&xs.iter().map(|&x| x as f64).collect::<Vec<_>>()),
            slowdown: None,
            slowdown_vs_default: None,
            samples_ns: xs.to_vec(),
        }
    }

    #[test]
    fn means_of_known_values() {
        assert!((harmonic_mean(&[1.0, 2.0, 4.0]).unwrap() - 12.0 / 7.0).abs() < 1e-12);
        assert!((geometric_mean(&[1.0, 2.0, 4.0]).unwrap() - 2.0).abs() < 1e-12);
        assert_eq!(harmonic_mean(&[]), None);
        assert_eq!(geometric_mean(&[1.0, -1.0]), None);
    }

    #[test]
    fn bootstrap_interval_brackets_the_ratio_and_shrinks_with_less_noise() {
        let base: Vec<u64> = (0..30).map(|i| 1000 + (i * 7919 % 41)).collect();
        let noisy: Vec<u64> = (0..30).map(|i| 3000 + (i * 104_729 % 400)).collect();
        let quiet: Vec<u64> = (0..30).map(|i| 3000 + (i * 104_729 % 40)).collect();
        let (r, reps) = ratio_of(&timing(&noisy), &timing(&base), 1).unwrap();
        assert_eq!(r.method, IntervalMethod::PairedBootstrap);
        assert_eq!(reps.unwrap().len(), RESAMPLES);
        let (lo, hi) = (r.low.unwrap(), r.high.unwrap());
        assert!(lo <= r.value && r.value <= hi, "{lo} {} {hi}", r.value);
        assert!((r.value - 3.2 / 1.02).abs() < 0.15, "{}", r.value);
        let (q, _) = ratio_of(&timing(&quiet), &timing(&base), 1).unwrap();
        assert!(q.high.unwrap() - q.low.unwrap() < hi - lo);
        // Same seed, same interval.
        assert_eq!(ratio_of(&timing(&noisy), &timing(&base), 1).unwrap().0, r);
    }

    #[test]
    fn a_paired_bootstrap_cancels_what_the_rounds_share() {
        // Both variants drift alike over the run (blocks of rounds 5% apart), with a little
        // noise of their own; the true ratio is 1.10.
        let drift = |i: u64| if (i / 8) % 2 == 0 { 1000 } else { 1050 };
        let base: Vec<u64> = (0..40).map(|i| drift(i) + (i * 7919 % 5)).collect();
        let path: Vec<u64> = (0..40)
            .map(|i| drift(i) * 11 / 10 + (i * 104_729 % 5))
            .collect();
        let (paired, _) = ratio_of(&timing(&path), &timing(&base), 1).unwrap();
        assert_eq!(paired.method, IntervalMethod::PairedBootstrap);
        assert!((paired.value - 1.10).abs() < 0.01, "{}", paired.value);
        let width = paired.high.unwrap() - paired.low.unwrap();
        assert!(width < 0.01, "paired: {width}");
        // One sample fewer on one side: no pairing, and the drift widens the interval.
        let (alone, _) = ratio_of(&timing(&path[1..]), &timing(&base), 1).unwrap();
        assert_eq!(alone.method, IntervalMethod::Bootstrap);
        assert!(alone.high.unwrap() - alone.low.unwrap() > 3.0 * width);
    }

    #[test]
    fn without_samples_the_median_intervals_bound_the_ratio() {
        let mut a = timing(&(1..=30).map(|i| 200 + i).collect::<Vec<_>>());
        let mut b = timing(&(1..=30).map(|i| 100 + i).collect::<Vec<_>>());
        a.samples_ns.clear();
        b.samples_ns.clear();
        let (r, reps) = ratio_of(&a, &b, 1).unwrap();
        assert!(reps.is_none());
        assert_eq!(r.method, IntervalMethod::MedianCi);
        // Ranks 10 and 21 of 30 bound the median.
        assert!((r.low.unwrap() - 210.0 / 121.0).abs() < 1e-12);
        assert!((r.high.unwrap() - 221.0 / 110.0).abs() < 1e-12);
        let short = timing(&[1, 2, 3]);
        assert_eq!(
            ratio_of(&short, &short, 1).unwrap().0.method,
            IntervalMethod::Missing
        );
    }
}
