//! `visabench diff` on this machine: native on its OpenCL device (PoCL in CI), the TGSI paths
//! on the interpreter, every buffer compared.

use std::process::Command;

fn diff(dir: &std::path::Path, src: &str, args: &[&str]) -> (Option<i32>, String) {
    let file = dir.join("k.cl");
    std::fs::write(&file, src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_visabench"))
        .arg("diff")
        .arg(&file)
        .args(args)
        .output()
        .expect("visabench runs");
    (
        out.status.code(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

const SAXPY: &str =
    "__kernel void saxpy(__global float *y, __global const float *x, float a, uint n) {
  uint i = get_global_id(0);
  if (i < n) y[i] = a * x[i] + y[i];
}
__kernel void cube(__global float *y, __global const float *x) {
  uint i = get_global_id(0);
  y[i] = pow(x[i], 3.0f);
}
";

#[test]
fn paths_that_agree_exit_0_and_differences_are_located() {
    let d = tempfile::tempdir().unwrap();
    let (code, out) = diff(d.path(), SAXPY, &["--kernel", "saxpy", "--global", "128"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("tgsi         agrees (TGSI interpreter)"),
        "{out}"
    );
    assert!(out.contains("tgsi-2019    agrees"), "{out}");
    // pow: the interpreter's and PoCL's results differ in the last bits for some inputs;
    // with no ULP tolerance that is a difference, named with its index and both values.
    let (code, out) = diff(d.path(), SAXPY, &["--kernel", "cube", "--ulps", "0"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("DIFFERS") && out.contains("y: ") && out.contains("first: ["),
        "{out}"
    );
    // The same within 4 ulps agrees, counted apart.
    let (code, out) = diff(d.path(), SAXPY, &["--kernel", "cube", "--json"]);
    assert_eq!(code, Some(0), "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["agree"], true);
    let tgsi = v["paths"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["path"] == "tgsi")
        .unwrap();
    assert!(
        tgsi["buffers"][0]["within_ulps"].as_u64().unwrap() > 0,
        "{out}"
    );
}

#[test]
fn bad_input_is_an_error_naming_what_there_is() {
    let d = tempfile::tempdir().unwrap();
    let (code, out) = diff(d.path(), SAXPY, &[]);
    assert_ne!(code, Some(0));
    assert!(
        out.contains("has 2 kernels: choose one with --kernel (saxpy, cube)"),
        "{out}"
    );
    let (code, out) = diff(d.path(), SAXPY, &["--kernel", "nope"]);
    assert_ne!(code, Some(0));
    assert!(out.contains("no kernel `nope`"), "{out}");
    let (code, out) = diff(
        d.path(),
        SAXPY,
        &["--kernel", "saxpy", "--global", "100", "--local", "64"],
    );
    assert_ne!(code, Some(0));
    assert!(out.contains("--local"), "{out}");
    let (code, out) = diff(
        d.path(),
        "__kernel void k(__global int *a) { a[0] = ; }",
        &[],
    );
    assert_ne!(code, Some(0));
    assert!(out.contains("k.cl:1"), "a located compile error: {out}");
}

/// The fuzz campaign's kernel 5025 (minimized): `rotate(mul_hi(x, y), k)`, which LLVM folds
/// into a 64-bit product shifted right by less than 32. `tgsi-2019` (no 64-bit integers) took
/// only the low word of the product; it now combines both halves.
/// Also kernel 5010: `mul_hi(a, c) >> 31`, which LLVM turns into a sign test of the 64-bit
/// product of `a` and `(ulong)(uint)c` (an `and` with 0xffffffff, not a `zext`); `tgsi-2019`
/// tested the low word's sign. Kernel 1951: the same with a `phi` of small constants as an
/// operand. Kernel 8418: `mul_hi(c * c, rotate(d, d)) << 26`, where LLVM narrows `(uint)(c * c)`
/// to `c * c & 0xfffffffd` (a square's bit 1 is clear) and shifts the product right by 6.
#[test]
fn a_wide_product_shifted_by_less_than_32_is_right_without_int64() {
    for fixture in [
        "fuzz-5025-mul-hi-shift.cl",
        "fuzz-5010-mul-hi-sign.cl",
        "fuzz-1951-mul-hi-phi.cl",
        "fuzz-8418-mul-hi-square.cl",
    ] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let src = std::fs::read_to_string(dir.join(fixture)).unwrap();
        let d = tempfile::tempdir().unwrap();
        let args = [
            "--global",
            "256",
            "--local",
            "64",
            "--elements",
            "256",
            "--seed",
            "7",
            "--paths",
            "tgsi-2019,tgsi",
        ];
        let (code, out) = diff(d.path(), &src, &args);
        assert_eq!(code, Some(0), "{fixture}: {out}");
        assert!(out.contains("tgsi-2019    agrees"), "{fixture}: {out}");
    }
}
