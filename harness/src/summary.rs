//! What a run prints when it ends: the summary table of a results directory, and the number
//! formats the report's tables share with it.

use crate::results::{KernelTiming, Results, WorkloadResult};
use crate::stats::Summary;
use path_registry::BASELINE;

/// Nanoseconds with a readable unit.
pub fn fmt_ns(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.3} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.3} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

/// The median's 95% interval, `LOW – HIGH` (empty without one).
pub fn fmt_ci(s: &Summary) -> String {
    match (s.ci_low, s.ci_high) {
        (Some(lo), Some(hi)) => format!("{} – {}", fmt_ns(lo), fmt_ns(hi)),
        _ => String::new(),
    }
}

/// The summary table: whole-sequence median per (workload, variant), its CI and the slowdown;
/// with `per_kernel`, a row per kernel under each variant of a multi-kernel workload.
pub fn table(r: &Results, per_kernel: bool) -> String {
    let mut rows = vec![[
        "workload".to_string(),
        "path".into(),
        "status".into(),
        "median".into(),
        "95% CI".into(),
        "slowdown".into(),
    ]];
    for w in &r.workloads {
        rows.extend(workload_rows(w, per_kernel));
    }
    align(&rows)
}

/// The rows of one workload.
fn workload_rows(w: &WorkloadResult, per_kernel: bool) -> Vec<[String; 6]> {
    let cells = |t: Option<&KernelTiming>, native: bool| {
        let s = t.and_then(|t| t.summary.as_ref());
        let slow = match (native, t.and_then(|t| t.slowdown)) {
            (_, Some(x)) => format!("{x:.3}×"),
            (true, _) if s.is_some() => "1×".into(),
            _ => String::new(),
        };
        (
            s.map(|s| fmt_ns(s.median)).unwrap_or_default(),
            s.map(fmt_ci).unwrap_or_default(),
            slow,
        )
    };
    let mut rows = Vec::new();
    for p in &w.paths {
        let native = p.path == BASELINE && p.jit_opt_level.is_none();
        let (median, ci, slow) = cells(p.total.as_ref(), native);
        rows.push([
            w.workload.clone(),
            p.variant().key(),
            p.status.to_string(),
            median,
            ci,
            slow,
        ]);
        if per_kernel && p.kernels.len() > 1 {
            for k in &p.kernels {
                let (median, ci, slow) = cells(Some(k), native);
                rows.push([
                    String::new(),
                    format!("  {}", k.kernel),
                    String::new(),
                    median,
                    ci,
                    slow,
                ]);
            }
        }
    }
    rows
}

/// The rows as text columns: the first three left-aligned, the numbers right-aligned, a rule
/// under the header.
fn align(rows: &[[String; 6]]) -> String {
    let widths: Vec<usize> = (0..6)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for (n, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                let pad = w - c.chars().count();
                if i >= 3 {
                    format!("{}{c}", " ".repeat(pad))
                } else {
                    format!("{c}{}", " ".repeat(pad))
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
        if n == 0 {
            out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1)));
            out.push('\n');
        }
    }
    out
}

/// `WORKLOAD: timed repetitions per variant: N, M` — the distinct counts the variants got
/// (`none` when nothing was timed).
pub fn repetitions(w: &WorkloadResult) -> String {
    let used: std::collections::BTreeSet<usize> = w
        .paths
        .iter()
        .filter_map(|p| Some(p.total.as_ref()?.summary.as_ref()?.n))
        .collect();
    let used: Vec<String> = used.into_iter().map(|n| n.to_string()).collect();
    format!(
        "{}: timed repetitions per variant: {}",
        w.workload,
        if used.is_empty() {
            "none".to_string()
        } else {
            used.join(", ")
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_times() {
        assert_eq!(fmt_ns(512.0), "512 ns");
        assert_eq!(fmt_ns(1_500.0), "1.50 µs");
        assert_eq!(fmt_ns(2_345_678.0), "2.346 ms");
        assert_eq!(fmt_ns(3e9), "3.000 s");
    }
}
