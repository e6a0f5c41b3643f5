//! Kernel signatures of every program in `kernels/cl/compile-tests/`, as insta snapshots
//! (`tests/snapshots/`, reviewed as plain diffs; `INSTA_UPDATE=always` or `cargo insta
//! review` to re-bless).

use std::path::PathBuf;
use visabench_core::{AddressSpace, ArgKind, BuildOptions, CompileRequest, Target};

fn compile_tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../kernels/cl/compile-tests")
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

fn sigs(path: &std::path::Path) -> Vec<visabench_core::KernelSignature> {
    let source = std::fs::read_to_string(path).unwrap();
    let options = BuildOptions::default();
    let name = format!(
        "compile-tests/{}",
        path.file_name().unwrap().to_string_lossy()
    );
    let req = CompileRequest {
        file_name: &name,
        source: &source,
        options: &options,
        target: Target::default(),
    };
    frontend_opencl::signatures_of(&req).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn snapshot_every_compile_test() {
    let programs = programs();
    assert!(
        programs.len() >= 10,
        "expected the compile-test kernels, found {programs:?}"
    );
    for p in programs {
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        let sigs = sigs(&p);
        assert!(!sigs.is_empty(), "{stem}: no kernels found");
        insta::assert_yaml_snapshot!(stem, sigs);
    }
}

#[test]
fn argument_kinds_follow_the_source() {
    let dir = compile_tests_dir();
    let reduce = sigs(&dir.join("reduce_local.cl"));
    assert_eq!(reduce.len(), 1);
    let k = &reduce[0];
    assert_eq!(k.name, "reduce_sum");
    let names: Vec<_> = k.args.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["in", "partial", "scratch", "n"]);
    assert_eq!(k.arg("in").unwrap().qualifiers, ["const"]);
    assert_eq!(
        k.arg("scratch").unwrap().kind,
        ArgKind::Pointer {
            space: AddressSpace::Local,
            pointee: "float".into()
        }
    );
    assert_eq!(
        k.arg("n").unwrap().kind,
        ArgKind::ByValue {
            size: 4,
            align: 4,
            is_struct: false
        }
    );

    // struct { float; int; double; uint } = 24 bytes, 8-aligned, passed as byval pointer.
    let s = &sigs(&dir.join("struct_arg.cl"))[0];
    assert_eq!(
        s.arg("p").unwrap().kind,
        ArgKind::ByValue {
            size: 24,
            align: 8,
            is_struct: true
        }
    );

    let f4 = sigs(&dir.join("float4.cl"));
    assert_eq!(
        f4.iter().map(|k| k.name.as_str()).collect::<Vec<_>>(),
        ["scale_vload", "dot4"]
    );
    assert_eq!(
        f4[0].arg("k").unwrap().kind,
        ArgKind::ByValue {
            size: 16,
            align: 16,
            is_struct: false
        }
    );
    assert_eq!(
        f4[1].arg("a").unwrap().kind,
        ArgKind::Pointer {
            space: AddressSpace::Global,
            pointee: "float4".into()
        }
    );

    let c = &sigs(&dir.join("constant_mem.cl"))[0];
    assert_eq!(
        c.arg("coeff").unwrap().kind,
        ArgKind::Pointer {
            space: AddressSpace::Constant,
            pointee: "float".into()
        }
    );
    let st = &sigs(&dir.join("static_local.cl"))[0];
    assert_eq!(st.reqd_work_group_size, Some([64, 1, 1]));
    assert_eq!(c.reqd_work_group_size, None);
}
