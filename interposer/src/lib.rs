//! The visabench interposer: a library preloaded (`LD_PRELOAD`) into any OpenCL application
//! that routes every program the application builds from source through a chosen compilation
//! path, then hands the result to the real driver. The application notices nothing.
//!
//! * [`ffi`] — the only module that touches C: OpenCL types, the real entry points
//!   (`dlsym(RTLD_NEXT, …)`), and the exported entry points ([`ffi::exports`]). Only the
//!   intercepted functions are exported; every other OpenCL call goes straight to the real
//!   library.
//! * [`route`] — one build: compile along the path (or load a replayed artifact), build the
//!   PTX with `clCreateProgramWithBinary`, fall back to the native build (or fail, strict).
//! * [`state`] — the tables: application handle → replacement program, kernels, events.
//! * [`config`] — the `VISABENCH_*` environment variables.
//! * [`platform`] — `VISABENCH_PLATFORM`: which OpenCL platforms the application sees.
//! * [`reads`] — `VISABENCH_READS=DIR`: the buffers the application reads back, saved.
//! * [`persist`] — writing the record while the application runs (after every build, as
//!   kernel times come in, at exit), and [`crash`], the fatal-signal handler that writes it
//!   when the application crashes.
//!
//! The files it reads and writes are the `interposer-record` crate's (`interposer/record/`),
//! which the harness reads without linking this library: [`interposer_record::record`], the
//! JSON record (format in `interposer/README.md`), and [`interposer_record::replay`], the
//! record/replay directory for GPU nodes without LLVM.
//!
//! Settings: `VISABENCH_PATH` (`native`, `llvm`, `tgsi`, …), `VISABENCH_PROFILE`, `VISABENCH_MODE`
//! (`route`|`record`|`replay`), `VISABENCH_REPLAY=DIR`, `VISABENCH_RECORD=FILE`,
//! `VISABENCH_STRICT=1`, `VISABENCH_OPTIONS`, `VISABENCH_SM`, `VISABENCH_PTX_ISA`,
//! `VISABENCH_PROFILE_QUEUES=0`, `VISABENCH_VERBOSE=1`, `VISABENCH_PLATFORM=NAME`,
//! `VISABENCH_SIGNALS=0`, `VISABENCH_READS=DIR`.

pub mod config;
pub mod crash;
pub mod ffi;
pub mod persist;
pub mod platform;
pub mod reads;
pub mod route;
pub mod state;

use config::Config;
use ffi::{EventState, Handle};
use interposer_record::record;
use persist::Why;
use state::State;
use std::sync::{LazyLock, Mutex, MutexGuard, Once};

/// The prefix of every line the interposer prints.
pub const TAG: &str = "visabench-interposer";

static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    let (mut config, errors) = Config::from_lookup(|k| std::env::var(k).ok(), std::process::id());
    for e in errors {
        eprintln!("{TAG}: {e}");
    }
    // Relative to the directory the application started in, wherever it goes later: the
    // record is written many times while it runs.
    if let Ok(abs) = std::path::absolute(&config.record) {
        config.record = abs;
    }
    config
});

static STATE: LazyLock<Mutex<State>> = LazyLock::new(|| Mutex::new(State::default()));

/// The settings of this process.
pub(crate) fn config() -> &'static Config {
    &CONFIG
}

/// The tables (a panic elsewhere never poisons them for good).
pub(crate) fn state() -> MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

/// The application's executable name (the file name of `argv[0]`), which names its programs
/// in messages and the record.
pub(crate) fn app_name() -> &'static str {
    static NAME: LazyLock<String> = LazyLock::new(|| {
        let file = |p: std::path::PathBuf| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .filter(|n| !n.is_empty())
        };
        std::env::args_os()
            .next()
            .map(std::path::PathBuf::from)
            .and_then(file)
            .or_else(|| std::env::current_exe().ok().and_then(file))
            .unwrap_or_else(|| "application".into())
    });
    &NAME
}

/// First call of any intercepted function: register the exit hook and the fatal-signal
/// handler.
pub(crate) fn init() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let c = config();
        if c.verbose {
            eprintln!(
                "{TAG}: path `{}`, mode {}, record {}",
                c.path,
                c.mode.as_str(),
                c.record.display()
            );
        }
        ffi::at_exit(at_exit);
        if c.signals {
            crash::install(&c.record);
        }
    });
}

/// Polls every event waiting to be timed, without waiting; records those that finished, and
/// writes the record when that is due ([`persist`]).
pub(crate) fn drain_events() {
    collect_events();
    persist::persist(Why::Times);
}

/// [`drain_events`] without writing the record.
fn collect_events() {
    let pending = state().take_pending();
    if pending.is_empty() {
        return;
    }
    let mut done = Vec::new();
    let mut still = Vec::new();
    for (idx, ev) in pending {
        match ffi::poll_event(ev) {
            EventState::Pending => still.push((idx, ev)),
            EventState::Done(ns) => done.push((idx, ev, ns)),
            EventState::Failed(_) => done.push((idx, ev, None)),
        }
    }
    for (_, ev, _) in &done {
        ffi::release_event(*ev);
    }
    let mut s = state();
    for (idx, _, ns) in done {
        s.finished(idx, ns);
    }
    s.put_back(still);
}

extern "C" fn at_exit() {
    let _ = std::panic::catch_unwind(|| {
        collect_events();
        reads::flush_deferred();
        {
            let mut s = state();
            // Launches still running at exit cannot be timed.
            for (idx, _) in s.take_pending() {
                s.finished(idx, None);
            }
        }
        persist::persist(Why::Exit);
    });
}

/// Builds one tracked program along the configured path and updates the tables. Returns the
/// decision for the caller to carry out (`Native`: build the application's handle itself).
pub(crate) fn build_tracked(
    app: Handle,
    devices: &[Handle],
    options: &str,
    header_dir: Option<std::path::PathBuf>,
) -> Option<route::Decision> {
    let (id, context, source) = {
        let mut s = state();
        let p = s.program_mut(app)?;
        p.failure = None;
        p.options = options.to_string();
        (p.id, p.context, p.source.clone())
    };
    // A rebuild drops the previous replacement (kernels made from it keep it alive).
    let old = state().set_replacement(app, None);
    if let Some(old) = old {
        let _ = ffi::release_program(old);
    }
    let input = route::BuildInput {
        app,
        context,
        source: &source,
        options,
        devices,
        header_dir,
        app_name: app_name(),
    };
    let routed = route::route(config(), &input);
    let name = &routed.name;
    if let Some(e) = &routed.error {
        let what = match routed.outcome {
            record::Outcome::Fallback => "falling back to the native build",
            record::Outcome::Failed => "failing the build (VISABENCH_STRICT=1)",
            _ => "continuing",
        };
        eprintln!("{TAG}: program {id} ({name}): {e}\n{TAG}: program {id} ({name}): {what}");
    } else if config().verbose {
        eprintln!(
            "{TAG}: program {id} ({name}): built along `{}` ({:.3} s)",
            routed.path, routed.compile_seconds
        );
    }
    let device = devices
        .first()
        .copied()
        .or_else(|| ffi::program_devices(app).ok()?.first().copied());
    let device_name = device.and_then(|d| ffi::device_name(d).ok());
    let mut s = state();
    if s.record.device.is_none() {
        s.record.device = device_name;
    }
    let r = &mut s.record.programs[id];
    r.key = routed.key.clone();
    r.name = routed.name.clone();
    r.options = options.to_string();
    r.path = routed.path.clone();
    r.outcome = routed.outcome;
    r.error = routed.error.clone();
    r.compile_seconds = routed.compile_seconds;
    r.stages = routed.stages.clone();
    r.driver_build_seconds = routed.driver_build_seconds;
    r.builds += 1;
    match &routed.decision {
        route::Decision::Replaced(rep) => {
            s.set_replacement(app, Some(*rep));
        }
        route::Decision::Fail(log) => {
            if let Some(p) = s.program_mut(app) {
                p.failure = Some(log.clone());
            }
        }
        route::Decision::Native { .. } => {}
    }
    drop(s);
    // Before the driver's build of a native decision too: should the driver crash, the
    // record names the program it was building.
    persist::persist(Why::Build);
    Some(routed.decision)
}

/// Records the result of a native build of the application's handle.
pub(crate) fn native_built(app: Handle, code: ffi::ClInt, seconds: f64) {
    {
        let mut s = state();
        let Some(id) = s.program(app).map(|p| p.id) else {
            return;
        };
        let r = &mut s.record.programs[id];
        r.driver_build_seconds = seconds;
        if code != ffi::cl::SUCCESS {
            r.outcome = record::Outcome::DriverError;
            let msg = format!("the native build returned {code}");
            r.error = Some(match r.error.take() {
                Some(e) => format!("{e}; {msg}"),
                None => msg,
            });
        }
    }
    persist::persist(Why::Build);
}

/// A program made by `clLinkProgram` from `inputs`. One tracked input is routed like a build
/// (its compile options, its embedded headers); several inputs are recorded as not routed.
/// Returns whether the link must fail (strict mode and the path failed).
pub(crate) fn link_tracked(
    linked: Handle,
    context: Handle,
    inputs: &[Handle],
    devices: &[Handle],
) -> bool {
    let infos: Vec<Option<(String, state::CompileInfo)>> = {
        let s = state();
        inputs
            .iter()
            .map(|h| {
                s.program(*h)
                    .map(|p| (p.source.clone(), p.compile.clone().unwrap_or_default()))
            })
            .collect()
    };
    if infos.iter().all(Option::is_none) {
        return false;
    }
    let single = match infos.as_slice() {
        [Some(one)] => Some(one.clone()),
        _ => None,
    };
    let Some((source, info)) = single else {
        let message = format!(
            "clLinkProgram of {} programs: the interposer routes only programs linked alone; built natively",
            inputs.len()
        );
        eprintln!("{TAG}: {message}");
        let mut s = state();
        let id = s.add_program(linked, context, String::new());
        let r = &mut s.record.programs[id];
        r.path = "native".into();
        r.outcome = record::Outcome::NotRouted;
        r.error = Some(message);
        r.builds = 1;
        drop(s);
        persist::persist(Why::Build);
        return false;
    };
    let id = state().add_program(linked, context, source);
    let header_dir = if info.headers.is_empty() {
        None
    } else {
        write_headers(id, &info.headers)
    };
    match build_tracked(linked, devices, &info.options, header_dir) {
        Some(route::Decision::Fail(_)) => {
            state().remove_program(linked);
            true
        }
        Some(route::Decision::Native { .. }) => {
            native_built(linked, ffi::cl::SUCCESS, 0.0);
            false
        }
        Some(route::Decision::Replaced(_)) | None => false,
    }
}

/// Writes `clCompileProgram`'s embedded headers under their include names into a scratch
/// directory (names that would leave it are skipped).
fn write_headers(id: usize, headers: &[(String, String)]) -> Option<std::path::PathBuf> {
    let dir = std::env::temp_dir()
        .join(format!("{TAG}-{}", std::process::id()))
        .join(format!("program-{id}"));
    for (name, text) in headers {
        let rel = std::path::Path::new(name);
        let safe = rel
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !safe {
            eprintln!(
                "{TAG}: program {id}: header name `{name}` leaves the include directory; skipped"
            );
            continue;
        }
        let file = dir.join(rel);
        let written = file
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&file, text));
        if let Err(e) = written {
            eprintln!(
                "{TAG}: program {id}: cannot write header {}: {e}",
                file.display()
            );
        }
    }
    Some(dir)
}
