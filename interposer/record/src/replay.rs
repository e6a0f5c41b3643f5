//! The replay directory: what record mode writes on any machine and replay mode reads on a GPU
//! node without LLVM.
//!
//! ```text
//! DIR/<key>/source.cl       the program's source, as the application passed it
//! DIR/<key>/options.txt     its clBuildProgram options, verbatim
//! DIR/<key>/application.txt the file name of the executable that built it first
//! DIR/<key>/include/…       embedded headers of clCompileProgram, under their include names
//! DIR/<key>/<path>.json     an Artifact: the path's Compiled output and its target
//! DIR/<key>/<path>.error    why the path could not compile it
//! ```
//!
//! `<key>` is [`program_key`] of source and options, so the same program built twice is saved
//! once and an application run later finds its artifacts again.
//!
//! Messages name a program `APP:KEY` ([`program_name`]) and its source `APP:KEY/source.cl`,
//! never by a file name of the machine that compiled it: [`compile_recorded`] rewrites those
//! with [`neutral_message`] before it saves an error, so a GPU node replaying the directory
//! prints nothing of the compiling machine's directories.

use serde::{Deserialize, Serialize};
use std::path::{Path as FsPath, PathBuf};
use std::time::Instant;
use visabench_core::files::write_atomic;
use visabench_core::{BuildOptions, CompileRequest, Compiled, Path, Target};

/// Errors of the replay directory.
#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// No artifact for this program and path: compile the directory first.
    #[error("replay directory {dir}: no `{path}` artifact for program {key} (run `visabench intercept --compile {dir}` on a machine with LLVM)")]
    Missing {
        /// The directory.
        dir: String,
        /// The program key.
        key: String,
        /// The path.
        path: String,
    },
    /// The path failed on this program when the directory was compiled.
    #[error("path `{path}` could not compile program {key} when the replay directory was compiled: {message}")]
    Failed {
        /// The program key.
        key: String,
        /// The path.
        path: String,
        /// The compile error.
        message: String,
    },
    /// An artifact file is not valid.
    #[error("{file}: invalid artifact: {message}")]
    Invalid {
        /// The file.
        file: String,
        /// What was wrong.
        message: String,
    },
}

fn io(path: &FsPath) -> impl FnOnce(std::io::Error) -> ReplayError + '_ {
    move |source| ReplayError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// FNV-1a (64 bit) of source, a NUL and options, as 16 hex digits.
pub fn program_key(source: &str, options: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in source
        .bytes()
        .chain(std::iter::once(0))
        .chain(options.bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A compiled program as the replay directory keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Artifact {
    /// The path's name.
    pub path: String,
    /// The `sm` it was compiled for.
    pub sm: u32,
    /// The PTX ISA version it was compiled for.
    pub ptx_isa: (u32, u32),
    /// The path's output.
    pub compiled: Compiled,
}

/// One program found in a replay directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedProgram {
    /// Its key (directory name).
    pub key: String,
    /// Its source.
    pub source: String,
    /// Its options, verbatim.
    pub options: String,
    /// The file name of the application that built it (`application.txt`), if recorded.
    pub app: Option<String>,
}

/// How messages name a program: `APP:KEY` (the application's executable name and the
/// program's key), or `KEY` when the application is not known.
pub fn program_name(app: Option<&str>, key: &str) -> String {
    match app.map(str::trim).filter(|a| !a.is_empty()) {
        Some(a) => format!("{a}:{key}"),
        None => key.to_string(),
    }
}

/// Characters that end a file name on its left in a compiler message.
fn starts_name(c: char) -> bool {
    c.is_whitespace() || "'\"`(<[=,;".contains(c)
}

/// Rewrites the file names of the machine that compiled program `key` out of `message`, so it
/// names the program as `name` ([`program_name`]) does:
///
/// * each `(from, to)` of `known` (exact text, e.g. the file name the compiler was given) is
///   replaced by `to`;
/// * every file name that leads into a directory named after the key (`/tmp/x/KEY/source.cl`,
///   `progs/KEY/include/h.h`: a replay directory) loses everything up to and including `KEY/`,
///   which becomes `name/` (`bfs:KEY/source.cl`).
///
/// Text already rewritten is left as it is.
pub fn neutral_message(message: &str, key: &str, name: &str, known: &[(&str, &str)]) -> String {
    let mut text = message.to_string();
    for (from, to) in known {
        if !from.is_empty() {
            text = text.replace(from, to);
        }
    }
    if key.is_empty() {
        return text;
    }
    let needle = format!("{key}/");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find(&needle) {
        let before = &rest[..i];
        let into_dir = before
            .chars()
            .next_back()
            .is_none_or(|c| c == '/' || starts_name(c));
        if into_dir {
            // The name starts after the last delimiter (all of them are one byte).
            let start = before.rfind(starts_name).map_or(0, |j| j + 1);
            out.push_str(&before[..start]);
            out.push_str(name);
            out.push('/');
        } else {
            out.push_str(before);
            out.push_str(&needle);
        }
        rest = &rest[i + needle.len()..];
    }
    out.push_str(rest);
    out
}

/// Saves a program's source and options (once per key), with the headers found in
/// `header_dir` (embedded headers of `clCompileProgram`) and the file name of the application
/// that built it, `app` (kept from the first application that saved it); returns the key.
pub fn save_program(
    dir: &FsPath,
    source: &str,
    options: &str,
    header_dir: Option<&FsPath>,
    app: Option<&str>,
) -> Result<String, ReplayError> {
    let key = program_key(source, options);
    let pdir = dir.join(&key);
    std::fs::create_dir_all(&pdir).map_err(io(&pdir))?;
    let src = pdir.join("source.cl");
    if !src.exists() {
        if let Some(h) = header_dir {
            copy_tree(h, &pdir.join("include"))?;
        }
        let opts = pdir.join("options.txt");
        write_atomic(&opts, options.as_bytes()).map_err(io(&opts))?;
        write_atomic(&src, source.as_bytes()).map_err(io(&src))?;
    }
    let app_file = pdir.join("application.txt");
    if let Some(app) = app.filter(|a| !a.trim().is_empty()) {
        if !app_file.exists() {
            write_atomic(&app_file, app.trim().as_bytes()).map_err(io(&app_file))?;
        }
    }
    Ok(key)
}

fn copy_tree(from: &FsPath, to: &FsPath) -> Result<(), ReplayError> {
    std::fs::create_dir_all(to).map_err(io(to))?;
    for entry in std::fs::read_dir(from).map_err(io(from))? {
        let entry = entry.map_err(io(from))?;
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_tree(&src, &dst)?;
        } else {
            std::fs::copy(&src, &dst).map_err(io(&src))?;
        }
    }
    Ok(())
}

/// Every program saved in `dir`, sorted by key.
pub fn recorded_programs(dir: &FsPath) -> Result<Vec<RecordedProgram>, ReplayError> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let entry = entry.map_err(io(dir))?;
        let src = entry.path().join("source.cl");
        if !src.is_file() {
            continue;
        }
        let opts = entry.path().join("options.txt");
        let app = std::fs::read_to_string(entry.path().join("application.txt"))
            .ok()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty());
        out.push(RecordedProgram {
            key: entry.file_name().to_string_lossy().into_owned(),
            source: std::fs::read_to_string(&src).map_err(io(&src))?,
            options: std::fs::read_to_string(&opts).map_err(io(&opts))?,
            app,
        });
    }
    out.sort_by(|a, b| a.key.cmp(&b.key));
    Ok(out)
}

fn artifact_file(dir: &FsPath, key: &str, path: &str) -> PathBuf {
    dir.join(key).join(format!("{path}.json"))
}

fn error_file(dir: &FsPath, key: &str, path: &str) -> PathBuf {
    dir.join(key).join(format!("{path}.error"))
}

/// Loads the artifact of program `key` along `path`.
pub fn load_artifact(dir: &FsPath, key: &str, path: &str) -> Result<Artifact, ReplayError> {
    let file = artifact_file(dir, key, path);
    match std::fs::read_to_string(&file) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| ReplayError::Invalid {
            file: file.display().to_string(),
            message: e.to_string(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let err = error_file(dir, key, path);
            match std::fs::read_to_string(&err) {
                Ok(message) => Err(ReplayError::Failed {
                    key: key.into(),
                    path: path.into(),
                    message,
                }),
                Err(_) => Err(ReplayError::Missing {
                    dir: dir.display().to_string(),
                    key: key.into(),
                    path: path.into(),
                }),
            }
        }
        Err(e) => Err(io(&file)(e)),
    }
}

/// What compiling one recorded program along one path gave.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileOutcome {
    /// The program key.
    pub key: String,
    /// The path.
    pub path: String,
    /// Wall seconds on success, the error message otherwise.
    pub result: Result<f64, String>,
}

/// Compiles every program saved in `dir` along every path in `paths` for `target`, writing an
/// artifact (or the error) per program and path. A path failing on a program is an outcome,
/// not an error; only I/O problems are errors. Errors name the program as [`program_name`]
/// does, not by this machine's file names ([`neutral_message`]).
pub fn compile_recorded(
    dir: &FsPath,
    paths: &[Box<dyn Path>],
    target: Target,
) -> Result<Vec<CompileOutcome>, ReplayError> {
    let mut out = Vec::new();
    for prog in recorded_programs(dir)? {
        let file = dir.join(&prog.key).join("source.cl");
        let file_name = file.display().to_string();
        for path in paths {
            let name = path.name().to_string();
            let start = Instant::now();
            let result = BuildOptions::parse(&prog.options)
                .map_err(|e| format!("build options `{}`: {e}", prog.options))
                .and_then(|mut options| {
                    let include = dir.join(&prog.key).join("include");
                    if include.is_dir() {
                        options.include_dirs.push(include.display().to_string());
                    }
                    let req = CompileRequest {
                        file_name: &file_name,
                        source: &prog.source,
                        options: &options,
                        target,
                    };
                    path.compile(&req).map_err(|e| e.to_string())
                })
                .map_err(|message| {
                    let name = program_name(prog.app.as_deref(), &prog.key);
                    neutral_message(&message, &prog.key, &name, &[])
                });
            let seconds = start.elapsed().as_secs_f64();
            let stale_error = error_file(dir, &prog.key, &name);
            let stale_artifact = artifact_file(dir, &prog.key, &name);
            match result {
                Ok(compiled) => {
                    let artifact = Artifact {
                        path: name.clone(),
                        sm: target.sm,
                        ptx_isa: target.ptx_isa,
                        compiled,
                    };
                    let text = serde_json::to_string(&artifact)
                        .map_err(|e| io(&stale_artifact)(std::io::Error::other(e)))?;
                    write_atomic(&stale_artifact, text.as_bytes()).map_err(io(&stale_artifact))?;
                    let _ = std::fs::remove_file(&stale_error);
                    out.push(CompileOutcome {
                        key: prog.key.clone(),
                        path: name,
                        result: Ok(seconds),
                    });
                }
                Err(message) => {
                    write_atomic(&stale_error, message.as_bytes()).map_err(io(&stale_error))?;
                    let _ = std::fs::remove_file(&stale_artifact);
                    out.push(CompileOutcome {
                        key: prog.key.clone(),
                        path: name,
                        result: Err(message),
                    });
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use visabench_core::Native;

    #[test]
    fn keys_depend_on_source_and_options() {
        let a = program_key("kernel void k(){}", "");
        assert_eq!(a.len(), 16);
        assert_eq!(a, program_key("kernel void k(){}", ""));
        assert_ne!(a, program_key("kernel void k(){}", "-DX"));
        assert_ne!(program_key("ab", ""), program_key("a", "b"));
    }

    #[test]
    fn save_compile_and_load_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let k1 = save_program(dir.path(), "kernel void a(){}", "-DN=4", None, None).unwrap();
        let headers = tempfile::tempdir().unwrap();
        std::fs::create_dir(headers.path().join("sub")).unwrap();
        std::fs::write(headers.path().join("sub/h.h"), "#define X 1\n").unwrap();
        let k2 = save_program(
            dir.path(),
            "kernel void b(){}",
            "-O9",
            Some(headers.path()),
            Some("bfs"),
        )
        .unwrap();
        assert!(dir.path().join(&k2).join("include/sub/h.h").is_file());
        assert_eq!(
            save_program(
                dir.path(),
                "kernel void a(){}",
                "-DN=4",
                None,
                Some("other")
            )
            .unwrap(),
            k1
        );
        let programs = recorded_programs(dir.path()).unwrap();
        let app = |k: &str| programs.iter().find(|p| p.key == k).unwrap().app.clone();
        assert_eq!(
            (app(&k1), app(&k2)),
            (Some("other".into()), Some("bfs".into()))
        );

        let outcomes =
            compile_recorded(dir.path(), &[Box::new(Native)], Target::default()).unwrap();
        assert_eq!(outcomes.len(), 2);
        let a = load_artifact(dir.path(), &k1, "native").unwrap();
        assert_eq!(a.compiled.artifact, "kernel void a(){}");
        assert_eq!(a.compiled.build_options, "-DN=4");
        // `-O9` is no OpenCL build option: the error is kept and reported on load.
        match load_artifact(dir.path(), &k2, "native") {
            Err(ReplayError::Failed { message, .. }) => {
                assert!(message.contains("-O9"), "{message}")
            }
            other => panic!("expected a recorded failure, got {other:?}"),
        }
        assert!(matches!(
            load_artifact(dir.path(), &k1, "llvm"),
            Err(ReplayError::Missing { .. })
        ));
    }

    #[test]
    fn messages_name_programs_by_application_and_key() {
        let key = "7ff22aaa4f8f4eef";
        assert_eq!(program_name(Some("bfs"), key), "bfs:7ff22aaa4f8f4eef");
        assert_eq!(program_name(Some(" "), key), key);
        assert_eq!(program_name(None, key), key);
        let name = "bfs:7ff22aaa4f8f4eef";
        let message = format!(
            "/tmp/.tmpAbC/progs/{key}/source.cl: compilation failed\n\
             /tmp/.tmpAbC/progs/{key}/source.cl:3:7: error: use of undeclared identifier 'b'\n\
             In file included from ./{key}/source.cl:1: note: ({key}/include/h.h:2:1)\n\
             /home/u/app/kernel.h:1:1: error: other file; program {key} is named, key{key}/x kept"
        );
        let neutral = neutral_message(&message, key, name, &[]);
        assert_eq!(
            neutral,
            format!(
                "bfs:{key}/source.cl: compilation failed\n\
                 bfs:{key}/source.cl:3:7: error: use of undeclared identifier 'b'\n\
                 In file included from bfs:{key}/source.cl:1: note: (bfs:{key}/include/h.h:2:1)\n\
                 /home/u/app/kernel.h:1:1: error: other file; program {key} is named, key{key}/x kept"
            )
        );
        assert!(!neutral.contains("/tmp/"));
        // Rewriting twice changes nothing; exact names given are replaced first.
        assert_eq!(neutral_message(&neutral, key, name, &[]), neutral);
        let routed = format!("/work/run/program-{key}.cl:1:2: error: x");
        let from = format!("/work/run/program-{key}.cl");
        let to = format!("{name}/source.cl");
        assert_eq!(
            neutral_message(&routed, key, name, &[(&from, &to)]),
            format!("bfs:{key}/source.cl:1:2: error: x")
        );
    }

    /// A path whose errors name the file it was given, as clang's diagnostics do.
    struct Failing;
    impl Path for Failing {
        fn name(&self) -> &str {
            "failing"
        }
        fn description(&self) -> &str {
            "fails, naming its input"
        }
        fn hands(&self) -> visabench_core::ArtifactKind {
            visabench_core::ArtifactKind::Ptx
        }
        fn stages(&self) -> Vec<&'static str> {
            vec!["ptx"]
        }
        fn compile(&self, req: &CompileRequest<'_>) -> Result<Compiled, visabench_core::PathError> {
            Err(visabench_core::PathError::Stage {
                path: "failing".into(),
                stage: "ptx".into(),
                message: format!(
                    "{}:1:1: error: no (includes {:?})",
                    req.file_name, req.options.include_dirs
                ),
            })
        }
    }

    #[test]
    fn saved_errors_carry_no_file_names_of_the_compiling_machine() {
        let dir = tempfile::tempdir().unwrap();
        let headers = tempfile::tempdir().unwrap();
        std::fs::write(headers.path().join("h.h"), "#define X 1\n").unwrap();
        let key = save_program(
            dir.path(),
            "kernel void k(){}",
            "",
            Some(headers.path()),
            Some("bfs"),
        )
        .unwrap();
        let outcomes =
            compile_recorded(dir.path(), &[Box::new(Failing)], Target::default()).unwrap();
        let here = dir.path().display().to_string();
        let message = outcomes[0].result.clone().unwrap_err();
        assert!(
            message.contains(&format!("bfs:{key}/source.cl:1:1: error: no")),
            "{message}"
        );
        assert!(message.contains(&format!("bfs:{key}/include")), "{message}");
        assert!(!message.contains(&here), "{message}");
        match load_artifact(dir.path(), &key, "failing") {
            Err(e @ ReplayError::Failed { .. }) => {
                let shown = e.to_string();
                assert!(!shown.contains(&here) && shown.contains("bfs:"), "{shown}");
            }
            other => panic!("expected the saved failure, got {other:?}"),
        }
    }
}
