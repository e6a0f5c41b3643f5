//! End-to-end runs of `visabench run` on whatever OpenCL device the machine has (PoCL's CPU
//! device in CI): the `native` path of every workload verifies at `tiny` size, and every kind
//! of fault is recorded for its (workload, path) while the rest of the run goes on.

use harness::bundle::{self, Spec};
use harness::results::{self, Results, Status};
use std::path::Path;
use std::process::Command;
use visabench_core::{AddressSpace, ArgKind, KernelArg, KernelSignature, Target};

fn visabench() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_visabench"));
    c.env_remove(harness::workloads::TEST_WORKLOADS_VAR);
    c
}

fn run(cmd: &mut Command) -> (bool, String) {
    let out = cmd.output().expect("visabench runs");
    let text = format!(
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn path_of<'a>(r: &'a Results, workload: &str, path: &str) -> &'a results::PathResult {
    r.workloads
        .iter()
        .find(|w| w.workload == workload)
        .and_then(|w| w.paths.iter().find(|p| p.path == path))
        .unwrap_or_else(|| panic!("{workload} · {path} missing from results"))
}

#[test]
fn native_path_of_every_workload_verifies_at_tiny_size() {
    let out = tempfile::tempdir().unwrap();
    let (ok, log) = run(visabench()
        .args(["run", "--paths", "native", "--size", "tiny"])
        .args([
            "--reps",
            "6",
            "--warmup",
            "1",
            "--out",
            out.path().to_str().unwrap(),
        ]));
    let r = results::read(out.path()).unwrap_or_else(|e| panic!("{e}\n{log}"));
    assert!(r.complete);
    assert_eq!(r.env.size, "tiny");
    assert_eq!(r.workloads.len(), kernels::registry().len(), "{log}");
    for w in &r.workloads {
        let p = path_of(&r, &w.workload, "native");
        assert_eq!(
            p.status,
            Status::Ok,
            "{} failed: {:?}\n{log}",
            w.workload,
            p.message
        );
        assert!(p.verdict.as_ref().is_some_and(|v| v.ok && v.compared > 0));
        let total = p.total.as_ref().expect("whole-sequence timing");
        let s = total.summary.as_ref().expect("statistics");
        assert_eq!(s.n, 6);
        assert!(s.min > 0.0 && s.min <= s.median && s.median <= s.max);
        assert!(s.ci_low.is_some(), "6 samples give a 95% CI of the median");
        // Every kernel of the workload was launched and timed.
        for k in &w.kernels {
            let kt = p
                .kernels
                .iter()
                .find(|t| &t.kernel == k)
                .expect("kernel timing");
            assert!(kt.launches > 0, "{} · {k} never launched", w.workload);
        }
        // Timed by replay (the default), and the checking replay read back what the
        // recorded run read, bit for bit.
        let check = p.replay_check.expect("a replayed timing pass has a check");
        assert!(check.reads > 0, "{} · the check made no read", w.workload);
        assert_eq!(
            check.differing, 0,
            "{} · a replay read differs from the recorded run's",
            w.workload
        );
    }
    assert_eq!(r.env.timing_mode.as_deref(), Some("replay"));
    assert!(ok, "all paths ok, so the exit status is success\n{log}");
    let csv = std::fs::read_to_string(out.path().join("results.csv")).unwrap();
    assert!(
        csv.lines()
            .any(|l| l.starts_with("vadd,(all),native,default,ok,1,6,")),
        "{csv}"
    );
    assert!(out.path().join("env.json").exists());
}

#[test]
fn faults_are_recorded_and_the_run_goes_on() {
    let out = tempfile::tempdir().unwrap();
    let (ok, log) = run(visabench()
        .env(harness::workloads::TEST_WORKLOADS_VAR, "1")
        .args([
            "run", "--paths", "native", "--size", "tiny", "--reps", "3", "--warmup", "0",
        ])
        .args(["--timeout", "10", "--out", out.path().to_str().unwrap()])
        .args([
            "--workloads",
            "test-wrong,test-broken,test-fault,test-hang,vadd",
        ]));
    assert!(!ok, "a run with failures exits non-zero\n{log}");
    let r = results::read(out.path()).unwrap_or_else(|e| panic!("{e}\n{log}"));

    let wrong = path_of(&r, "test-wrong", "native");
    assert_eq!(wrong.status, Status::Wrong, "{log}");
    let v = wrong.verdict.as_ref().unwrap();
    assert_eq!((v.wrong, v.first[0].index), (1, 3));
    assert!(wrong.message.as_ref().unwrap().contains("c[3]: expected"));
    assert!(wrong.total.is_none(), "a wrong path is not timed");

    let broken = path_of(&r, "test-broken", "native");
    assert_eq!(broken.status, Status::BuildFailed);
    assert!(
        broken
            .build_log
            .as_ref()
            .unwrap()
            .contains("undeclared_variable"),
        "{broken:?}"
    );

    let fault = path_of(&r, "test-fault", "native");
    assert_eq!(fault.status, Status::Fault, "{fault:?}");
    assert!(fault.message.as_ref().unwrap().contains("worker"));

    let hang = path_of(&r, "test-hang", "native");
    assert_eq!(hang.status, Status::Timeout, "{hang:?}");

    // The good workload after all of them still ran, verified and was timed.
    let good = path_of(&r, "vadd", "native");
    assert_eq!(good.status, Status::Ok, "{log}");
    assert_eq!(good.total.as_ref().unwrap().summary.as_ref().unwrap().n, 3);
    let csv = std::fs::read_to_string(out.path().join("results.csv")).unwrap();
    for status in ["wrong", "build-failed", "fault", "timeout"] {
        assert!(
            csv.contains(&format!(",native,default,{status},")),
            "{status} row missing\n{csv}"
        );
    }
}

fn add_signature() -> Vec<KernelSignature> {
    let ptr = |name: &str, space| KernelArg {
        name: name.into(),
        type_name: "float*".into(),
        qualifiers: vec![],
        kind: ArgKind::Pointer {
            space,
            pointee: "float".into(),
        },
    };
    vec![KernelSignature {
        name: "add".into(),
        args: vec![
            ptr("a", AddressSpace::Global),
            ptr("b", AddressSpace::Global),
            ptr("c", AddressSpace::Global),
            KernelArg {
                name: "n".into(),
                type_name: "uint".into(),
                qualifiers: vec![],
                kind: ArgKind::ByValue {
                    size: 4,
                    align: 4,
                    is_struct: false,
                },
            },
        ],
        reqd_work_group_size: None,
    }]
}

fn fixture_bundle(dir: &Path, names: &[&str]) {
    let fixtures = harness::workloads::fixtures();
    let spec = Spec {
        size: kernels::Size::Tiny,
        target: Target::default(),
        workloads: fixtures
            .into_iter()
            .filter(|w| names.contains(&w.name()))
            .collect(),
        paths: vec![&visabench_core::Native],
        levels: vec![],
        llvm_version: None,
        signatures: Some(&|_| Ok(add_signature())),
    };
    bundle::create(dir, &spec, &mut |_, _| {}).unwrap();
}

#[test]
fn arguments_are_checked_against_signatures_from_a_bundle() {
    let b = tempfile::tempdir().unwrap();
    fixture_bundle(b.path(), &["test-badarg", "test-wrong"]);
    let m = bundle::load(b.path()).unwrap();
    assert_eq!(m.workloads.len(), 2);
    assert_eq!(
        m.workload("test-badarg")
            .unwrap()
            .signatures
            .as_ref()
            .unwrap()[0]
            .name,
        "add"
    );
    let out = tempfile::tempdir().unwrap();
    let (ok, log) = run(visabench()
        .env(harness::workloads::TEST_WORKLOADS_VAR, "1")
        .args([
            "run",
            "--reps",
            "2",
            "--warmup",
            "0",
            "--bundle",
            b.path().to_str().unwrap(),
        ])
        .args(["--out", out.path().to_str().unwrap()]));
    assert!(!ok);
    let r = results::read(out.path()).unwrap_or_else(|e| panic!("{e}\n{log}"));
    let bad = path_of(&r, "test-badarg", "native");
    assert_eq!(bad.status, Status::LaunchFailed, "{log}");
    let msg = bad.message.as_ref().unwrap();
    assert!(
        msg.contains("argument 3 (`n`)") && msg.contains("8 bytes given"),
        "{msg}"
    );
    // The same signature accepts the well-formed launches of the other fixture.
    assert_eq!(path_of(&r, "test-wrong", "native").status, Status::Wrong);
    // A bundle fixes its size: asking for another is refused.
    let (ok, log) = run(visabench().args([
        "run",
        "--size",
        "paper",
        "--bundle",
        b.path().to_str().unwrap(),
    ]));
    assert!(!ok && log.contains("made for size `tiny`"), "{log}");
}

/// A documented limit of a path (TGSI has no 64-bit atomics) is `unsupported`, not a failure:
/// the run exits 0 when everything else verified, and the message names the construct.
#[test]
fn a_construct_the_path_cannot_express_is_unsupported_not_a_failure() {
    let out = tempfile::tempdir().unwrap();
    let (ok, log) = run(visabench()
        .args(["run", "--workloads", "atomics64", "--paths", "native,tgsi"])
        .args(["--size", "tiny", "--reps", "1", "--warmup", "0", "--out"])
        .arg(out.path()));
    assert!(ok, "run should succeed:\n{log}");
    let r = results::read(out.path()).unwrap();
    assert_eq!(path_of(&r, "atomics64", "native").status, Status::Ok);
    let tgsi = path_of(&r, "atomics64", "tgsi");
    assert_eq!(tgsi.status, Status::Unsupported);
    let msg = tgsi.message.as_deref().unwrap_or_default();
    assert!(
        msg.contains("64-bit atomic") && msg.contains("atomics64.cl:"),
        "{msg}"
    );
}

#[test]
fn rerun_timing_runs_the_host_code_every_repetition_and_says_so() {
    let out = tempfile::tempdir().unwrap();
    let (ok, log) = run(visabench()
        .args(["run", "--paths", "native", "--size", "tiny", "--reps", "3"])
        .args([
            "--warmup",
            "1",
            "--timing",
            "rerun",
            "--workloads",
            "vadd,bfs",
        ])
        .args(["--out", out.path().to_str().unwrap()]));
    assert!(ok, "{log}");
    let r = results::read(out.path()).unwrap_or_else(|e| panic!("{e}\n{log}"));
    assert_eq!(r.env.timing_mode.as_deref(), Some("rerun"));
    for w in ["vadd", "bfs"] {
        let p = path_of(&r, w, "native");
        assert_eq!(
            p.total
                .as_ref()
                .and_then(|t| t.summary.as_ref())
                .map(|s| s.n),
            Some(3)
        );
        assert!(
            p.replay_check.is_none(),
            "nothing is replayed in rerun mode"
        );
    }
    let timing = std::fs::read_to_string(out.path().join("timing.txt")).unwrap();
    assert!(timing.contains("(rerun; 3 timed runs"), "{timing}");
    let (ok, log) = run(visabench()
        .args([
            "run", "--paths", "native", "--size", "tiny", "--timing", "fast",
        ])
        .args(["--out", out.path().to_str().unwrap()]));
    assert!(
        !ok && log.contains("unknown timing mode `fast` (replay, rerun)"),
        "{log}"
    );
}
