//! `visabench sass` end to end: a bundle compiled here, every PTX path assembled and counted
//! (at `ptxas`'s default level, and at the levels `--opt-levels` asks for).

use std::process::Command;

/// The registered paths that hand PTX (a bundle holds every registered path).
fn ptx_paths() -> Vec<String> {
    path_registry::paths()
        .iter()
        .filter(|p| p.hands() == visabench_core::ArtifactKind::Ptx)
        .map(|p| p.name().to_string())
        .collect()
}

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
    if !test_support::sass_tools() {
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
        for p in ptx_paths().iter().map(String::as_str) {
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
    // Every PTX path × (nw: 2 kernels + (all), vadd: 1 kernel + (all)).
    assert_eq!(rows.len(), ptx_paths().len() * (3 + 2), "{text}");
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
        // Without --opt-levels: ptxas's default level only.
        assert_eq!(r[col("opt_level")], "default", "{r:?}");
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
fn counts_each_ptxas_level_and_a_weak_finisher_leaves_more() {
    if !test_support::sass_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bundle = make_bundle(dir.path(), "nw");
    let csv = dir.path().join("levels.csv");
    let out = visabench(&[
        "sass",
        "--bundle",
        bundle.to_str().unwrap(),
        "--opt-levels",
        "0,3",
        "--csv",
        csv.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Two levels asked for: the table has a level column after the path.
    for level in ["0", "3"] {
        assert!(
            stdout.lines().any(|l| l
                .split_whitespace()
                .take(4)
                .eq(["nw", "nw_upper", "llvm", level])),
            "no row for nw_upper along llvm at -O{level}:\n{stdout}"
        );
    }
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header[4..6], ["ptxas", "opt_level"], "{header:?}");
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    // Every PTX path × 2 levels × (2 kernels + (all)).
    assert_eq!(rows.len(), ptx_paths().len() * 2 * 3, "{text}");
    let count = |path: &str, kernel: &str, level: &str, what: &str| -> u32 {
        let r = rows
            .iter()
            .find(|r| {
                r[col("path")] == path && r[col("kernel")] == kernel && r[col("opt_level")] == level
            })
            .unwrap_or_else(|| panic!("no {path}/{kernel} at {level}:\n{text}"));
        r[col(what)].parse().unwrap()
    };
    for path in ["llvm", "tgsi", "tgsi-2019"] {
        for kernel in ["nw_upper", "nw_lower", "(all)"] {
            assert!(
                count(path, kernel, "0", "instructions") > 0,
                "{path}/{kernel}"
            );
            assert!(
                count(path, kernel, "3", "instructions") > 0,
                "{path}/{kernel}"
            );
        }
    }
    // nw's kernels loop over the tile's anti-diagonals. `tgsi-2019`'s PTX is long and leaves
    // the clean-up to the finisher: -O0 keeps it, -O3 removes it (ptxas 13.5:
    // 852 SASS instructions at -O0, 232 at -O3 for nw_upper). Along `llvm` and `tgsi`, whose
    // back edges are `setp.ne; @p bra` (`tgsi`: positive latches), -O3 unrolls the
    // anti-diagonal loop instead (one reconvergence barrier per round: BSSY 1 -> 31).
    for kernel in ["nw_upper", "nw_lower"] {
        let (o0, o3) = (
            count("tgsi-2019", kernel, "0", "instructions"),
            count("tgsi-2019", kernel, "3", "instructions"),
        );
        assert!(o0 > o3, "tgsi-2019/{kernel}: -O0 {o0} <= -O3 {o3}\n{text}");
        for path in ["llvm", "tgsi"] {
            let (b0, b3) = (
                count(path, kernel, "0", "bssy"),
                count(path, kernel, "3", "bssy"),
            );
            assert!(
                b3 > 10 * b0.max(1),
                "{path}/{kernel}: BSSY {b0} at -O0, {b3} at -O3\n{text}"
            );
        }
    }
    // The CSV reads back through the report's reader, with its levels.
    let back = sass::read_csv(&text).unwrap();
    assert_eq!(back.len(), rows.len());
    assert!(back.iter().any(|r| r.opt_level == sass::OptLevel::O0));
}

#[test]
fn an_unknown_opt_level_names_the_valid_ones() {
    for bad in ["7", "fast", "0,4"] {
        let out = visabench(&["sass", "--opt-levels", bad]);
        assert!(!out.status.success(), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("default, 0, 1, 2, 3"), "{bad}: {err}");
    }
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
