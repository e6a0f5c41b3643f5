//! Snapshots of the TGSI (both profiles) and the PTX (modern profile) of small kernels:
//! a streaming add, a `__local` reduction with barriers, a loop around an if/else.
//! Review changes with `cargo insta review` (or `INSTA_UPDATE=always`).

use backend_llvm_tgsi::TgsiPath;
use visabench_core::{BuildOptions, CompileRequest, Path, Target};

const KERNELS: &[(&str, &str)] = &[
    (
        "vector_add",
        include_str!("../../../kernels/cl/compile-tests/vector_add.cl"),
    ),
    (
        "reduce_local",
        include_str!("../../../kernels/cl/compile-tests/reduce_local.cl"),
    ),
    ("loop_if", include_str!("cl/loop_if.cl")),
];

fn stage(path: &TgsiPath, name: &str, source: &str, stage: &str) -> String {
    let options = BuildOptions::default();
    let file = format!("{name}.cl");
    let req = CompileRequest {
        file_name: &file,
        source,
        options: &options,
        target: Target::default(),
    };
    let c = path.compile(&req).unwrap_or_else(|e| panic!("{name}: {e}"));
    c.stages
        .into_iter()
        .find(|s| s.name == stage)
        .unwrap_or_else(|| panic!("{name}: no `{stage}` stage"))
        .text
}

#[test]
fn tgsi_modern() {
    for (name, src) in KERNELS {
        let text = stage(&TgsiPath::modern(), name, src, "tgsi");
        insta::assert_snapshot!(format!("{name}.modern.tgsi"), text);
    }
}

#[test]
fn tgsi_trillium2019() {
    for (name, src) in KERNELS {
        let text = stage(&TgsiPath::trillium2019(), name, src, "tgsi");
        insta::assert_snapshot!(format!("{name}.trillium2019.tgsi"), text);
    }
}

#[test]
fn ptx_modern() {
    for (name, src) in KERNELS {
        let text = stage(&TgsiPath::modern(), name, src, "ptx");
        ptxas_accepts(name, &text);
        insta::assert_snapshot!(format!("{name}.modern.ptx"), text);
    }
}

fn ptxas_accepts(name: &str, ptx: &str) {
    if let Err(e) = test_support::ptxas_accepts(ptx) {
        panic!("{name}: {e}");
    }
}
