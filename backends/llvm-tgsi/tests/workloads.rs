//! Every workload through the `tgsi` paths: the TGSI validates (checked inside the path),
//! the PTX is accepted by `ptxas -arch=sm_90`, and what a profile cannot express fails with
//! `PathError::Unsupported`.

use backend_llvm_tgsi::TgsiPath;
use visabench_core::{BuildOptions, CompileRequest, Path, PathError, Target};

fn compile(
    path: &TgsiPath,
    w: &dyn kernels::Workload,
) -> Result<visabench_core::Compiled, PathError> {
    let (file, source) = w.source();
    let options =
        BuildOptions::parse(&w.build_options(kernels::Size::Tiny)).expect("workload options parse");
    let req = CompileRequest {
        file_name: file,
        source,
        options: &options,
        target: Target::default(),
    };
    path.compile(&req)
}

/// The PTX and what NVIDIA's OpenCL is handed (the work-group offsets read,
/// `visabench_core::ptx_abi`) both assemble.
fn ptxas_accepts(ptx: &str) -> Result<(), String> {
    test_support::ptxas_accepts(ptx).map_err(|e| e.to_string())?;
    let handed = visabench_core::ptx_abi::with_group_offsets(ptx);
    test_support::ptxas_accepts(&handed).map_err(|e| format!("with the group offsets: {e}"))
}

#[test]
fn modern_profile_compiles_every_workload() {
    let path = TgsiPath::modern();
    let mut failures = Vec::new();
    for w in kernels::registry() {
        match compile(&path, w) {
            Ok(c) => {
                if let Err(e) = ptxas_accepts(&c.artifact) {
                    failures.push(format!(
                        "{}: ptxas: {}",
                        w.name(),
                        e.lines().take(3).collect::<Vec<_>>().join(" | ")
                    ));
                }
            }
            Err(PathError::Unsupported {
                construct,
                location,
                ..
            }) if w.features().contains(&kernels::Feature::Atomics64) => {
                // TGSI has no 64-bit atomics: the documented refusal, with a location.
                assert!(
                    construct.contains("64-bit atomic"),
                    "{}: {construct}",
                    w.name()
                );
                assert!(location.is_some(), "{}: no source location", w.name());
            }
            Err(e) => failures.push(format!("{}: {e}", w.name())),
        }
    }
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}

#[test]
fn trillium2019_profile_compiles_or_refuses_by_name() {
    let path = TgsiPath::trillium2019();
    let mut ok = 0;
    let mut report = Vec::new();
    for w in kernels::registry() {
        match compile(&path, w) {
            Ok(c) => {
                ok += 1;
                ptxas_accepts(&c.artifact).unwrap_or_else(|e| panic!("{}: ptxas: {e}", w.name()));
            }
            Err(PathError::Unsupported { construct, .. }) => {
                report.push(format!("{}: {construct}", w.name()))
            }
            Err(e) => panic!("{}: not an Unsupported error: {e}", w.name()),
        }
    }
    eprintln!("tgsi-2019: {ok} compiled; refused:\n{}", report.join("\n"));
    // Workloads that use doubles, 64-bit atomics or 64-bit integer data must be refused.
    for w in kernels::registry() {
        let f = w.features();
        if f.contains(&kernels::Feature::Double) || f.contains(&kernels::Feature::Atomics64) {
            assert!(
                report
                    .iter()
                    .any(|r| r.starts_with(&format!("{}:", w.name()))),
                "{} was not refused",
                w.name()
            );
        }
    }
    assert!(ok > 0);
}
