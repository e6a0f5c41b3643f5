//! Frontend failures: located diagnostics, missing includes, options.

use frontend_opencl::{signatures_of, FrontendError};
use visabench_core::{BuildOptions, CompileRequest, PathError, Target};

fn compile(
    file: &str,
    source: &str,
    options: &BuildOptions,
) -> Result<Vec<visabench_core::KernelSignature>, FrontendError> {
    let req = CompileRequest {
        file_name: file,
        source,
        options,
        target: Target::default(),
    };
    signatures_of(&req)
}

#[test]
fn syntax_error_is_located_in_the_users_file() {
    let src = "__kernel void k(__global float *a) {\n    a[0] = undeclared_b;\n}\n";
    let err = compile("dir/bad.cl", src, &BuildOptions::default()).unwrap_err();
    let FrontendError::Source { file, diagnostics } = &err else {
        panic!("unexpected {err}")
    };
    assert_eq!(file, "dir/bad.cl");
    let d = &diagnostics[0];
    assert_eq!(
        (d.file.as_str(), d.line, d.column, d.severity.as_str()),
        ("dir/bad.cl", 2, 12, "error")
    );
    assert!(d.message.contains("undeclared_b"), "{}", d.message);
    let msg = PathError::from(err).to_string();
    assert!(msg.contains("dir/bad.cl:2:12: error:"), "{msg}");
}

#[test]
fn missing_include_is_a_fatal_error_with_location() {
    let src = "\n#include \"no_such_header.h\"\n__kernel void k(__global int *a) { a[0] = 1; }\n";
    let err = compile("inc.cl", src, &BuildOptions::default()).unwrap_err();
    let FrontendError::Source { diagnostics, .. } = &err else {
        panic!("unexpected {err}")
    };
    assert_eq!(diagnostics[0].severity, "fatal error");
    assert_eq!((diagnostics[0].line, diagnostics[0].column), (2, 10));
    assert!(diagnostics[0].message.contains("no_such_header.h"));
}

#[test]
fn defines_and_include_dirs_reach_clang() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("inc")).unwrap();
    std::fs::write(dir.path().join("inc/width.h"), "#define WIDTH 16\n").unwrap();
    std::fs::write(dir.path().join("near.h"), "typedef int near_t;\n").unwrap();
    let src = "#include <width.h>\n#include \"near.h\"\n\
               __kernel void k(__global near_t *a) { a[0] = WIDTH + EXTRA; }\n";
    let file = dir.path().join("k.cl").display().to_string();
    let opts = BuildOptions::parse(&format!(
        "-DEXTRA=2 -I {}",
        dir.path().join("inc").display()
    ))
    .unwrap();
    let sigs = compile(&file, src, &opts).unwrap();
    assert_eq!(sigs[0].args[0].type_name, "near_t*");
    // Without the define the same source fails.
    let opts = BuildOptions::parse(&format!("-I {}", dir.path().join("inc").display())).unwrap();
    assert!(matches!(
        compile(&file, src, &opts),
        Err(FrontendError::Source { .. })
    ));
}

#[test]
fn cl_std_option_overrides_the_default() {
    // Generic address space pointers only exist from OpenCL C 2.0 on.
    let src = "__kernel void k(__global int *a) { int *p = a; p[0] = 1; }\n";
    assert!(compile("s.cl", src, &BuildOptions::default()).is_err());
    let ok = compile("s.cl", src, &BuildOptions::parse("-cl-std=CL2.0").unwrap()).unwrap();
    assert_eq!(ok[0].name, "k");
}

#[test]
fn unknown_clang_option_is_a_clear_error() {
    let err = compile(
        "o.cl",
        "__kernel void k() {}",
        &BuildOptions::parse("-cl-no-such-thing").unwrap(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("-cl-no-such-thing"), "{err}");
}

#[test]
fn unreadable_file_is_a_clear_error() {
    let err = frontend_opencl::read_source("/nonexistent/dir/k.cl").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot read /nonexistent/dir/k.cl"),
        "{err}"
    );
}
