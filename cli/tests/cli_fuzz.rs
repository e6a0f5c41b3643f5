//! `visabench fuzz` with a fixed seed on this machine (PoCL and the TGSI interpreter in CI):
//! 200 generated kernels, every one agreeing with native on every path that runs, or
//! differing only by FP contraction (the known semantic difference), or refused by name.

#[test]
fn two_hundred_kernels_of_a_fixed_seed_agree_across_paths() {
    let out = tempfile::tempdir().unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_visabench"))
        .args(["fuzz", "--kernels", "200", "--seed", "1", "--out"])
        .arg(out.path())
        .output()
        .expect("visabench runs");
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    let c: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("campaign.json")).unwrap()).unwrap();
    assert_eq!(c["kernels"], 200, "{log}");
    assert_eq!(c["native_failed"], 0, "{log}");
    assert_eq!(
        (c["differed"].as_u64(), c["failed"].as_u64()),
        (Some(0), Some(0)),
        "findings: {log}"
    );
    let sum = ["agreed", "contraction"]
        .iter()
        .map(|k| c[k].as_u64().unwrap())
        .sum::<u64>();
    assert_eq!(sum, 200, "{log}");
    assert!(c["agreed"].as_u64().unwrap() > 150, "{log}");
    // tgsi-2019 refuses atomics by name (its documented restriction), never silently.
    assert!(c["refused"]["tgsi-2019"].as_u64().unwrap() > 0, "{log}");
    assert!(run.status.success(), "{log}");
}
