//! `visabench tgsi check|fmt|run` end to end.

use std::process::Command;

fn visabench(args: &[&str], stdin: &str) -> (bool, String, String) {
    let out = test_support::output_with_stdin(
        Command::new(env!("CARGO_BIN_EXE_visabench")).args(args),
        stdin.as_bytes(),
    );
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const DOUBLE: &str = "COMP\nDCL SV[0], THREAD_ID\nDCL BUFFER[0]\nDCL TEMP[0..1], LOCAL\n\
IMM[0] UINT32 {2, 0, 0, 0}\nSHL TEMP[0].x, SV[0].xxxx, IMM[0].xxxx\n\
LOAD TEMP[1].x, BUFFER[0].xxxx, TEMP[0].xxxx\nADD TEMP[1].x, TEMP[1].xxxx, TEMP[1].xxxx\n\
STORE BUFFER[0].x, TEMP[0].xxxx, TEMP[1].xxxx\nEND\n";

#[test]
fn check_accepts_and_rejects_with_positions() {
    let (ok, out, _) = visabench(&["tgsi", "check", "-"], DOUBLE);
    assert!(ok);
    assert_eq!(out.trim(), "ok");
    let (ok, _, err) = visabench(&["tgsi", "check", "-"], "COMP\nMOV TEMP[0], FOO[0]\nEND\n");
    assert!(!ok);
    assert!(err.contains("<stdin>:2:14: expected a register"), "{err}");
    let (ok, _, err) = visabench(&["tgsi", "check", "-"], "COMP\nDCL TEMP[0]\nBRK\nEND\n");
    assert!(!ok);
    assert!(
        err.contains("<stdin>:3:1: `BRK`: BRK outside a loop"),
        "{err}"
    );
}

#[test]
fn fmt_prints_canonically_and_rewrites_in_place() {
    let (ok, out, _) = visabench(&["tgsi", "fmt", "-"], "COMP\n DCL TEMP[0..0] ; c\nEND\n");
    assert!(ok);
    assert_eq!(out, "COMP\nDCL TEMP[0]\n  0: END\n");
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.tgsi");
    std::fs::write(&f, "COMP\nEND\n").unwrap();
    let (ok, out, _) = visabench(&["tgsi", "fmt", "-i", f.to_str().unwrap()], "");
    assert!(ok);
    assert!(out.is_empty());
    assert_eq!(std::fs::read_to_string(&f).unwrap(), "COMP\n  0: END\n");
}

#[test]
fn run_prints_buffers_and_json() {
    let args = [
        "tgsi",
        "run",
        "-",
        "--block",
        "4",
        "--buffer",
        "f32:1,2.5,-3,0",
    ];
    let (ok, out, err) = visabench(&args, DOUBLE);
    assert!(ok, "{err}");
    assert_eq!(out.trim(), "buffer 0 f32: 2.0 5.0 -6.0 0.0");
    let mut args = args.to_vec();
    args.push("--json");
    let (ok, out, _) = visabench(&args, DOUBLE);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["work_items"], 4);
    assert_eq!(
        v["buffers"][0]["values"],
        serde_json::json!([2.0, 5.0, -6.0, 0.0])
    );
}

#[test]
fn run_reports_faults() {
    let args = ["tgsi", "run", "-", "--block", "4", "--buffer", "zeros:12"];
    let (ok, _, err) = visabench(&args, DOUBLE);
    assert!(!ok);
    assert!(
        err.contains("instruction 1 `LOAD TEMP[1].x, BUFFER[0].xxxx, TEMP[0].xxxx`"),
        "{err}"
    );
    assert!(err.contains("out-of-bounds"), "{err}");
}
