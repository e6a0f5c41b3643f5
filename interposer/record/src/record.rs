//! The record the interposer writes: one entry per program the application built and one per
//! kernel it launched. The interposer rewrites it while the application runs (after every
//! build, and as kernel times come in), from a fatal-signal handler, and a last time at exit.
//! The format is documented in `interposer/README.md`; readers (`visabench intercept`: its
//! summary and `--compare`) use [`Record::read`].

use serde::{Deserialize, Serialize};
use std::path::Path as FsPath;
use visabench_core::files::write_atomic;

/// The value of [`Record::format`].
pub const FORMAT: &str = "visabench-intercept/1";

/// Everything one run of an application under the interposer did.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Always [`FORMAT`].
    pub format: String,
    /// The application's process id.
    pub pid: u32,
    /// The application's command line.
    pub command: Vec<String>,
    /// `VISABENCH_PATH`: the path asked for.
    pub path: String,
    /// `route`, `record` or `replay`.
    pub mode: String,
    /// Whether a failing path failed the build (`VISABENCH_STRICT=1`) instead of falling back.
    pub strict: bool,
    /// Whether the interposer enabled profiling on command queues the application created
    /// without it.
    pub profiling_added: bool,
    /// The first device a program was built for (`CL_DEVICE_NAME`), if any.
    pub device: Option<String>,
    /// Seconds since the Unix epoch when the record was written.
    pub written_unix: u64,
    /// Whether this is the record written at exit, with every launch accounted for. `false`:
    /// a snapshot written while the application ran (it may still be running, or it died
    /// without exiting; see [`Record::signal`]).
    #[serde(default)]
    pub complete: bool,
    /// The fatal signal (`SIGSEGV` = 11, `SIGABRT` = 6, …) the application died of, when the
    /// interposer's signal handler wrote this record.
    #[serde(default)]
    pub signal: Option<i32>,
    /// Every program built from source, in creation order.
    pub programs: Vec<ProgramRecord>,
    /// Every kernel of those programs that was created, per program and name.
    pub kernels: Vec<KernelRecord>,
    /// With `VISABENCH_READS=DIR`: every buffer read back, in the order the reads completed
    /// (saved as `DIR/`[`ReadRecord::file`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reads: Vec<ReadRecord>,
}

/// One buffer the application read back (`clEnqueueReadBuffer`), saved for comparison.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReadRecord {
    /// 0, 1, … in the order the reads completed.
    pub index: usize,
    /// Bytes read.
    pub bytes: u64,
    /// [`visabench_core::digest::digest`] of the bytes, as hex.
    pub digest: String,
    /// The file in the reads directory holding the bytes (`read-00000.bin`); empty when it
    /// could not be written (then `error` says why).
    pub file: String,
    /// Whether the read was non-blocking (its bytes were taken at the next `clFinish`, or at
    /// exit).
    #[serde(default)]
    pub deferred: bool,
    /// Why the bytes could not be saved, if they could not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl ReadRecord {
    /// The file name of read `index` in a reads directory.
    pub fn file_name(index: usize) -> String {
        format!("read-{index:05}.bin")
    }
}

/// What happened to one program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgramRecord {
    /// Index in [`Record::programs`]; kernels refer to it.
    pub id: usize,
    /// FNV-1a hash of source and options, as the replay directory names it.
    pub key: String,
    /// The name messages give the program: `APP:KEY` (the application's executable name and
    /// the key; [`crate::replay::program_name`]); its source is `APP:KEY/source.cl` in them.
    /// Empty until the program is built.
    #[serde(default)]
    pub name: String,
    /// The build options the application passed.
    pub options: String,
    /// The path that produced what the driver ran: the asked-for path, or `native` after a
    /// fallback.
    pub path: String,
    /// See [`Outcome`].
    pub outcome: Outcome,
    /// Why the asked-for path was not used (compile error, driver rejection), if it was not.
    pub error: Option<String>,
    /// Wall seconds the path spent compiling (0 for `native`, which compiles in the driver).
    pub compile_seconds: f64,
    /// Seconds per stage as the path reported them.
    pub stages: Vec<StageTime>,
    /// Wall seconds of the real `clBuildProgram` (PTX load or the native compile).
    pub driver_build_seconds: f64,
    /// How many times the application built it.
    pub builds: u32,
}

/// One stage's time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageTime {
    /// The stage (`llvm`, `tgsi`, `ptx`, …).
    pub name: String,
    /// Seconds.
    pub seconds: f64,
}

/// How a program was built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Not built yet (or the application never called `clBuildProgram`).
    Unbuilt,
    /// Built along the asked-for path.
    Routed,
    /// The asked-for path failed; built natively instead.
    Fallback,
    /// The asked-for path failed and `VISABENCH_STRICT=1` failed the build.
    Failed,
    /// Built natively and saved to the replay directory (record mode).
    Recorded,
    /// Built natively because the interposer could not route it (e.g. several programs
    /// linked together); see `error`.
    NotRouted,
    /// Even the native build failed (the application's own error).
    DriverError,
}

/// The launches of one kernel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KernelRecord {
    /// [`ProgramRecord::id`].
    pub program: usize,
    /// The kernel's name.
    pub name: String,
    /// The path its program was built along (as in [`ProgramRecord::path`]).
    pub path: String,
    /// `clEnqueueNDRangeKernel` calls that succeeded.
    pub launches: u64,
    /// Launches with a GPU time (profiling events).
    pub timed: u64,
    /// Launches without one: queue without profiling, event failed, or unfinished at exit.
    pub untimed: u64,
    /// Sum of the GPU times, nanoseconds.
    pub total_ns: u64,
    /// Shortest GPU time, nanoseconds (0 when none was timed).
    pub min_ns: u64,
    /// Longest GPU time, nanoseconds.
    pub max_ns: u64,
    /// The first [`MAX_TIMES`] GPU times in completion order, nanoseconds.
    pub times_ns: Vec<u64>,
    /// The distinct launch shapes (global and local sizes), the first [`MAX_SHAPES`] of them,
    /// with how many launches had each. An app that sizes its work-groups from
    /// `CL_KERNEL_WORK_GROUP_SIZE` can launch differently along different paths.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shapes: Vec<LaunchShape>,
}

/// One launch shape of a kernel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LaunchShape {
    /// The global size, one number per dimension.
    pub global: Vec<u64>,
    /// The local size; `None` when the application left it to the runtime.
    pub local: Option<Vec<u64>>,
    /// Launches with this shape.
    pub launches: u64,
}

/// How many distinct launch shapes a kernel record keeps.
pub const MAX_SHAPES: usize = 16;

/// How many individual times a kernel record keeps.
pub const MAX_TIMES: usize = 100_000;

impl KernelRecord {
    /// Adds one timed launch.
    pub fn add_time(&mut self, ns: u64) {
        self.min_ns = if self.timed == 0 {
            ns
        } else {
            self.min_ns.min(ns)
        };
        self.max_ns = self.max_ns.max(ns);
        self.timed += 1;
        self.total_ns = self.total_ns.saturating_add(ns);
        if self.times_ns.len() < MAX_TIMES {
            self.times_ns.push(ns);
        }
    }

    /// Counts one launch of shape (`global`, `local`).
    pub fn add_shape(&mut self, global: &[u64], local: Option<&[u64]>) {
        let local = local.map(<[u64]>::to_vec);
        if let Some(s) = self
            .shapes
            .iter_mut()
            .find(|s| s.global == global && s.local == local)
        {
            s.launches += 1;
        } else if self.shapes.len() < MAX_SHAPES {
            self.shapes.push(LaunchShape {
                global: global.to_vec(),
                local,
                launches: 1,
            });
        }
    }

    /// Mean GPU time in nanoseconds, if any launch was timed.
    pub fn mean_ns(&self) -> Option<f64> {
        (self.timed > 0).then(|| self.total_ns as f64 / self.timed as f64)
    }
}

/// Errors reading or writing a record.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not a record.
    #[error("{path}: not a visabench interposer record: {message}")]
    Format {
        /// The file.
        path: String,
        /// What was wrong.
        message: String,
    },
}

impl Record {
    /// Reads a record written by the interposer.
    pub fn read(path: &FsPath) -> Result<Record, RecordError> {
        let text = std::fs::read_to_string(path).map_err(|source| RecordError::Io {
            path: path.display().to_string(),
            source,
        })?;
        let r: Record = serde_json::from_str(&text).map_err(|e| RecordError::Format {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        if r.format != FORMAT {
            return Err(RecordError::Format {
                path: path.display().to_string(),
                message: format!("format `{}`, expected `{FORMAT}`", r.format),
            });
        }
        Ok(r)
    }

    /// The record as the pretty JSON [`Record::write`] writes.
    pub fn to_json(&self) -> String {
        // A record holds only strings, numbers and lists: serializing it cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Writes the record as pretty JSON: to a scratch file next to `path`, then renamed over it.
    pub fn write(&self, path: &FsPath) -> Result<(), RecordError> {
        write_json(path, self.to_json().as_bytes())
    }
}

/// Writes a serialized record (from [`Record::to_json`]) atomically: to a scratch file next to
/// `path`, then renamed over it (`visabench_core::files::write_atomic`).
pub fn write_json(path: &FsPath, json: &[u8]) -> Result<(), RecordError> {
    write_atomic(path, json).map_err(|source| RecordError::Io {
        path: path.display().to_string(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_times_summarise_and_round_trip() {
        let mut k = KernelRecord {
            name: "vadd".into(),
            path: "llvm".into(),
            ..Default::default()
        };
        for ns in [300, 100, 200] {
            k.add_time(ns);
        }
        assert_eq!(
            (k.timed, k.total_ns, k.min_ns, k.max_ns),
            (3, 600, 100, 300)
        );
        assert_eq!(k.mean_ns(), Some(200.0));
        let r = Record {
            format: FORMAT.into(),
            kernels: vec![k],
            ..Default::default()
        };
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.json");
        r.write(&p).unwrap();
        assert_eq!(Record::read(&p).unwrap(), r);
        std::fs::write(&p, "{\"format\": \"other\"}").unwrap();
        assert!(matches!(Record::read(&p), Err(RecordError::Format { .. })));
    }

    #[test]
    fn snapshot_fields_round_trip_and_default_in_older_records() {
        let r = Record {
            format: FORMAT.into(),
            complete: false,
            signal: Some(11),
            programs: vec![ProgramRecord {
                id: 0,
                key: "0123456789abcdef".into(),
                name: "bfs:0123456789abcdef".into(),
                options: String::new(),
                path: "native".into(),
                outcome: Outcome::Failed,
                error: Some("no".into()),
                compile_seconds: 0.0,
                stages: Vec::new(),
                driver_build_seconds: 0.0,
                builds: 1,
            }],
            ..Default::default()
        };
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.json");
        write_json(&p, r.to_json().as_bytes()).unwrap();
        assert_eq!(Record::read(&p).unwrap(), r);
        // A record from before these fields existed still reads.
        let mut v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
        let o = v.as_object_mut().unwrap();
        o.remove("complete");
        o.remove("signal");
        o["programs"][0].as_object_mut().unwrap().remove("name");
        std::fs::write(&p, v.to_string()).unwrap();
        let old = Record::read(&p).unwrap();
        assert_eq!((old.complete, old.signal), (false, None));
        assert_eq!(old.programs[0].name, "");
    }
}
