//! Bad input of the classes docs/BAD_INPUT.md lists that no other test covers: no OpenCL
//! device, a missing tool, a corrupted bundle manifest, a truncated results file. Each gives a
//! located message and a non-zero exit, and leaves no partial output behind.

use std::path::Path;
use std::process::{Command, Output};

fn visabench(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_visabench"));
    c.args(args);
    c
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A failed command: non-zero exit, every needle in its message, `absent` not created.
fn assert_fails(o: &Output, needles: &[&str], absent: &Path) {
    let e = stderr(o);
    assert!(!o.status.success(), "should fail: {e}");
    for n in needles {
        assert!(e.contains(n), "message lacks `{n}`: {e}");
    }
    assert!(
        !absent.exists(),
        "{} was written by a failed command",
        absent.display()
    );
}

/// A bundle of one workload at `tiny` size (native only: it runs on PoCL).
fn bundle(dir: &Path) {
    let o = visabench(&[
        "bundle",
        "--workloads",
        "vadd",
        "--size",
        "tiny",
        "--paths",
        "native",
    ])
    .arg("--out")
    .arg(dir)
    .output()
    .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn no_opencl_device_says_what_there_is_and_how_to_get_one() {
    let t = tempfile::tempdir().unwrap();
    let out = t.path().join("out");
    // No device of that name.
    let o = visabench(&[
        "run",
        "--size",
        "tiny",
        "--workloads",
        "vadd",
        "--device",
        "no-such-gpu",
    ])
    .arg("--out")
    .arg(&out)
    .output()
    .unwrap();
    assert_fails(
        &o,
        &["no OpenCL device matches `no-such-gpu`", "devices:"],
        &out,
    );
    // No platform at all (the ICD loader finds no vendor file).
    let empty = t.path().join("vendors");
    std::fs::create_dir(&empty).unwrap();
    let o = visabench(&["run", "--size", "tiny", "--workloads", "vadd"])
        .arg("--out")
        .arg(&out)
        .env("OCL_ICD_VENDORS", &empty)
        .env_remove("OCL_ICD_FILENAMES")
        .output()
        .unwrap();
    assert_fails(&o, &["no OpenCL device found", "apt-get install"], &out);
}

#[test]
fn a_tool_variable_naming_no_file_is_an_error_not_passed_over() {
    let t = tempfile::tempdir().unwrap();
    let b = t.path().join("b");
    let o = visabench(&[
        "bundle",
        "--workloads",
        "vadd",
        "--size",
        "tiny",
        "--paths",
        "llvm",
    ])
    .arg("--out")
    .arg(&b)
    .output()
    .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = t.path().join("sass.csv");
    let o = visabench(&["sass"])
        .arg("--bundle")
        .arg(&b)
        .arg("--csv")
        .arg(&csv)
        .env("VISABENCH_PTXAS", "/nonexistent/ptxas")
        .output()
        .unwrap();
    assert_fails(
        &o,
        &[
            "ptxas not found",
            "$VISABENCH_PTXAS=/nonexistent/ptxas (no such file)",
        ],
        &csv,
    );
}

#[test]
fn a_corrupted_bundle_manifest_is_located_and_nothing_runs() {
    let t = tempfile::tempdir().unwrap();
    let b = t.path().join("b");
    bundle(&b);
    let m = b.join("manifest.json");
    let text = std::fs::read_to_string(&m).unwrap();
    std::fs::write(&m, &text[..text.len() / 2]).unwrap();
    let out = t.path().join("out");
    let o = visabench(&["run", "--device", "cpu"])
        .arg("--bundle")
        .arg(&b)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_fails(&o, &["manifest.json is not valid", "line "], &out);
    let e = stderr(&o);
    assert_eq!(
        e.matches("EOF while parsing").count(),
        1,
        "the cause is said once: {e}"
    );
    // A manifest of another format version is named as such.
    std::fs::write(&m, text.replacen("\"format\": 1", "\"format\": 99", 1)).unwrap();
    let o = visabench(&["run", "--device", "cpu"])
        .arg("--bundle")
        .arg(&b)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_fails(&o, &["manifest format 99", "reads 1"], &out);
}

#[test]
fn a_truncated_results_file_is_located_and_no_report_is_written() {
    let t = tempfile::tempdir().unwrap();
    let b = t.path().join("b");
    bundle(&b);
    let res = t.path().join("res");
    let o = visabench(&["run", "--device", "cpu", "--reps", "3", "--warmup", "0"])
        .arg("--bundle")
        .arg(&b)
        .arg("--out")
        .arg(&res)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let f = res.join("results.json");
    let text = std::fs::read_to_string(&f).unwrap();
    std::fs::write(&f, &text[..text.len() / 3]).unwrap();
    let rep = t.path().join("report");
    let o = visabench(&["report"])
        .arg(&res)
        .arg("--out")
        .arg(&rep)
        .output()
        .unwrap();
    assert_fails(
        &o,
        &["results.json: not a valid results file", "line "],
        &rep,
    );
}
