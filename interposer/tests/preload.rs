//! The interposer preloaded into an OpenCL application of our own (`testapp/multiprog.c`,
//! compiled here with `cc … -lOpenCL`) on whatever OpenCL device this machine has (PoCL in CI).
//! The application checks its own outputs; these tests check that it still passes under the
//! interposer and that the record says what happened.
//!
//! PoCL cannot load PTX, so on it only `native` really runs; the PTX paths exercise the
//! fallback. The replacement machinery (handle swapping) is exercised through replay mode with
//! artifacts that rewrite the OpenCL C source.

mod common;

use anyhow::{Context as _, Result};
use common::{built, kernel, run, test_app};
use interposer_record::record::Outcome;
use interposer_record::replay;

#[test]
fn native_path_runs_unmodified_and_records_every_kernel() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let app = test_app(dir.path())?;
    let run = run(dir.path(), &app, &[], &[("VISABENCH_PATH", "native")])?;
    let r = run.passed()?;
    assert_eq!((r.path.as_str(), r.mode.as_str()), ("native", "route"));
    // The application asked for no profiling; the interposer added it and hid it.
    assert!(r.profiling_added);
    let programs = built(r);
    assert_eq!(programs.len(), 3, "{programs:#?}");
    for p in &programs {
        assert_eq!(
            (p.path.as_str(), p.outcome, &p.error),
            ("native", Outcome::Routed, &None)
        );
        // Named by the application's file name and the program's key.
        assert_eq!(p.name, format!("multiprog:{}", p.key));
    }
    // The record written at exit, not a snapshot.
    assert!(r.complete && r.signal.is_none());
    assert!(programs
        .iter()
        .any(|p| p.options == "-DFACTOR=3.0f -cl-mad-enable"));
    let mut names: Vec<&str> = r.kernels.iter().map(|k| k.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["block_sum", "fill", "poly", "saxpy", "scale"]);
    let scale = kernel(r, "scale");
    assert_eq!((scale.launches, scale.timed, scale.untimed), (3, 3, 0));
    assert_eq!(scale.times_ns.len(), 3);
    assert!(scale.total_ns > 0 && scale.min_ns <= scale.max_ns);
    for k in &r.kernels {
        assert_eq!(k.launches, k.timed, "{}: every launch timed", k.name);
        assert_eq!(k.path, "native");
    }
    Ok(())
}

#[test]
fn the_applications_own_profiling_events_time_its_launches() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let app = test_app(dir.path())?;
    let run = run(dir.path(), &app, &["profile"], &[])?;
    let r = run.passed()?;
    assert!(
        !r.profiling_added,
        "the application enabled profiling itself"
    );
    assert_eq!(r.path, "native", "native is the default path");
    assert_eq!(r.kernels.len(), 5);
    assert!(r
        .kernels
        .iter()
        .all(|k| k.launches > 0 && k.timed == k.launches));
    Ok(())
}

#[test]
fn without_profiling_launches_are_counted_but_not_timed() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let app = test_app(dir.path())?;
    let run = run(dir.path(), &app, &[], &[("VISABENCH_PROFILE_QUEUES", "0")])?;
    let r = run.passed()?;
    assert!(!r.profiling_added);
    let scale = kernel(r, "scale");
    assert_eq!((scale.launches, scale.timed, scale.untimed), (3, 0, 3));
    Ok(())
}

#[test]
fn a_failing_path_falls_back_to_native_and_says_so() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let app = test_app(dir.path())?;
    let run = run(dir.path(), &app, &[], &[("VISABENCH_PATH", "no-such-path")])?;
    let r = run.passed()?;
    assert!(
        run.stderr.contains("unknown path `no-such-path`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("falling back to the native build"),
        "{}",
        run.stderr
    );
    for p in built(r) {
        assert_eq!((p.path.as_str(), p.outcome), ("native", Outcome::Fallback));
        assert!(p
            .error
            .as_deref()
            .is_some_and(|e| e.contains("no-such-path")));
    }
    assert!(r.kernels.iter().all(|k| k.path == "native"));
    Ok(())
}

#[test]
fn strict_mode_fails_the_build_with_the_error_in_the_build_log() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let app = test_app(dir.path())?;
    let run = run(
        dir.path(),
        &app,
        &[],
        &[
            ("VISABENCH_PATH", "no-such-path"),
            ("VISABENCH_STRICT", "1"),
        ],
    )?;
    // The application's own error handling: it prints the build log and exits with 3.
    assert_eq!(
        run.code,
        Some(3),
        "stdout:\n{}\nstderr:\n{}",
        run.stdout,
        run.stderr
    );
    assert!(
        run.stderr
            .contains("building program 1 failed (-11, status -2)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("VISABENCH_STRICT=1"), "{}", run.stderr);
    // The interposer's lines and the build log the application printed name the program.
    assert!(
        run.stderr
            .contains("visabench-interposer: program 0 (multiprog:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("could not build program multiprog:"),
        "{}",
        run.stderr
    );
    let r = run.record.as_ref().context("no record")?;
    assert!(r.strict);
    assert_eq!(built(r).len(), 1);
    assert_eq!(built(r)[0].outcome, Outcome::Failed);
    Ok(())
}

/// Every registered PTX path (`VISABENCH_PATH=llvm`, `spirv`, …) compiles each program (so the
/// record has its stage times); PoCL then refuses the PTX and the application still runs,
/// natively.
#[cfg(feature = "compile")]
#[test]
fn every_ptx_path_compiles_then_falls_back_on_a_device_without_ptx() -> Result<()> {
    let ptx_paths: Vec<_> = path_registry::paths()
        .into_iter()
        .filter(|p| p.hands() == visabench_core::ArtifactKind::Ptx)
        .collect();
    assert!(ptx_paths.iter().any(|p| p.name() == "llvm"));
    for path in ptx_paths {
        let dir = tempfile::tempdir()?;
        let app = test_app(dir.path())?;
        let run = run(dir.path(), &app, &[], &[("VISABENCH_PATH", path.name())])?;
        let r = run.passed()?;
        let programs = built(r);
        assert_eq!(programs.len(), 3);
        for p in programs {
            // On an NVIDIA device this is `Routed`; PoCL takes no PTX.
            assert_eq!(p.outcome, Outcome::Fallback, "{}: {p:#?}", path.name());
            let e = p.error.as_deref().unwrap_or_default();
            assert!(
                e.contains(&format!(
                    "path `{}`: the driver rejected the program",
                    path.name()
                )),
                "{e}"
            );
            assert!(p.compile_seconds > 0.0);
            assert_eq!(
                p.stages.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
                path.stages(),
                "{}",
                path.name()
            );
        }
    }
    Ok(())
}

/// Record mode saves every program (with its embedded headers); the directory is compiled with
/// the library's own API; replay mode then uses those artifacts.
#[test]
fn record_compile_replay_round_trip() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let app = test_app(dir.path())?;
    let rdir = dir.path().join("replay");
    let rdir_s = rdir.display().to_string();
    let run1 = run(
        dir.path(),
        &app,
        &[],
        &[("VISABENCH_MODE", "record"), ("VISABENCH_REPLAY", &rdir_s)],
    )?;
    let r = run1.passed()?;
    assert!(built(r)
        .iter()
        .all(|p| p.outcome == Outcome::Recorded && p.error.is_none()));
    let programs = replay::recorded_programs(&rdir)?;
    assert_eq!(programs.len(), 3);
    let linked = programs
        .iter()
        .find(|p| p.source.contains("params.h"))
        .context("linked program not saved")?;
    assert_eq!(linked.options, "-DOFFSET=1.5f");
    assert!(rdir.join(&linked.key).join("include/params.h").is_file());

    let outcomes = replay::compile_recorded(
        &rdir,
        &path_registry::paths(),
        visabench_core::Target::default(),
    )?;
    for o in &outcomes {
        assert!(o.result.is_ok(), "{o:?}");
    }

    // `native` from the replay directory: the source goes to the driver as recorded.
    let run2 = run(
        dir.path(),
        &app,
        &[],
        &[("VISABENCH_MODE", "replay"), ("VISABENCH_REPLAY", &rdir_s)],
    )?;
    let r = run2.passed()?;
    assert!(
        built(r)
            .iter()
            .all(|p| p.outcome == Outcome::Routed && p.path == "native"),
        "{:#?}",
        r.programs
    );

    // A path the directory was not compiled for: fallback, naming the fix.
    let run3 = run(
        dir.path(),
        &app,
        &[],
        &[
            ("VISABENCH_MODE", "replay"),
            ("VISABENCH_REPLAY", &rdir_s),
            ("VISABENCH_PATH", "absent"),
        ],
    )?;
    run3.passed()?;
    assert!(
        run3.stderr.contains("no `absent` artifact"),
        "{}",
        run3.stderr
    );
    Ok(())
}

/// Replay artifacts whose OpenCL C differs from the application's: the interposer builds a
/// replacement program and every later call on the application's handle must reach it. The
/// rewritten program 1 defines FACTOR itself and is built without the application's `-D`, so
/// the application's checks pass only if the replacement is what runs, while the build
/// options, source and kernel→program queries still answer as for the application's handle.
#[test]
fn replacement_programs_stand_in_for_the_applications_handles() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let app = test_app(dir.path())?;
    let rdir = dir.path().join("replay");
    let rdir_s = rdir.display().to_string();
    run(
        dir.path(),
        &app,
        &[],
        &[("VISABENCH_MODE", "record"), ("VISABENCH_REPLAY", &rdir_s)],
    )?
    .passed()?;
    for p in replay::recorded_programs(&rdir)? {
        let mut options = visabench_core::BuildOptions::parse(&p.options)?;
        let mut source = String::from("// rewritten by the interposer test\n");
        for (name, value) in options.defines.drain(..) {
            source += &format!("#define {name} {}\n", value.unwrap_or_default());
        }
        let header = rdir.join(&p.key).join("include/params.h");
        source += &match std::fs::read_to_string(&header) {
            Ok(h) => p.source.replace("#include \"params.h\"", &h),
            Err(_) => p.source.clone(),
        };
        let artifact = replay::Artifact {
            path: "rewritten".into(),
            sm: 90,
            ptx_isa: (8, 5),
            compiled: visabench_core::Compiled {
                kind: visabench_core::ArtifactKind::OpenClSource,
                artifact: source.clone(),
                build_options: options.to_cl_string(),
                stages: vec![visabench_core::Stage {
                    name: "source".into(),
                    text: source,
                    seconds: 0.25,
                }],
            },
        };
        std::fs::write(
            rdir.join(&p.key).join("rewritten.json"),
            serde_json::to_string(&artifact)?,
        )?;
    }
    let run = run(
        dir.path(),
        &app,
        &[],
        &[
            ("VISABENCH_MODE", "replay"),
            ("VISABENCH_REPLAY", &rdir_s),
            ("VISABENCH_PATH", "rewritten"),
        ],
    )?;
    let r = run.passed()?;
    assert!(!run.stderr.contains("falling back"), "{}", run.stderr);
    for p in built(r) {
        assert_eq!(
            (p.path.as_str(), p.outcome),
            ("rewritten", Outcome::Routed),
            "{p:#?}"
        );
        assert_eq!(p.compile_seconds, 0.25);
        assert!(p.driver_build_seconds > 0.0);
    }
    assert_eq!(r.kernels.len(), 5);
    assert!(r
        .kernels
        .iter()
        .all(|k| k.path == "rewritten" && k.timed == k.launches && k.launches > 0));
    Ok(())
}

/// A replay directory compiled on another machine whose errors still name that machine's
/// files (as directories compiled before errors were rewritten do): replayed, the messages
/// and the record name each program by the application and its key instead.
#[test]
fn replayed_errors_name_the_program_not_the_compiling_machines_files() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let app = test_app(dir.path())?;
    let rdir = dir.path().join("replay");
    let rdir_s = rdir.display().to_string();
    run(
        dir.path(),
        &app,
        &[],
        &[("VISABENCH_MODE", "record"), ("VISABENCH_REPLAY", &rdir_s)],
    )?
    .passed()?;
    let elsewhere = "/scratch/.tmpXyZ/compiling-machine/progs";
    for p in replay::recorded_programs(&rdir)? {
        assert_eq!(p.app.as_deref(), Some("multiprog"), "application.txt");
        std::fs::write(
            rdir.join(&p.key).join("broken.error"),
            format!(
                "{elsewhere}/{k}/source.cl: compilation failed\n{elsewhere}/{k}/source.cl:3:1: error: broken here",
                k = p.key
            ),
        )?;
    }
    let run = run(
        dir.path(),
        &app,
        &[],
        &[
            ("VISABENCH_MODE", "replay"),
            ("VISABENCH_REPLAY", &rdir_s),
            ("VISABENCH_PATH", "broken"),
        ],
    )?;
    let r = run.passed()?;
    assert!(!run.stderr.contains(elsewhere), "{}", run.stderr);
    for p in built(r) {
        assert_eq!(p.outcome, Outcome::Fallback);
        let name = format!("multiprog:{}", p.key);
        assert_eq!(p.name, name);
        let e = p.error.as_deref().unwrap_or_default();
        assert!(!e.contains(elsewhere), "{e}");
        assert!(
            e.contains(&format!("{name}/source.cl:3:1: error: broken here")),
            "{e}"
        );
        assert!(
            run.stderr.contains(&format!(
                "program {} ({name}): path `broken` could not",
                p.id
            )),
            "{}",
            run.stderr
        );
    }
    Ok(())
}
