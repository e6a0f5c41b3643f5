//! Summary statistics of repeated timings.
//!
//! Quantiles interpolate linearly between order statistics (Hyndman & Fan type 7, what most
//! tools call the default). The 95% confidence interval of the median is distribution-free:
//! the order statistics `x(j)` and `x(n+1-j)` with the largest `j` such that
//! `P(B <= j-1) <= 0.025` for `B ~ Binomial(n, 1/2)`; it needs at least 6 samples.

use serde::{Deserialize, Serialize};

/// Statistics of one sample of times (nanoseconds).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub n: usize,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub mean: f64,
    /// First and third quartiles.
    pub q1: f64,
    pub q3: f64,
    /// `q3 - q1`.
    pub iqr: f64,
    /// 95% confidence interval of the median; `None` with fewer than 6 samples.
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
}

/// Summarises `xs`; `None` when it is empty or holds a NaN.
pub fn summarize(xs: &[f64]) -> Option<Summary> {
    if xs.is_empty() || xs.iter().any(|x| x.is_nan()) {
        return None;
    }
    let mut s = xs.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    let q1 = quantile_sorted(&s, 0.25);
    let q3 = quantile_sorted(&s, 0.75);
    let (ci_low, ci_high) = match median_ci_ranks(n, 0.95) {
        Some((lo, hi)) => (Some(s[lo - 1]), Some(s[hi - 1])),
        None => (None, None),
    };
    Some(Summary {
        n,
        median: quantile_sorted(&s, 0.5),
        min: s[0],
        max: s[n - 1],
        mean: s.iter().sum::<f64>() / n as f64,
        q1,
        q3,
        iqr: q3 - q1,
        ci_low,
        ci_high,
    })
}

/// The larger half of the median's 95% interval relative to the median (0.02 = ±2%); `None`
/// when there is no interval (fewer than 6 samples) or the median is not positive.
pub fn relative_half_width(s: &Summary) -> Option<f64> {
    match (s.ci_low, s.ci_high) {
        (Some(lo), Some(hi)) if s.median > 0.0 => {
            Some((s.median - lo).max(hi - s.median) / s.median)
        }
        _ => None,
    }
}

/// The `p` quantile (0 ≤ p ≤ 1) of sorted, non-empty `s`, interpolating linearly.
pub fn quantile_sorted(s: &[f64], p: f64) -> f64 {
    let h = (s.len() - 1) as f64 * p.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = h.ceil() as usize;
    s[lo] + (h - lo as f64) * (s[hi] - s[lo])
}

/// 1-based ranks `(j, n+1-j)` of the order statistics bounding a `level` confidence interval
/// of the median of `n` samples, or `None` when `n` is too small for that level.
pub fn median_ci_ranks(n: usize, level: f64) -> Option<(usize, usize)> {
    let alpha_half = (1.0 - level) / 2.0;
    // cdf[k] = P(B <= k), B ~ Binomial(n, 1/2), computed in log space for large n.
    let mut best = None;
    let mut cdf = 0.0;
    for k in 0..n {
        cdf += binom_half_pmf(n, k);
        // x(j) with j = k + 1 has coverage 1 - 2 P(B <= k).
        if cdf <= alpha_half {
            best = Some(k + 1);
        } else {
            break;
        }
    }
    best.map(|j| (j, n + 1 - j))
}

fn binom_half_pmf(n: usize, k: usize) -> f64 {
    (ln_choose(n, k) - n as f64 * std::f64::consts::LN_2).exp()
}

fn ln_choose(n: usize, k: usize) -> f64 {
    let k = k.min(n - k);
    (0..k)
        .map(|i| ((n - i) as f64).ln() - ((i + 1) as f64).ln())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn quartiles_and_median_of_known_data() {
        let s = summarize(&[7.0, 1.0, 3.0, 5.0, 9.0]).unwrap();
        assert_eq!((s.n, s.min, s.max), (5, 1.0, 9.0));
        assert!(close(s.median, 5.0));
        assert!(close(s.q1, 3.0) && close(s.q3, 7.0) && close(s.iqr, 4.0));
        assert!(close(s.mean, 5.0));
        // Even count: the median averages the middle pair; quartiles interpolate.
        let s = summarize(&[4.0, 1.0, 2.0, 3.0]).unwrap();
        assert!(close(s.median, 2.5));
        assert!(close(s.q1, 1.75) && close(s.q3, 3.25));
        // Fewer than 6 samples cannot bound the median at 95%.
        assert_eq!(s.ci_low, None);
        assert!(summarize(&[]).is_none());
        assert!(summarize(&[1.0, f64::NAN]).is_none());
    }

    #[test]
    fn median_ci_ranks_match_binomial_tables() {
        // Published values for the distribution-free 95% CI of the median.
        assert_eq!(median_ci_ranks(5, 0.95), None);
        assert_eq!(median_ci_ranks(6, 0.95), Some((1, 6)));
        assert_eq!(median_ci_ranks(10, 0.95), Some((2, 9)));
        assert_eq!(median_ci_ranks(20, 0.95), Some((6, 15)));
        assert_eq!(median_ci_ranks(30, 0.95), Some((10, 21)));
        assert_eq!(median_ci_ranks(100, 0.95), Some((40, 61)));
    }

    #[test]
    fn ci_picks_order_statistics() {
        let xs: Vec<f64> = (1..=30).rev().map(f64::from).collect();
        let s = summarize(&xs).unwrap();
        assert_eq!((s.ci_low, s.ci_high), (Some(10.0), Some(21.0)));
        assert!(close(s.median, 15.5));
    }
}
