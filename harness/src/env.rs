//! `env.json`: the machine, driver and software a results directory was measured with.

use crate::opencl::DeviceInfo;
use serde::{Deserialize, Serialize};
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

/// The visabench commit this binary was built from (`-dirty` with uncommitted changes).
pub const COMMIT: &str = env!("VISABENCH_COMMIT");

/// The environment of one run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Env {
    pub gpu: String,
    pub device_vendor: String,
    pub driver_version: String,
    pub device_version: String,
    pub opencl_platform: String,
    pub opencl_platform_version: String,
    /// From `nvidia-smi`, when present.
    pub cuda_version: Option<String>,
    pub visabench_commit: String,
    /// LLVM of the compile side that made the artifacts, when known.
    pub llvm_version: Option<String>,
    pub hostname: String,
    /// Start of the run, UTC, RFC 3339.
    pub date: String,
    pub size: String,
    /// Timed repetitions every path got at least.
    pub reps: usize,
    pub warmup: usize,
    /// With a precision target: the most repetitions a path could get.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_reps: Option<usize>,
    /// The precision target (relative half-width of the median's 95% interval), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<f64>,
    /// Wall-clock seconds the extra repetitions could take per workload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_seconds: Option<f64>,
    /// How the timing passes repeated a run (`replay` or `rerun`, see `harness::replay`);
    /// absent in results from before replay existed (they reran).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing_mode: Option<String>,
    pub seed: u64,
    /// The finishing levels (`default`, `0`…`3`: `-cl-nv-opt-level`) the run used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jit_opt_levels: Vec<String>,
    /// Why levels asked for were not applied (a device whose compiler has no such option).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jit_opt_note: Option<String>,
}

impl Env {
    /// The environment of a run of the bundle `m` on `device`, sampled by `sampling` with
    /// inputs from `seed`.
    pub fn for_run(
        device: &DeviceInfo,
        m: &crate::bundle::Manifest,
        sampling: &crate::exec::Sampling,
        seed: u64,
    ) -> Env {
        let mut env = Env::gather(Some(device), m.llvm_version.clone());
        env.size = m.size.to_string();
        env.set_sampling(sampling);
        env.seed = seed;
        env
    }

    /// The finishing levels a run uses on `device`: those `asked` that its compiler takes
    /// ([`crate::variant::applicable`]). Records them, and the note saying what was dropped.
    pub fn set_levels(
        &mut self,
        asked: &[crate::variant::JitLevel],
        device: &DeviceInfo,
    ) -> Vec<crate::variant::JitLevel> {
        let (levels, note) = crate::variant::applicable(asked, device.is_nvidia(), &device.label());
        self.jit_opt_levels = levels
            .iter()
            .map(|l| crate::variant::level_name(*l))
            .collect();
        self.jit_opt_note = note;
        levels
    }

    /// Records how the timing passes sampled.
    pub fn set_sampling(&mut self, s: &crate::exec::Sampling) {
        self.reps = s.reps;
        self.warmup = s.warmup;
        let adaptive = s.extra_budget() > 0.0;
        self.max_reps = adaptive.then_some(s.max_reps);
        self.precision = if adaptive { s.precision } else { None };
        self.extra_seconds = adaptive.then_some(s.extra_seconds);
        self.timing_mode = Some(s.mode.name().to_string());
    }
}

impl Env {
    /// Gathers what can be found about this machine and `device`.
    pub fn gather(device: Option<&DeviceInfo>, llvm_version: Option<String>) -> Env {
        let mut e = Env {
            visabench_commit: COMMIT.into(),
            llvm_version,
            hostname: hostname(),
            date: now_rfc3339(),
            cuda_version: cuda_version(),
            ..Env::default()
        };
        if let Some(d) = device {
            e.gpu = d.device_name.clone();
            e.device_vendor = d.device_vendor.clone();
            e.driver_version = d.driver_version.clone();
            e.device_version = d.device_version.clone();
            e.opencl_platform = d.platform_name.clone();
            e.opencl_platform_version = d.platform_version.clone();
        }
        e
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|s| s.trim().to_string())
        .or_else(|_| std::env::var("HOSTNAME"))
        .unwrap_or_else(|_| "unknown".into())
}

/// The CUDA version `nvidia-smi` reports (`CUDA Version: 13.0`), if it is installed.
pub fn cuda_version() -> Option<String> {
    let out = Command::new("nvidia-smi").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let at = text.find("CUDA Version:")?;
    let rest = text[at + "CUDA Version:".len()..].trim_start();
    let v: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    (!v.is_empty()).then_some(v)
}

/// Now, UTC, as `2025-01-31T12:34:56Z`.
pub fn now_rfc3339() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    rfc3339(secs)
}

/// Seconds since the Unix epoch as an RFC 3339 UTC timestamp.
pub fn rfc3339(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_timestamps() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        // 2000-02-29 (a leap day) 12:00:00 UTC.
        assert_eq!(rfc3339(951_825_600), "2000-02-29T12:00:00Z");
        assert_eq!(rfc3339(1_735_689_599), "2024-12-31T23:59:59Z");
    }
}
