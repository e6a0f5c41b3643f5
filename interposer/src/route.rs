//! One build of one program: compile its source along the chosen path (or load the replayed
//! artifact), hand the result to the real driver, and say what the application's handle now
//! stands for.

use crate::config::{Config, Mode};
use crate::ffi::{self, ClFailure, Handle};
use interposer_record::record::{Outcome, StageTime};
use interposer_record::replay::{self, ReplayError};
use std::path::PathBuf;
use std::time::Instant;
use visabench_core::{
    ArtifactKind, BuildOptions, CompileRequest, Compiled, OptionsError, PathError, Target,
};

/// Why the chosen path could not give the driver a program.
#[derive(Debug, thiserror::Error)]
pub enum RouteError {
    /// `VISABENCH_PATH` (with `VISABENCH_PROFILE`) names no path this build of the
    /// interposer has.
    #[error(
        "{source} (the IR paths need the interposer's `compile` feature, or VISABENCH_MODE=replay)"
    )]
    Path {
        /// The registry's error.
        source: path_registry::RegistryError,
    },
    /// The application's (or `VISABENCH_OPTIONS`') build options are not OpenCL build options
    /// the paths understand.
    #[error("build options `{options}`: {source}")]
    Options {
        /// The options.
        options: String,
        /// The parse error.
        source: OptionsError,
    },
    /// The path failed on the source.
    #[error(transparent)]
    Compile(#[from] PathError),
    /// Replay mode found no usable artifact.
    #[error(transparent)]
    Replay(#[from] ReplayError),
    /// Replay or record mode without a directory.
    #[error("VISABENCH_MODE={mode} needs VISABENCH_REPLAY=DIR")]
    NoDirectory {
        /// The mode.
        mode: &'static str,
    },
    /// The driver refused the path's output.
    #[error("path `{path}`: the driver rejected the program: {failure}{}", if .log.is_empty() { String::new() } else { format!("\n{}", .log) })]
    Driver {
        /// The path.
        path: String,
        /// The failing call.
        failure: ClFailure,
        /// The build log, if any.
        log: String,
    },
}

/// One build request from the application.
#[derive(Debug)]
pub struct BuildInput<'a> {
    /// The application's program handle.
    pub app: Handle,
    /// Its context.
    pub context: Handle,
    /// Its source.
    pub source: &'a str,
    /// The application's build options.
    pub options: &'a str,
    /// The devices to build for (empty: every device of the program).
    pub devices: &'a [Handle],
    /// A directory holding embedded headers (`clCompileProgram`), added as `-I`.
    pub header_dir: Option<PathBuf>,
    /// The application's executable name, which names the program in messages.
    pub app_name: &'a str,
}

/// What the application's handle should stand for.
#[derive(Debug)]
pub enum Decision {
    /// Build the application's own program (natively) with these options.
    Native {
        /// Options for the real `clBuildProgram`.
        options: String,
    },
    /// A built replacement program stands for it.
    Replaced(Handle),
    /// The build fails with this log (strict mode).
    Fail(String),
}

/// The decision and what to record about it.
#[derive(Debug)]
pub struct Routed {
    /// See [`Decision`].
    pub decision: Decision,
    /// The path whose output the driver runs.
    pub path: String,
    /// How the program was built.
    pub outcome: Outcome,
    /// Why the asked-for path was not used.
    pub error: Option<String>,
    /// The replay key of source and options.
    pub key: String,
    /// The program's name in messages: `APP:KEY` (`interposer_record::replay::program_name`).
    pub name: String,
    /// Wall seconds of the path's compilation.
    pub compile_seconds: f64,
    /// The path's stage times.
    pub stages: Vec<StageTime>,
    /// Wall seconds of the real build of a replacement (native builds are timed by the caller).
    pub driver_build_seconds: f64,
}

/// The file name the path's compiler is given: in the working directory (so `#include`s
/// relative to it resolve as the driver resolves them), named after the key.
fn compile_file_name(key: &str) -> String {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    cwd.join(format!("program-{key}.cl")).display().to_string()
}

/// `message` naming the program as `routed.name` does, not by this machine's file names: the
/// compiler's input and the scratch header directory here, a replay directory's on the
/// machine that compiled it (`interposer_record::replay::neutral_message`).
fn neutral(message: &str, input: &BuildInput<'_>, routed: &Routed) -> String {
    let file = compile_file_name(&routed.key);
    let source = format!("{}/source.cl", routed.name);
    let include = format!("{}/include", routed.name);
    let headers = input.header_dir.as_ref().map(|d| d.display().to_string());
    let mut known = vec![(file.as_str(), source.as_str())];
    if let Some(h) = &headers {
        known.push((h.as_str(), include.as_str()));
    }
    replay::neutral_message(message, &routed.key, &routed.name, &known)
}

/// Decides and performs the build of one program along `cfg`'s path.
pub fn route(cfg: &Config, input: &BuildInput<'_>) -> Routed {
    let key = replay::program_key(input.source, input.options);
    let name = replay::program_name(Some(input.app_name), &key);
    let mut routed = Routed {
        decision: Decision::Native {
            options: input.options.to_string(),
        },
        path: "native".into(),
        outcome: Outcome::Routed,
        error: None,
        key,
        name,
        compile_seconds: 0.0,
        stages: Vec::new(),
        driver_build_seconds: 0.0,
    };
    if cfg.mode == Mode::Record {
        routed.outcome = Outcome::Recorded;
        match &cfg.replay_dir {
            Some(dir) => {
                if let Err(e) = replay::save_program(
                    dir,
                    input.source,
                    input.options,
                    input.header_dir.as_deref(),
                    Some(input.app_name),
                ) {
                    routed.error = Some(e.to_string());
                }
            }
            None => routed.error = Some(RouteError::NoDirectory { mode: "record" }.to_string()),
        }
        return routed;
    }
    let options = merge_options(input.options, &cfg.extra_options);
    if cfg.path_name() == "native" && cfg.mode == Mode::Route {
        routed.decision = Decision::Native { options };
        return routed;
    }
    let result = obtain(cfg, input, &options, &mut routed)
        .and_then(|compiled| hand_to_driver(cfg, input, &compiled, &mut routed));
    match result {
        Ok(decision) => {
            routed.path = cfg.path_name();
            routed.decision = decision;
        }
        Err(e) => {
            let message = neutral(&e.to_string(), input, &routed);
            routed.error = Some(message.clone());
            if cfg.strict {
                routed.path = cfg.path_name();
                routed.outcome = Outcome::Failed;
                routed.decision = Decision::Fail(format!(
                    "visabench interposer: path `{}` could not build program {} (VISABENCH_STRICT=1):\n{message}\n",
                    cfg.path_name(),
                    routed.name
                ));
            } else {
                routed.outcome = Outcome::Fallback;
                routed.decision = Decision::Native {
                    options: input.options.to_string(),
                };
            }
        }
    }
    routed
}

fn merge_options(app: &str, extra: &str) -> String {
    match (app.trim().is_empty(), extra.trim().is_empty()) {
        (_, true) => app.to_string(),
        (true, false) => extra.to_string(),
        (false, false) => format!("{app} {extra}"),
    }
}

/// The path's output: compiled here (route mode) or loaded (replay mode).
fn obtain(
    cfg: &Config,
    input: &BuildInput<'_>,
    options: &str,
    routed: &mut Routed,
) -> Result<Compiled, RouteError> {
    if cfg.mode == Mode::Replay {
        let dir = cfg
            .replay_dir
            .as_ref()
            .ok_or(RouteError::NoDirectory { mode: "replay" })?;
        let artifact = replay::load_artifact(dir, &routed.key, &cfg.path_name())?;
        routed.stages = stage_times(&artifact.compiled);
        routed.compile_seconds = routed.stages.iter().map(|s| s.seconds).sum();
        return Ok(artifact.compiled);
    }
    let path = path_registry::find_with_profile(&cfg.path, cfg.profile.as_deref())
        .map_err(|source| RouteError::Path { source })?;
    let mut parsed = BuildOptions::parse(options).map_err(|source| RouteError::Options {
        options: options.to_string(),
        source,
    })?;
    if let Some(dir) = &input.header_dir {
        parsed.include_dirs.push(dir.display().to_string());
    }
    let target = target_for(cfg, input);
    let file_name = compile_file_name(&routed.key);
    let req = CompileRequest {
        file_name: &file_name,
        source: input.source,
        options: &parsed,
        target,
    };
    let start = Instant::now();
    let compiled = path.compile(&req)?;
    routed.compile_seconds = start.elapsed().as_secs_f64();
    routed.stages = stage_times(&compiled);
    Ok(compiled)
}

fn stage_times(c: &Compiled) -> Vec<StageTime> {
    c.stages
        .iter()
        .map(|s| StageTime {
            name: s.name.clone(),
            seconds: s.seconds,
        })
        .collect()
}

/// `VISABENCH_SM`, else the first device's compute capability, else `sm_90`.
fn target_for(cfg: &Config, input: &BuildInput<'_>) -> Target {
    let mut t = Target {
        ptx_isa: cfg.ptx_isa,
        ..Target::default()
    };
    let first = input
        .devices
        .first()
        .copied()
        .or_else(|| ffi::program_devices(input.app).ok()?.first().copied());
    if let Some(sm) = cfg
        .sm
        .or_else(|| first.and_then(ffi::nv_compute_capability))
    {
        t.sm = sm;
    }
    t
}

/// Gives the driver the path's output.
fn hand_to_driver(
    cfg: &Config,
    input: &BuildInput<'_>,
    compiled: &Compiled,
    routed: &mut Routed,
) -> Result<Decision, RouteError> {
    let driver = |failure: ClFailure, log: String| RouteError::Driver {
        path: cfg.path_name(),
        failure,
        log,
    };
    let program = match compiled.kind {
        ArtifactKind::OpenClSource if compiled.artifact == input.source => {
            return Ok(Decision::Native {
                options: compiled.build_options.clone(),
            });
        }
        ArtifactKind::OpenClSource => {
            ffi::create_program_with_source(input.context, &compiled.artifact)
                .map_err(|f| driver(f, String::new()))?
        }
        ArtifactKind::Ptx => {
            let devices = if input.devices.is_empty() {
                ffi::program_devices(input.app).map_err(|f| driver(f, String::new()))?
            } else {
                input.devices.to_vec()
            };
            ffi::create_program_with_binary(
                input.context,
                &devices,
                ptx_for_driver(&compiled.artifact).as_bytes(),
            )
            .map_err(|f| driver(f, String::new()))?
        }
    };
    let start = Instant::now();
    let built = ffi::build_program(program, input.devices, &compiled.build_options);
    routed.driver_build_seconds = start.elapsed().as_secs_f64();
    match built {
        Ok(()) => Ok(Decision::Replaced(program)),
        Err(f) => {
            let log = ffi::program_devices(program)
                .ok()
                .and_then(|d| d.first().copied())
                .and_then(|d| ffi::build_log(program, d).ok())
                .unwrap_or_default();
            let _ = ffi::release_program(program);
            Err(driver(f, log.trim().to_string()))
        }
    }
}

/// The PTX handed to NVIDIA's OpenCL: with the runtime's work-group offsets read
/// ([`visabench_core::ptx_abi`]) unless `VISABENCH_PTX_GROUP_OFFSETS=0`.
fn ptx_for_driver(ptx: &str) -> std::borrow::Cow<'_, str> {
    if visabench_core::ptx_abi::group_offsets_enabled() {
        visabench_core::ptx_abi::with_group_offsets(ptx)
    } else {
        std::borrow::Cow::Borrowed(ptx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_program_not_this_machines_files() {
        let key = "0123456789abcdef";
        let header_dir = std::env::temp_dir().join("visabench-interposer-1/program-0");
        let input = BuildInput {
            app: Handle(0),
            context: Handle(0),
            source: "",
            options: "",
            devices: &[],
            header_dir: Some(header_dir.clone()),
            app_name: "bfs",
        };
        let routed = Routed {
            decision: Decision::Fail(String::new()),
            path: "llvm".into(),
            outcome: Outcome::Failed,
            error: None,
            key: key.into(),
            name: "bfs:0123456789abcdef".into(),
            compile_seconds: 0.0,
            stages: Vec::new(),
            driver_build_seconds: 0.0,
        };
        let message = format!(
            "{f}: compilation failed\n{f}:2:1: error: x\n{h}/params.h:1:1: error: y\n\
             /elsewhere/replay/{key}/source.cl:3:1: error: z",
            f = compile_file_name(key),
            h = header_dir.display()
        );
        assert_eq!(
            neutral(&message, &input, &routed),
            "bfs:0123456789abcdef/source.cl: compilation failed\n\
             bfs:0123456789abcdef/source.cl:2:1: error: x\n\
             bfs:0123456789abcdef/include/params.h:1:1: error: y\n\
             bfs:0123456789abcdef/source.cl:3:1: error: z"
        );
    }

    #[test]
    fn extra_options_are_appended() {
        assert_eq!(merge_options("-DA", ""), "-DA");
        assert_eq!(merge_options("", "-DB"), "-DB");
        assert_eq!(merge_options("-DA", "-DB"), "-DA -DB");
    }
}
