//! `visabench compile` and `visabench paths`, run as the built binary.
#![cfg(feature = "compile")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_visabench"))
}

fn compile_tests() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../kernels/cl/compile-tests")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run visabench")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Fails with a non-zero exit, a message containing every `needles`, and leaves no file at `out`.
fn assert_fails(o: &Output, needles: &[&str], out: &Path) {
    assert!(
        !o.status.success(),
        "expected failure; stderr: {}",
        stderr(o)
    );
    let e = stderr(o);
    for n in needles {
        assert!(e.contains(n), "stderr lacks `{n}`:\n{e}");
    }
    assert!(
        o.stdout.is_empty(),
        "stdout not empty: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(!out.exists(), "{} was left behind", out.display());
    let leftovers: Vec<_> = std::fs::read_dir(out.parent().unwrap()).unwrap().collect();
    assert!(leftovers.is_empty(), "scratch files left: {leftovers:?}");
}

#[test]
fn compiles_to_stdout_and_to_a_file() {
    let f = compile_tests().join("reduce_local.cl");
    let o = run(&[
        "compile",
        f.to_str().unwrap(),
        "--path",
        "llvm",
        "--emit",
        "ptx",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ptx = String::from_utf8(o.stdout).unwrap();
    assert!(
        ptx.contains(".entry reduce_sum(") && ptx.contains(".target sm_90"),
        "{ptx}"
    );

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("k.ll");
    let o = run(&[
        "compile",
        f.to_str().unwrap(),
        "--emit",
        "llvm",
        "-o",
        out.to_str().unwrap(),
        "--timings",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let ir = std::fs::read_to_string(&out).unwrap();
    assert!(
        ir.contains("define") && ir.contains("ptx_kernel void @reduce_sum"),
        "{ir}"
    );
    let timings = stderr(&o);
    assert!(
        timings.contains("llvm") && timings.contains("ptx") && timings.contains(" s"),
        "{timings}"
    );
}

#[test]
fn stdin_defines_options_kernel_and_native() {
    let o = test_support::output_with_stdin(
        bin().args([
            "compile",
            "-",
            "-D",
            "N=7",
            "--options",
            "-DM=5 -cl-mad-enable",
            "--emit",
            "llvm",
        ]),
        b"__kernel void k(__global int *a) { a[0] = N * M; }\n",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("store i32 35"));

    let f = compile_tests().join("float4.cl");
    let o = run(&["compile", f.to_str().unwrap(), "--kernel", "dot4"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ptx = String::from_utf8(o.stdout).unwrap();
    assert!(ptx.contains(".entry dot4(") && !ptx.contains("scale_vload"));

    let o = run(&["compile", f.to_str().unwrap(), "--path", "native"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        std::fs::read_to_string(&f).unwrap()
    );

    let o = run(&[
        "compile",
        f.to_str().unwrap(),
        "--target",
        "sm_80",
        "--ptx-isa",
        "9.0",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains(".target sm_80"));
}

#[test]
fn bad_input_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let src = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.ptx");
    let out_s = out.to_str().unwrap();

    let bad = src.path().join("syntax.cl");
    std::fs::write(&bad, "__kernel void k(__global int *a) {\n  a[0] = 1\n}\n").unwrap();
    let o = run(&["compile", bad.to_str().unwrap(), "-o", out_s]);
    assert_fails(
        &o,
        &[&format!("{}:2:11: error:", bad.display()), "expected ';'"],
        &out,
    );

    let inc = src.path().join("inc.cl");
    std::fs::write(
        &inc,
        "#include \"missing_header.h\"\n__kernel void k() {}\n",
    )
    .unwrap();
    let o = run(&["compile", inc.to_str().unwrap(), "-o", out_s]);
    assert_fails(
        &o,
        &[
            &format!("{}:1:10: fatal error:", inc.display()),
            "missing_header.h",
        ],
        &out,
    );

    let good = compile_tests().join("vector_add.cl");
    let good = good.to_str().unwrap();
    let o = run(&["compile", good, "--path", "nope", "-o", out_s]);
    assert_fails(&o, &["unknown path `nope`", "native", "llvm"], &out);

    let o = run(&["compile", good, "--kernel", "absent", "-o", out_s]);
    assert_fails(&o, &["no kernel named `absent`", "vector_add"], &out);

    let o = run(&["compile", good, "--emit", "tgsi", "-o", out_s]);
    assert_fails(&o, &["no stage `tgsi`", "llvm, ptx"], &out);

    let o = run(&["compile", "/nonexistent/k.cl", "-o", out_s]);
    assert_fails(&o, &["cannot read /nonexistent/k.cl"], &out);

    let o = run(&["compile", good, "--options", "-O2", "-o", out_s]);
    assert_fails(&o, &["unsupported build option `-O2`"], &out);
}

#[test]
fn an_existing_output_survives_a_failed_compile() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("keep.ptx");
    std::fs::write(&out, "old").unwrap();
    let o = run(&["compile", "/nonexistent/k.cl", "-o", out.to_str().unwrap()]);
    assert!(!o.status.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
}

#[test]
fn paths_lists_native_and_llvm() {
    let o = run(&["paths", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let llvm = v
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "llvm")
        .expect("llvm registered");
    assert_eq!(llvm["hands"], "ptx");
    assert_eq!(llvm["stages"], serde_json::json!(["llvm", "ptx"]));
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "native" && p["hands"] == "opencl-c"));
    let o = run(&["paths"]);
    let table = String::from_utf8(o.stdout).unwrap();
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("llvm") && l.contains("llvm,ptx")),
        "{table}"
    );
}

/// The path's own input form: `--emit spirv` writes the disassembly, and a SPIR-V binary made
/// by clang compiles with `compile k.spv --path spirv` to the same PTX as its source.
#[test]
fn spirv_from_source_and_from_a_binary() {
    let f = compile_tests().join("vector_add.cl");
    let o = run(&[
        "compile",
        f.to_str().unwrap(),
        "--path",
        "spirv",
        "--emit",
        "spirv",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("OpCapability Kernel"), "{text}");
    assert!(text.contains("OpEntryPoint Kernel"), "{text}");

    let dir = tempfile::tempdir().unwrap();
    let spv = dir.path().join("vector_add.spv");
    let clang = Command::new("clang-22")
        .args([
            "-x",
            "cl",
            "-cl-std=CL1.2",
            "-target",
            "spirv64",
            "-O2",
            "-c",
        ])
        .arg(&f)
        .arg("-o")
        .arg(&spv)
        .output();
    let Ok(clang) = clang else {
        eprintln!("no clang-22 on PATH: skipped the binary half");
        return;
    };
    assert!(clang.status.success(), "{}", stderr(&clang));
    let from_binary = run(&["compile", spv.to_str().unwrap(), "--path", "spirv"]);
    assert!(from_binary.status.success(), "{}", stderr(&from_binary));
    let ptx = String::from_utf8_lossy(&from_binary.stdout);
    assert!(ptx.contains(".entry vector_add"), "{ptx}");
    let from_source = run(&["compile", f.to_str().unwrap(), "--path", "spirv"]);
    assert_eq!(from_binary.stdout, from_source.stdout);
    // OpenCL C options make no sense for a binary.
    let o = run(&[
        "compile",
        spv.to_str().unwrap(),
        "--path",
        "spirv",
        "-D",
        "X=1",
    ]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("apply to OpenCL C input"),
        "{}",
        stderr(&o)
    );
}
