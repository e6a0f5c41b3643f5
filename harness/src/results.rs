//! The results directory: `results.json` (everything, [`Results`]), `results.csv` (one row per
//! workload × kernel × path, plus a row per workload × path for the whole launch sequence with
//! kernel `(all)`) and `env.json` ([`Env`]). Every file is written atomically; [`read`] reads
//! `results.json` back.

use crate::bundle::Ablated;
use crate::env::Env;
use crate::stats::Summary;
use crate::variant::{level_name, JitLevel, Variant};
use kernels::Verdict;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use thiserror::Error;
use visabench_core::files::write_atomic;

/// Version of the results format.
pub const FORMAT: u32 = 1;

/// The kernel name of the whole-sequence rows.
pub const ALL_KERNELS: &str = "(all)";

/// Errors writing or reading a results directory.
#[derive(Debug, Error)]
pub enum ResultsError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not a valid results file: {source}")]
    Json {
        path: String,
        source: serde_json::Error,
    },
}

/// What happened to one (workload, path).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Ran, output matches the reference.
    Ok,
    /// Ran, output differs from the reference.
    Wrong,
    /// The path cannot express the workload: a documented limit of its IR or profile (the
    /// compiler's `Unsupported` error names the construct and its line). Not a failure.
    Unsupported,
    /// The path did not compile, or the runtime did not build its artifact.
    BuildFailed,
    /// The runtime refused a launch (bad argument, missing kernel, bad range).
    LaunchFailed,
    /// The device or the worker process crashed (out-of-bounds access, signal).
    Fault,
    /// The per-workload time limit ran out.
    Timeout,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Wrong => "wrong",
            Status::Unsupported => "unsupported",
            Status::BuildFailed => "build-failed",
            Status::LaunchFailed => "launch-failed",
            Status::Fault => "fault",
            Status::Timeout => "timeout",
        }
    }
}

impl Status {
    /// Is this an expected outcome (verified, or a documented limit of the path) rather than a
    /// failure to report with a non-zero exit code?
    pub fn is_expected(self) -> bool {
        match self {
            Status::Ok | Status::Unsupported => true,
            Status::Wrong
            | Status::BuildFailed
            | Status::LaunchFailed
            | Status::Fault
            | Status::Timeout => false,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Timing of one kernel (or the whole sequence) on one path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KernelTiming {
    /// Kernel name, or [`ALL_KERNELS`].
    pub kernel: String,
    /// Launches of this kernel per repetition.
    pub launches: u64,
    /// Per-repetition time in ns (sum over this kernel's launches in the repetition).
    pub summary: Option<Summary>,
    /// `median(path) / median(native)` with native at the same finishing level; `None` for
    /// `native`, or when either is missing.
    pub slowdown: Option<f64>,
    /// `median(path) / median(native at the driver's default level)`: a weak finisher for this
    /// path against NVIDIA's full compiler (the study's situation). For native at a level,
    /// what the level costs native itself. `None` when either is missing.
    #[serde(default)]
    pub slowdown_vs_default: Option<f64>,
    /// The raw per-repetition times, ns.
    pub samples_ns: Vec<u64>,
}

/// One (workload, path).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathResult {
    pub path: String,
    /// The finishing level this row ran at (`None`: the driver's default).
    #[serde(default)]
    pub jit_opt_level: JitLevel,
    pub status: Status,
    /// Why it is not `ok` (compile error, launch error, crash, mismatch summary).
    pub message: Option<String>,
    /// The runtime's build log, when there was one.
    pub build_log: Option<String>,
    /// The comparison with the CPU reference, when the path ran.
    pub verdict: Option<Verdict>,
    /// Compile time on the compile side (seconds), from the bundle.
    pub compile_seconds: Option<f64>,
    /// Per kernel, in the workload's kernel order.
    pub kernels: Vec<KernelTiming>,
    /// The whole launch sequence (kernel [`ALL_KERNELS`]).
    pub total: Option<KernelTiming>,
    /// Timed by replay ([`crate::replay`]): how many reads the checking replay made and how
    /// many differed from the recorded run's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replay_check: Option<crate::replay::Checked>,
}

impl PathResult {
    /// The variant this row ran: its path at its finishing level.
    pub fn variant(&self) -> Variant {
        Variant {
            path: self.path.clone(),
            level: self.jit_opt_level,
        }
    }
}

/// One workload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkloadResult {
    pub workload: String,
    /// `n = 1000`.
    pub size_label: String,
    pub kernels: Vec<String>,
    pub paths: Vec<PathResult>,
}

/// `results.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Results {
    pub format: u32,
    pub env: Env,
    /// The paths asked for, in order (`native` first when present).
    pub paths: Vec<String>,
    /// The finishing levels the run used (empty in results written before levels existed:
    /// the driver's default).
    #[serde(default)]
    pub jit_opt_levels: Vec<JitLevel>,
    /// The ablation paths among `paths`, and what each varies (from the bundle).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ablations: BTreeMap<String, Ablated>,
    pub timeout_seconds: f64,
    /// Is the run complete (false while it runs or when it was interrupted)?
    pub complete: bool,
    pub workloads: Vec<WorkloadResult>,
}

impl Results {
    /// Did every (workload, path) end as expected — verified, or a documented limit of the
    /// path? The commands' exit code follows this.
    pub fn all_expected(&self) -> bool {
        self.workloads
            .iter()
            .all(|w| w.paths.iter().all(|p| p.status.is_expected()))
    }

    /// The row of `path` at `level` in workload `w`.
    pub fn path_at<'a>(
        w: &'a WorkloadResult,
        path: &str,
        level: JitLevel,
    ) -> Option<&'a PathResult> {
        w.paths
            .iter()
            .find(|p| p.path == path && p.jit_opt_level == level)
    }

    /// The levels present, in run order (the driver default alone for older results).
    pub fn levels(&self) -> Vec<JitLevel> {
        let mut out = self.jit_opt_levels.clone();
        for w in &self.workloads {
            for p in &w.paths {
                if !out.contains(&p.jit_opt_level) {
                    out.push(p.jit_opt_level);
                }
            }
        }
        if out.is_empty() {
            out.push(None);
        }
        out
    }

    /// The same results restricted to the rows at `level`.
    pub fn at_level(&self, level: JitLevel) -> Results {
        let mut r = self.clone();
        for w in &mut r.workloads {
            w.paths.retain(|p| p.jit_opt_level == level);
        }
        r.jit_opt_levels = vec![level];
        r
    }

    /// Rows of `results.csv`, header first.
    pub fn csv(&self) -> String {
        let mut out = String::from(
            "workload,kernel,path,jit_opt_level,status,launches,n,median_ns,min_ns,max_ns,mean_ns,q1_ns,q3_ns,iqr_ns,ci95_low_ns,ci95_high_ns,slowdown,slowdown_vs_default,message\n",
        );
        for w in &self.workloads {
            for p in &w.paths {
                let mut rows: Vec<Option<&KernelTiming>> = Vec::new();
                if p.kernels.is_empty() && p.total.is_none() {
                    rows.push(None);
                } else {
                    rows.extend(p.kernels.iter().map(Some));
                    rows.push(p.total.as_ref());
                }
                for k in rows {
                    let num = |v: Option<f64>| v.map(|x| format!("{x}")).unwrap_or_default();
                    let s = k.and_then(|k| k.summary.as_ref());
                    let fields = [
                        csv_field(&w.workload),
                        csv_field(k.map_or(ALL_KERNELS, |k| k.kernel.as_str())),
                        csv_field(&p.path),
                        level_name(p.jit_opt_level),
                        p.status.as_str().to_string(),
                        k.map(|k| k.launches.to_string()).unwrap_or_default(),
                        s.map(|s| s.n.to_string()).unwrap_or_default(),
                        num(s.map(|s| s.median)),
                        num(s.map(|s| s.min)),
                        num(s.map(|s| s.max)),
                        num(s.map(|s| s.mean)),
                        num(s.map(|s| s.q1)),
                        num(s.map(|s| s.q3)),
                        num(s.map(|s| s.iqr)),
                        num(s.and_then(|s| s.ci_low)),
                        num(s.and_then(|s| s.ci_high)),
                        num(k.and_then(|k| k.slowdown)),
                        num(k.and_then(|k| k.slowdown_vs_default)),
                        csv_field(p.message.as_deref().unwrap_or("")),
                    ];
                    out.push_str(&fields.join(","));
                    out.push('\n');
                }
            }
        }
        out
    }

    /// Writes `results.json`, `results.csv` and `env.json` into `dir` (created if needed),
    /// each atomically.
    pub fn write(&self, dir: &Path) -> Result<(), ResultsError> {
        let io = |p: &Path| {
            let path = p.display().to_string();
            move |source| ResultsError::Io { path, source }
        };
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let p = dir.join("results.json");
        write_atomic(&p, &to_json(self, &p)?).map_err(io(&p))?;
        let p = dir.join("results.csv");
        write_atomic(&p, self.csv().as_bytes()).map_err(io(&p))?;
        let p = dir.join("env.json");
        write_atomic(&p, &to_json(&self.env, &p)?).map_err(io(&p))?;
        Ok(())
    }
}

/// Pretty JSON with a final newline.
fn to_json<T: Serialize>(v: &T, p: &Path) -> Result<Vec<u8>, ResultsError> {
    let mut out = serde_json::to_vec_pretty(v).map_err(|source| ResultsError::Json {
        path: p.display().to_string(),
        source,
    })?;
    out.push(b'\n');
    Ok(out)
}

/// Quotes a CSV field when it needs it (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Reads `DIR/results.json`.
pub fn read(dir: &Path) -> Result<Results, ResultsError> {
    let p = dir.join("results.json");
    let path = p.display().to_string();
    let text = std::fs::read(&p).map_err(|source| ResultsError::Io {
        path: path.clone(),
        source,
    })?;
    serde_json::from_slice(&text).map_err(|source| ResultsError::Json { path, source })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::summarize;

    fn sample() -> Results {
        let t = |kernel: &str, xs: &[u64], slowdown| KernelTiming {
            kernel: kernel.into(),
            launches: 2,
            summary: summarize(&xs.iter().map(|&x| x as f64).collect::<Vec<_>>()),
            slowdown,
            slowdown_vs_default: None,
            samples_ns: xs.to_vec(),
        };
        Results {
            format: FORMAT,
            env: Env {
                gpu: "NVIDIA H100".into(),
                seed: 7,
                reps: 3,
                ..Env::default()
            },
            paths: vec!["native".into(), "llvm".into()],
            jit_opt_levels: vec![None],
            ablations: BTreeMap::new(),
            timeout_seconds: 60.0,
            complete: true,
            workloads: vec![WorkloadResult {
                workload: "vadd".into(),
                size_label: "n = 1000".into(),
                kernels: vec!["vadd".into()],
                paths: vec![
                    PathResult {
                        path: "native".into(),
                        jit_opt_level: None,
                        status: Status::Ok,
                        message: None,
                        build_log: Some(String::new()),
                        verdict: None,
                        compile_seconds: Some(0.0),
                        kernels: vec![t("vadd", &[10, 12, 11], None)],
                        total: Some(t(ALL_KERNELS, &[10, 12, 11], None)),
                        replay_check: None,
                    },
                    PathResult {
                        path: "llvm".into(),
                        jit_opt_level: Some(0),
                        status: Status::BuildFailed,
                        message: Some("error: \"x\", line 2".into()),
                        build_log: None,
                        verdict: None,
                        compile_seconds: None,
                        kernels: vec![],
                        total: None,
                        replay_check: None,
                    },
                ],
            }],
        }
    }

    #[test]
    fn results_round_trip_through_the_reader() {
        let d = tempfile::tempdir().unwrap();
        let r = sample();
        r.write(d.path()).unwrap();
        assert_eq!(read(d.path()).unwrap(), r);
        let env: Env =
            serde_json::from_slice(&std::fs::read(d.path().join("env.json")).unwrap()).unwrap();
        assert_eq!(env, r.env);
    }

    #[test]
    fn csv_has_kernel_rows_all_rows_and_quoted_messages() {
        let csv = sample().csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 4, "{csv}");
        assert!(lines[1].starts_with("vadd,vadd,native,default,ok,2,3,11,10,12,11,"));
        assert!(lines[2].starts_with("vadd,(all),native,default,ok,"));
        assert!(lines[3].starts_with("vadd,(all),llvm,0,build-failed,,,"));
        assert!(lines[3].ends_with(",\"error: \"\"x\"\", line 2\""));
    }
}
