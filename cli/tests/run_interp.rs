//! `visabench run --device tgsi-interp`: the TGSI paths of a bundle verified on our TGSI
//! interpreter — no GPU, no OpenCL — and every other path refused as unsupported there.
#![cfg(feature = "compile")]

use harness::results::{self, Status};
use std::process::Command;

#[test]
fn the_interpreter_verifies_the_tgsi_paths_of_a_bundle() {
    let d = tempfile::tempdir().unwrap();
    let (b, out) = (d.path().join("b"), d.path().join("r"));
    let visabench = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_visabench"));
        c.env_remove(harness::workloads::TEST_WORKLOADS_VAR)
            .env("VISABENCH_CACHE", d.path());
        c
    };
    let o = visabench()
        .args([
            "bundle",
            "--workloads",
            "vadd,reduce,gaussian",
            "--size",
            "tiny",
        ])
        .args([
            "--paths",
            "native,tgsi,tgsi-2019,tgsi@modern+scalar-memory",
            "--out",
        ])
        .arg(&b)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let m = harness::bundle::load(&b).unwrap();
    let tgsi = m.workloads[0].path("tgsi").unwrap();
    assert!(
        tgsi.tgsi.as_deref().is_some_and(|t| b.join(t).exists()),
        "{tgsi:?}"
    );
    assert!(m.workloads[0].path("native").unwrap().tgsi.is_none());

    let o = visabench()
        .args(["run", "--device", "tgsi-interp", "--bundle"])
        .arg(&b)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let log = format!(
        "{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        o.status.success(),
        "ok and unsupported only, so success:\n{log}"
    );
    assert!(log.contains("verifies only"), "{log}");
    let r = results::read(&out).unwrap();
    assert_eq!(r.env.gpu, "TGSI interpreter");
    assert_eq!(r.workloads.len(), 3);
    for w in &r.workloads {
        for p in &w.paths {
            let want = if p.path == "native" {
                Status::Unsupported
            } else {
                Status::Ok
            };
            assert_eq!(
                p.status, want,
                "{} · {}: {:?}\n{log}",
                w.workload, p.path, p.message
            );
            assert!(p.total.is_none(), "the interpreter does not time");
            if p.status == Status::Ok {
                assert!(p.verdict.as_ref().is_some_and(|v| v.ok && v.compared > 0));
                assert!(p
                    .build_log
                    .as_deref()
                    .unwrap_or("")
                    .contains("instructions"));
            }
        }
    }
}
