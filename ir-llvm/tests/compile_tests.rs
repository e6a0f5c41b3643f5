//! Every kernel in `kernels/cl/compile-tests/` goes through the `llvm` path and NVIDIA's
//! `ptxas -arch=sm_90` accepts the PTX.

use std::path::{Path as FsPath, PathBuf};
use visabench_core::{BuildOptions, CompileRequest, Compiled, Path, PathError, Target};

fn compile_tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../kernels/cl/compile-tests")
}

fn programs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(compile_tests_dir())
        .expect("kernels/cl/compile-tests exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cl"))
        .collect();
    v.sort();
    v
}

fn compile(path: &FsPath, only: Option<&str>) -> Result<Compiled, PathError> {
    let source = std::fs::read_to_string(path).unwrap();
    let options = BuildOptions::default();
    let name = path.display().to_string();
    let req = CompileRequest {
        file_name: &name,
        source: &source,
        options: &options,
        target: Target::default(),
    };
    match only {
        None => ir_llvm::LlvmPath.compile(&req),
        Some(k) => ir_llvm::compile_kernels(&req, Some(k)),
    }
}

/// The PTX and what NVIDIA's OpenCL is handed (the work-group offsets read,
/// `visabench_core::ptx_abi`) both assemble.
fn ptxas_accepts(ptx: &str, what: &str) {
    let handed = visabench_core::ptx_abi::with_group_offsets(ptx);
    if let Err(e) = test_support::ptxas_accepts(&handed) {
        panic!("{what}: ptxas rejects the PTX with the group offsets: {e}");
    }
    if let Err(e) = test_support::ptxas_accepts(ptx) {
        panic!("{what}: {e}\n---\n{ptx}");
    }
}

#[test]
fn every_compile_test_assembles_with_ptxas() {
    let programs = programs();
    assert!(programs.len() >= 10);
    for p in &programs {
        let what = p.file_name().unwrap().to_string_lossy().into_owned();
        let c = compile(p, None).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(
            c.stages.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["llvm", "ptx"]
        );
        assert_eq!(c.artifact, c.stage("ptx").unwrap().text);
        let ptx = &c.artifact;
        assert!(
            ptx.contains(".version 8.5") && ptx.contains(".target sm_90"),
            "{what}: header\n{ptx}"
        );
        assert!(
            !ptx.contains(".extern .func"),
            "{what}: unresolved call in\n{ptx}"
        );
        // Everything is inlined into the kernels: no calls, no clang wrapper bodies left.
        assert!(
            !ptx.contains("call.uni") && !ptx.contains("__clang_ocl_kern_imp_"),
            "{what}: calls left\n{ptx}"
        );
        let llvm = &c.stage("llvm").unwrap().text;
        assert!(llvm.contains("ptx_kernel"), "{what}");
        for s in &c.stages {
            assert!(s.seconds >= 0.0);
        }
        ptxas_accepts(ptx, &what);
    }
}

#[test]
fn kernel_pointer_params_carry_their_state_space() {
    let dir = compile_tests_dir();
    let ptx = compile(&dir.join("reduce_local.cl"), None)
        .unwrap()
        .artifact;
    assert!(ptx.contains(".entry reduce_sum("), "{ptx}");
    assert!(
        ptx.contains(".param .u64 .ptr .global .align 4 reduce_sum_param_0"),
        "{ptx}"
    );
    assert!(
        ptx.contains(".param .u64 .ptr .shared .align 4 reduce_sum_param_2"),
        "{ptx}"
    );
    assert!(ptx.contains("bar.sync"), "{ptx}");

    let ptx = compile(&dir.join("static_local.cl"), None)
        .unwrap()
        .artifact;
    assert!(
        ptx.contains(".shared .align 4 .b8"),
        "static __local array missing\n{ptx}"
    );
    assert!(ptx.contains(".reqntid 64, 1, 1"), "{ptx}");

    let ptx = compile(&dir.join("atomics.cl"), None).unwrap().artifact;
    assert!(
        ptx.contains("atom.global.add.u64") || ptx.contains("red.global.add.u64"),
        "{ptx}"
    );

    let ptx = compile(&dir.join("struct_arg.cl"), None).unwrap().artifact;
    assert!(
        ptx.contains(".param .align 8 .b8 apply_params_param_1[24]"),
        "{ptx}"
    );

    let ptx = compile(&dir.join("doubles.cl"), None).unwrap().artifact;
    assert!(ptx.contains("fma.rn.f64"), "{ptx}");
}

#[test]
fn only_one_kernel_when_asked() {
    let f = compile_tests_dir().join("float4.cl");
    let ptx = compile(&f, Some("dot4")).unwrap().artifact;
    assert!(
        ptx.contains(".entry dot4(") && !ptx.contains("scale_vload"),
        "{ptx}"
    );
    let err = compile(&f, Some("nope")).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("no kernel named `nope`") && msg.contains("scale_vload, dot4"),
        "{msg}"
    );
}

#[test]
fn other_targets_and_ptx_versions() {
    let f = compile_tests_dir().join("vector_add.cl");
    let source = std::fs::read_to_string(&f).unwrap();
    let options = BuildOptions::default();
    let target = Target {
        sm: 80,
        ptx_isa: (9, 0),
    };
    let req = CompileRequest {
        file_name: "vector_add.cl",
        source: &source,
        options: &options,
        target,
    };
    let ptx = ir_llvm::LlvmPath.compile(&req).unwrap().artifact;
    assert!(
        ptx.contains(".version 9.0") && ptx.contains(".target sm_80"),
        "{ptx}"
    );
}

#[test]
fn source_errors_stay_located() {
    let options = BuildOptions::default();
    let req = CompileRequest {
        file_name: "bad.cl",
        source: "__kernel void k(__global int *a) {\n  a[0] = nope;\n}\n",
        options: &options,
        target: Target::default(),
    };
    let err = ir_llvm::LlvmPath.compile(&req).unwrap_err();
    assert!(
        matches!(&err, PathError::Source { diagnostics, .. } if diagnostics[0].line == 2),
        "{err}"
    );
}

#[test]
fn denorms_are_zero_selects_flush_to_zero() {
    let source = "__kernel void k(__global float *a) { a[0] = sqrt(a[0]) * a[1]; }\n";
    let compile = |opts: &str| {
        let options = BuildOptions::parse(opts).unwrap();
        let req = CompileRequest {
            file_name: "ftz.cl",
            source,
            options: &options,
            target: Target::default(),
        };
        ir_llvm::LlvmPath.compile(&req).unwrap().artifact
    };
    let plain = compile("");
    let ftz = compile("-cl-denorms-are-zero");
    assert!(!plain.contains(".ftz"), "{plain}");
    assert!(ftz.contains(".ftz"), "{ftz}");
    ptxas_accepts(&ftz, "ftz.cl");
}

/// `llvm@libdevice-math` takes `sin` from libdevice: its PTX has the inline multiply-add with
/// carry (`mad.lo.cc.u32`) of libdevice's argument reduction; the `llvm` path's has libclc's
/// code instead.
#[test]
fn libdevice_math_takes_sin_from_libdevice() {
    let source = "__kernel void k(__global float *a) { a[0] = sin(a[0]); }\n";
    let options = BuildOptions::default();
    let req = CompileRequest {
        file_name: "sin.cl",
        source,
        options: &options,
        target: Target::default(),
    };
    let plain = ir_llvm::LlvmPath.compile(&req).unwrap().artifact;
    let variant = ir_llvm::LlvmPath.with_profile("libdevice-math").unwrap();
    assert_eq!(variant.name(), "llvm@libdevice-math");
    let nv = variant.compile(&req).unwrap().artifact;
    assert!(nv.contains("mad.lo.cc.u32"), "{nv}");
    assert!(!plain.contains("mad.lo.cc.u32"), "{plain}");
    assert!(matches!(
        ir_llvm::LlvmPath.with_profile("libclc"),
        Err(visabench_core::ProfileRefused::Invalid { .. })
    ));
}
