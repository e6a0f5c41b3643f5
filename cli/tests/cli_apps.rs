//! `visabench apps` on this machine's OpenCL device (PoCL in CI): Rodinia's six study apps
//! build from a Rodinia directory (`VISABENCH_RODINIA`, else `../shared/rodinia` beside the
//! checkout; the tests say so and pass when there is none), run under the interposer on
//! `native` in route mode at the small size, record and replay, and their programs compile
//! along every path with PTX that `ptxas` accepts. Bad input: a missing app, an app that
//! crashes and one that hangs are reported and the others still run.

use harness::results::{self, Status};
use interposer_record::replay::{load_artifact, recorded_programs};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const APPS: [&str; 6] = ["backprop", "gaussian", "lud", "nn", "nw", "pathfinder"];

fn rodinia() -> Option<PathBuf> {
    let dir = std::env::var_os("VISABENCH_RODINIA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/rodinia"));
    if dir.join("backprop").is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: no Rodinia directory at {} (set VISABENCH_RODINIA)",
            dir.display()
        );
        None
    }
}

/// libinterposer.so, built by cargo for the workspace's tests (built here if it is not).
fn library() -> PathBuf {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_visabench"));
    let lib = bin.with_file_name("libinterposer.so");
    if !lib.is_file() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let st = Command::new(cargo)
            .args(["build", "-q", "-p", "interposer"])
            .status()
            .expect("cargo runs");
        assert!(st.success(), "building the interposer failed");
    }
    assert!(lib.is_file(), "{} missing", lib.display());
    lib
}

fn visabench(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_visabench"))
        .args(args)
        .output()
        .expect("visabench runs");
    (
        out.status.success(),
        format!(
            "stdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// The six built once for every test of this file.
fn built() -> Option<&'static Path> {
    static WORK: OnceLock<Option<tempfile::TempDir>> = OnceLock::new();
    WORK.get_or_init(|| {
        let r = rodinia()?;
        let work = tempfile::tempdir().unwrap();
        let (ok, log) = visabench(&[
            "apps",
            "build",
            "--rodinia",
            r.to_str().unwrap(),
            "--work",
            work.path().to_str().unwrap(),
        ]);
        assert!(ok, "{log}");
        Some(work)
    })
    .as_ref()
    .map(|t| t.path())
}

#[test]
fn the_six_build_run_natively_record_replay_and_compile_along_every_path() {
    let Some(work) = built() else { return };
    let w = work.to_str().unwrap();
    let lib = library();
    let lib = lib.to_str().unwrap();
    // Route mode, native, small: every app runs and its kernels are timed.
    let out = tempfile::tempdir().unwrap();
    let o = out.path().to_str().unwrap();
    let (ok, log) = visabench(&[
        "apps",
        "run",
        "--work",
        w,
        "--paths",
        "native",
        "--size",
        "small",
        "--reps",
        "1",
        "--library",
        lib,
        "--out",
        o,
        "--no-report",
    ]);
    assert!(ok, "{log}");
    let r = results::read(out.path()).unwrap();
    assert_eq!(
        r.workloads
            .iter()
            .map(|w| w.workload.as_str())
            .collect::<Vec<_>>(),
        APPS
    );
    for wl in &r.workloads {
        let p = &wl.paths[0];
        assert_eq!(
            p.status,
            Status::Ok,
            "{}: {:?}\n{log}",
            wl.workload,
            p.message
        );
        let t = p.total.as_ref().expect("timed");
        assert!(
            t.launches > 0 && t.samples_ns.iter().all(|&s| s > 0),
            "{}: {t:?}",
            wl.workload
        );
        if wl.workload == "lud" {
            let m = p.message.as_deref().unwrap_or("");
            assert!(m.contains("0 mismatch line(s)"), "lud's own check: {m}");
        }
    }
    // The verification run saved each app's read-back buffers in its record.
    let rec =
        interposer_record::record::Record::read(&out.path().join("runs/nw/native/verify.json"))
            .unwrap();
    assert!(
        !rec.reads.is_empty()
            && rec
                .reads
                .iter()
                .all(|x| x.bytes > 0 && x.digest.len() == 16)
    );

    // Record, compile along every path: one program per app, PTX accepted by ptxas.
    let (ok, log) = visabench(&["apps", "record", "--work", w, "--library", lib]);
    assert!(ok, "{log}");
    assert!(log.contains("(0 failed)"), "{log}");
    let progs = work.join("progs");
    let programs = recorded_programs(&progs).unwrap();
    assert_eq!(programs.len(), APPS.len(), "{log}");
    for p in &programs {
        for path in ["llvm", "tgsi", "tgsi-2019"] {
            let a = load_artifact(&progs, &p.key, path)
                .unwrap_or_else(|e| panic!("{:?} along {path}: {e}", p.app));
            if let Err(e) = test_support::ptxas_accepts(&a.compiled.artifact) {
                panic!("{:?} along {path}: ptxas: {e}", p.app);
            }
            // As NVIDIA's OpenCL is handed it (work-group offsets read: backprop's 262,144
            // groups in y are run as several grids).
            let handed = visabench_core::ptx_abi::with_group_offsets(&a.compiled.artifact);
            if let Err(e) = test_support::ptxas_accepts(&handed) {
                panic!(
                    "{:?} along {path}: ptxas, with the group offsets: {e}",
                    p.app
                );
            }
        }
    }
    // Replay natively: the recorded programs stand in for the apps' builds.
    let out = tempfile::tempdir().unwrap();
    let o = out.path().to_str().unwrap();
    let (ok, log) = visabench(&[
        "apps",
        "run",
        "--work",
        w,
        "--paths",
        "native",
        "--size",
        "small",
        "--reps",
        "1",
        "--library",
        lib,
        "--out",
        o,
        "--no-report",
        "--replay",
        progs.to_str().unwrap(),
    ]);
    assert!(ok, "{log}");
    let r = results::read(out.path()).unwrap();
    assert!(
        r.workloads.iter().all(|w| w.paths[0].status == Status::Ok),
        "{log}"
    );
    let rec =
        interposer_record::record::Record::read(&out.path().join("runs/lud/native/rep-01.json"))
            .unwrap();
    assert_eq!(rec.mode, "replay");
}

/// A Rodinia directory of our own making: nw is missing, backprop crashes (a shell script that
/// kills itself; `$$$$` is make's escape of the shell's `$$`), lud hangs,
/// gaussian is the real one.
fn bad_rodinia(real: &Path, dir: &Path) {
    let copy = |from: &Path, to: &Path| {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_file() {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    };
    copy(&real.join("gaussian"), &dir.join("gaussian"));
    copy(&real.join("util"), &dir.join("util"));
    for (app, exe, body) in [
        ("backprop", "backprop.out", "kill -SEGV $$$$"),
        ("lud", "lud.out", "sleep 60"),
    ] {
        std::fs::create_dir_all(dir.join(app)).unwrap();
        let script = format!("#!/bin/sh\n{body}\n");
        let make = format!(
            "{exe}:\n\tprintf '{}' > {exe} && chmod +x {exe}\n",
            script.replace('\n', "\\n")
        );
        std::fs::write(dir.join(app).join("Makefile"), make).unwrap();
    }
}

#[test]
fn a_missing_app_a_crash_and_a_hang_are_reported_and_the_rest_runs() {
    let Some(real) = rodinia() else { return };
    let dir = tempfile::tempdir().unwrap();
    bad_rodinia(&real, dir.path());
    let work = tempfile::tempdir().unwrap();
    let w = work.path().to_str().unwrap();
    let apps = "backprop,gaussian,lud,nw";
    let (ok, log) = visabench(&[
        "apps",
        "build",
        "--rodinia",
        dir.path().to_str().unwrap(),
        "--work",
        w,
        "--apps",
        apps,
    ]);
    assert!(!ok, "a missing app fails the build command\n{log}");
    assert!(log.contains("nw") && log.contains("missing"), "{log}");
    assert!(log.contains("3 of 4 apps built"), "{log}");
    let lib = library();
    let out = tempfile::tempdir().unwrap();
    let (ok, log) = visabench(&[
        "apps",
        "run",
        "--work",
        w,
        "--apps",
        apps,
        "--paths",
        "native",
        "--size",
        "small",
        "--reps",
        "1",
        "--timeout",
        "2",
        "--library",
        lib.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
        "--no-report",
    ]);
    assert!(!ok, "{log}");
    assert!(log.contains("nw: skipped: did not build"), "{log}");
    let r = results::read(out.path()).unwrap();
    let status = |app: &str| {
        let w = r.workloads.iter().find(|w| w.workload == app).unwrap();
        (
            w.paths[0].status,
            w.paths[0].message.clone().unwrap_or_default(),
        )
    };
    let (s, m) = status("backprop");
    assert_eq!(s, Status::Fault, "{m}");
    assert!(m.contains("signal 11"), "{m}");
    let (s, m) = status("lud");
    assert_eq!(s, Status::Timeout, "{m}");
    assert_eq!(status("gaussian").0, Status::Ok, "{log}");
    assert!(r.workloads.iter().all(|w| w.workload != "nw"));
}
