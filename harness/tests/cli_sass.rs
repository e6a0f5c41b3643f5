//! `visabench sass` end to end: a bundle compiled here, every PTX path assembled and counted.

use std::process::Command;

fn visabench(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_visabench"))
        .args(args)
        .output()
        .expect("run visabench")
}

/// A `tiny` bundle of `workloads` in `dir/b`.
fn make_bundle(dir: &std::path::Path, workloads: &str) -> std::path::PathBuf {
    let bundle = dir.join("b");
    let out = visabench(&[
        "bundle",
        "--workloads",
        workloads,
        "--size",
        "tiny",
        "--out",
        bundle.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    bundle
}

#[test]
fn counts_every_ptx_path_of_a_bundle_and_writes_csv() {
    if visabench_core::tools::ptxas().is_err() || visabench_core::tools::nvdisasm().is_err() {
        eprintln!("skipped: ptxas/nvdisasm not installed (scripts/setup installs them)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bundle = make_bundle(dir.path(), "nw,vadd");
    let b = bundle.to_str().unwrap();

    let csv = dir.path().join("sass.csv");
    let out = visabench(&["sass", "--bundle", b, "--csv", csv.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (w, k) in [("nw", "nw_upper"), ("nw", "nw_lower"), ("vadd", "vadd")] {
        for p in ["llvm", "tgsi", "tgsi-2019"] {
            assert!(
                stdout
                    .lines()
                    .any(|l| l.split_whitespace().take(3).eq([w, k, p])),
                "no row for {w}/{k}/{p}:\n{stdout}"
            );
        }
    }
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    // 3 paths × (nw: 2 kernels + (all), vadd: 1 kernel + (all)).
    assert_eq!(rows.len(), 3 * (3 + 2), "{text}");
    for r in &rows {
        assert_eq!(r.len(), header.len(), "{r:?}");
        let n: u32 = r[col("instructions")].parse().unwrap();
        assert!(n > 0, "{r:?}");
        assert!(r[col("registers")].parse::<u32>().unwrap() > 0, "{r:?}");
        // The assembler's version, e.g. 13.0.88: counts depend on it.
        assert!(
            r[col("ptxas")].starts_with(|c: char| c.is_ascii_digit()),
            "{r:?}"
        );
    }
    // nw's kernels share one barrier-synchronised tile: every path keeps the barriers.
    for r in rows.iter().filter(|r| r[0] == "nw" && r[2] != "(all)") {
        assert!(r[col("barriers")].parse::<u32>().unwrap() >= 1, "{r:?}");
    }
    // Only a path that has PTX can be chosen; nothing selected is an error.
    let out = visabench(&["sass", "--bundle", b, "--paths", "nope"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing to analyse"));
}

#[test]
fn native_needs_an_nvidia_gpu() {
    let has_nvidia = Command::new(env!("CARGO_BIN_EXE_visabench"))
        .arg("devices")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("NVIDIA"))
        .unwrap_or(false);
    if has_nvidia {
        eprintln!("skipped: this machine has an NVIDIA device");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bundle = make_bundle(dir.path(), "vadd");
    let b = bundle.to_str().unwrap();
    let out = visabench(&["sass", "--bundle", b, "--native"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--native needs"), "{err}");
}
