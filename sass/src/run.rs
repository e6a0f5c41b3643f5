//! The SASS step of a measured run (`visabench reproduce`): what the GPU runs along each path,
//! assembled at every finishing level the run used, into the results directory's `sass.csv`.

use crate::{analyze_bundle_levels, ptxas_version, to_csv_levels, OptLevel, Selection};
use harness::bundle::Manifest;
use harness::opencl::{DeviceInfo, Session};
use harness::variant::JitLevel;
use std::path::Path as FsPath;

/// What a run's SASS step counts.
#[derive(Clone, Copy, Debug)]
pub struct RunCounts<'a> {
    /// The run's bundle.
    pub dir: &'a FsPath,
    pub manifest: &'a Manifest,
    /// The workloads that ran, and the paths asked for (empty: every path with PTX).
    pub workloads: &'a [String],
    pub paths: &'a [String],
    /// The run's finishing levels, each counted at the `ptxas` level it stands for.
    pub levels: &'a [JitLevel],
    /// The run's device, and how it was chosen (`--device`): on an NVIDIA GPU NVIDIA's own
    /// compiler is counted too.
    pub device: &'a DeviceInfo,
    pub device_choice: Option<&'a str>,
    /// The results directory; the counts go to its [`crate::CSV_FILE`].
    pub out: &'a FsPath,
}

impl RunCounts<'_> {
    /// Counts and writes `sass.csv`. Never fails the run: a missing tool or a failed step is
    /// said through `say` and skipped.
    pub fn write(&self, say: &mut dyn FnMut(&str)) {
        let version = match ptxas_version() {
            Ok(v) => v,
            Err(e) => return say(&format!("SASS counts skipped: {e}")),
        };
        let session = if self.device.is_nvidia_gpu() {
            match Session::open(self.device_choice) {
                Ok(s) => Some(s),
                Err(e) => {
                    say(&format!("SASS counts: no native ({e})"));
                    None
                }
            }
        } else {
            None
        };
        say(&format!(
            "SASS counts of every path{} (ptxas {version})",
            if session.is_some() {
                ", NVIDIA's own compiler included"
            } else {
                ""
            }
        ));
        let arch = format!("sm_{}", self.manifest.target.sm);
        let sel = Selection {
            workloads: self.workloads,
            paths: self.paths,
            arch: &arch,
            save_ptx: None,
        };
        let levels = OptLevel::distinct(self.levels.iter().map(|&l| OptLevel::from(l)));
        let rows = match analyze_bundle_levels(
            self.dir,
            self.manifest,
            &sel,
            &levels,
            session.as_ref(),
            &mut |_, _| {},
        ) {
            Ok(r) => r,
            Err(e) => return say(&format!("SASS counts skipped: {e}")),
        };
        for r in rows.iter().map(|r| &r.analysed) {
            if let (Err(e), false) = (&r.kernels, r.unsupported) {
                say(&format!(
                    "  SASS of {} along {}: {}",
                    r.workload,
                    r.path,
                    e.lines().next().unwrap_or("")
                ));
            }
        }
        let f = self.out.join(crate::CSV_FILE);
        let csv = to_csv_levels(&rows, &arch, &version);
        match visabench_core::files::write_atomic(&f, csv.as_bytes()) {
            Ok(()) => say(&format!("SASS counts: {}", f.display())),
            Err(e) => say(&format!("cannot write {}: {e}", f.display())),
        }
    }
}
