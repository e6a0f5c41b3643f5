//! The `spirv` path's kernels take their arguments as the `llvm` path's do: for every workload,
//! the same kernels with the same PTX parameter declarations (NVIDIA's OpenCL ABI: `.ptr
//! .global .align N`, `.ptr .shared`, structs by value), so a bundle's host code binds both
//! alike.

use visabench_core::{BuildOptions, CompileRequest, Path, Target};

/// Each `.entry`'s name and parameter declarations, in order.
fn entries(ptx: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut in_params = false;
    for line in ptx.lines().map(str::trim) {
        if let Some(rest) = line
            .strip_prefix(".entry ")
            .or_else(|| line.strip_prefix(".visible .entry "))
        {
            let name = rest.split('(').next().unwrap_or("").to_string();
            out.push((name, Vec::new()));
            in_params = true;
        } else if in_params && line.starts_with(".param") {
            if let Some(e) = out.last_mut() {
                // The parameter's name is `KERNEL_param_N`; keep its declaration.
                e.1.push(line.trim_end_matches(',').to_string());
            }
        } else if in_params && line.starts_with(')') {
            in_params = false;
        }
    }
    out
}

#[test]
fn every_workload_has_the_llvm_paths_kernel_parameters() {
    let mut failures = Vec::new();
    let mut kernels_seen = 0;
    for w in kernels::registry() {
        let (file, source) = w.source();
        let options = BuildOptions::parse(&w.build_options(kernels::Size::Tiny)).unwrap();
        let req = CompileRequest {
            file_name: file,
            source,
            options: &options,
            target: Target::default(),
        };
        let llvm = ir_llvm::LlvmPath.compile(&req).unwrap();
        let spirv = ir_spirv::SpirvPath.compile(&req).unwrap();
        let (a, b) = (entries(&llvm.artifact), entries(&spirv.artifact));
        assert!(!a.is_empty(), "{}: no .entry in the llvm PTX", w.name());
        kernels_seen += a.len();
        if a != b {
            failures.push(format!("{}:\n  llvm  {a:?}\n  spirv {b:?}", w.name()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(kernels_seen >= 30, "{kernels_seen} kernels");
}
