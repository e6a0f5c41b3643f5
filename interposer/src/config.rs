//! The interposer's settings, read once from the environment (see the crate docs for the list).

use std::path::PathBuf;
use visabench_core::Target;

/// What the interposer does with the programs an application builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Compile each program along the chosen path inside the application (the default).
    Route,
    /// Build natively and save each program's source and options into the replay directory.
    Record,
    /// Use artifacts compiled earlier (`visabench intercept --compile DIR`) from the replay
    /// directory; needs no compiler in the application's process.
    Replay,
}

impl Mode {
    /// `route`, `record`, `replay`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Route => "route",
            Mode::Record => "record",
            Mode::Replay => "replay",
        }
    }
}

/// Settings from `VISABENCH_*` variables.
#[derive(Clone, Debug)]
pub struct Config {
    /// `VISABENCH_PATH` (default `native`).
    pub path: String,
    /// `VISABENCH_PROFILE`: the TGSI profile of a `tgsi` path (`trillium2019-no-fma-as-mad`).
    pub profile: Option<String>,
    /// `VISABENCH_MODE` (default `route`).
    pub mode: Mode,
    /// `VISABENCH_REPLAY`: the directory record mode writes and replay mode reads.
    pub replay_dir: Option<PathBuf>,
    /// `VISABENCH_RECORD`: where the JSON record goes (default `./visabench-intercept-<pid>.json`).
    pub record: PathBuf,
    /// `VISABENCH_STRICT=1`: a path that cannot compile a program fails the build instead of
    /// falling back to the native build.
    pub strict: bool,
    /// `VISABENCH_OPTIONS`: build options appended to the application's own when routing.
    pub extra_options: String,
    /// `VISABENCH_SM` / `VISABENCH_PTX_ISA`: the PTX target; `None` asks the device (NVIDIA's
    /// compute capability), else `sm_90`.
    pub sm: Option<u32>,
    /// PTX ISA version, default [`Target::default`]'s.
    pub ptx_isa: (u32, u32),
    /// `VISABENCH_PROFILE_QUEUES=0` stops the interposer from enabling profiling on the
    /// application's command queues (then launches on queues without profiling are counted
    /// but not timed).
    pub profile_queues: bool,
    /// `VISABENCH_VERBOSE=1`: one stderr line per routed program.
    pub verbose: bool,
    /// `VISABENCH_PLATFORM=NAME`: the application sees only the platforms whose name or
    /// vendor contains `NAME` (case ignored); see [`crate::platform`].
    pub platform: Option<String>,
    /// `VISABENCH_SIGNALS=0` leaves fatal signals alone: no handler writes the record when the
    /// application crashes (the record written after each build still survives).
    pub signals: bool,
    /// `VISABENCH_READS=DIR`: every buffer the application reads back (`clEnqueueReadBuffer`)
    /// is saved to `DIR/read-NNNNN.bin` and its size and digest go into the record, so runs
    /// along different paths can be compared buffer by buffer ([`crate::reads`]).
    pub reads_dir: Option<PathBuf>,
}

/// A setting that could not be understood; the interposer reports it and uses the default.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{var}=`{value}`: {expected}; using the default")]
pub struct SettingError {
    /// The variable.
    pub var: &'static str,
    /// Its value.
    pub value: String,
    /// What was expected.
    pub expected: &'static str,
}

impl Config {
    /// The path's full name: `VISABENCH_PATH`, with `@PROFILE` when `VISABENCH_PROFILE` is set
    /// (as the registry names it, the record shows it and replay artifacts are named).
    pub fn path_name(&self) -> String {
        let base = self
            .path
            .split_once('@')
            .map_or(self.path.as_str(), |(b, _)| b);
        match &self.profile {
            Some(p) => format!("{base}@{p}"),
            None => self.path.clone(),
        }
    }

    /// Reads the settings through `get` (the process environment in the library); returns the
    /// settings and any variable that had to be ignored.
    pub fn from_lookup(
        get: impl Fn(&str) -> Option<String>,
        pid: u32,
    ) -> (Config, Vec<SettingError>) {
        let mut errors = Vec::new();
        let flag =
            |v: &str| get(v).is_some_and(|s| matches!(s.trim(), "1" | "true" | "yes" | "on"));
        let mode = match get("VISABENCH_MODE").as_deref().map(str::trim) {
            None | Some("") | Some("route") => Mode::Route,
            Some("record") => Mode::Record,
            Some("replay") => Mode::Replay,
            Some(other) => {
                errors.push(SettingError {
                    var: "VISABENCH_MODE",
                    value: other.into(),
                    expected: "expected route, record or replay",
                });
                Mode::Route
            }
        };
        let sm = match get("VISABENCH_SM") {
            None => None,
            Some(s) if s.trim().is_empty() => None,
            Some(s) => match Target::parse_sm(s.trim()) {
                Some(t) => Some(t.sm),
                None => {
                    errors.push(SettingError {
                        var: "VISABENCH_SM",
                        value: s,
                        expected: "expected sm_XX, e.g. sm_90",
                    });
                    None
                }
            },
        };
        let mut ptx_isa = Target::default().ptx_isa;
        if let Some(s) = get("VISABENCH_PTX_ISA").filter(|s| !s.trim().is_empty()) {
            match s
                .trim()
                .split_once('.')
                .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
            {
                Some(v) => ptx_isa = v,
                None => errors.push(SettingError {
                    var: "VISABENCH_PTX_ISA",
                    value: s,
                    expected: "expected MAJOR.MINOR, e.g. 8.5",
                }),
            }
        }
        let config = Config {
            path: get("VISABENCH_PATH")
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "native".into()),
            profile: get("VISABENCH_PROFILE")
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            mode,
            replay_dir: get("VISABENCH_REPLAY")
                .filter(|s| !s.is_empty())
                .map(PathBuf::from),
            record: get("VISABENCH_RECORD")
                .filter(|s| !s.is_empty())
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from(format!("visabench-intercept-{pid}.json"))),
            strict: flag("VISABENCH_STRICT"),
            extra_options: get("VISABENCH_OPTIONS").unwrap_or_default(),
            sm,
            ptx_isa,
            profile_queues: !get("VISABENCH_PROFILE_QUEUES")
                .is_some_and(|s| matches!(s.trim(), "0" | "false" | "no" | "off")),
            verbose: flag("VISABENCH_VERBOSE"),
            platform: get("VISABENCH_PLATFORM")
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            signals: !get("VISABENCH_SIGNALS")
                .is_some_and(|s| matches!(s.trim(), "0" | "false" | "no" | "off")),
            reads_dir: get("VISABENCH_READS")
                .filter(|s| !s.trim().is_empty())
                .map(PathBuf::from),
        };
        (config, errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn cfg(vars: &[(&str, &str)]) -> (Config, Vec<SettingError>) {
        let m: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| m.get(k).cloned(), 42)
    }

    #[test]
    fn defaults_route_native_with_a_pid_record() {
        let (c, e) = cfg(&[]);
        assert!(e.is_empty());
        assert_eq!(c.path, "native");
        assert_eq!(c.mode, Mode::Route);
        assert_eq!(c.record, PathBuf::from("visabench-intercept-42.json"));
        assert!(!c.strict && c.profile_queues && c.sm.is_none());
        assert!(c.platform.is_none() && c.signals && c.reads_dir.is_none());
    }

    #[test]
    fn reads_every_variable_and_reports_bad_ones() {
        let (c, e) = cfg(&[
            ("VISABENCH_PATH", "llvm"),
            ("VISABENCH_MODE", "replay"),
            ("VISABENCH_REPLAY", "/tmp/r"),
            ("VISABENCH_STRICT", "1"),
            ("VISABENCH_SM", "sm_80"),
            ("VISABENCH_PTX_ISA", "8.0"),
            ("VISABENCH_PROFILE_QUEUES", "0"),
            ("VISABENCH_PLATFORM", " NVIDIA "),
            ("VISABENCH_SIGNALS", "0"),
            ("VISABENCH_READS", "/tmp/reads"),
        ]);
        assert_eq!(c.reads_dir, Some(PathBuf::from("/tmp/reads")));
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(c.platform.as_deref(), Some("NVIDIA"));
        assert!(!c.signals);
        assert_eq!(
            (c.path.as_str(), c.mode, c.strict, c.sm, c.ptx_isa),
            ("llvm", Mode::Replay, true, Some(80), (8, 0))
        );
        assert_eq!(c.replay_dir, Some(PathBuf::from("/tmp/r")));
        assert!(!c.profile_queues);
        assert_eq!(c.path_name(), "llvm");
        let (c, _) = cfg(&[
            ("VISABENCH_PATH", "tgsi"),
            ("VISABENCH_PROFILE", "trillium2019"),
        ]);
        assert_eq!(c.path_name(), "tgsi@trillium2019");

        let (c, e) = cfg(&[("VISABENCH_MODE", "sideways"), ("VISABENCH_SM", "fermi")]);
        assert_eq!(c.mode, Mode::Route);
        assert_eq!(
            e.iter().map(|e| e.var).collect::<Vec<_>>(),
            vec!["VISABENCH_MODE", "VISABENCH_SM"]
        );
    }
}
