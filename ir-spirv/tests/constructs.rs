//! Constructs the suite's workloads lack but `visabench fuzz`'s generated kernels have, each
//! once failing on `spirv`: a phi whose predecessor reaches it by two edges (switch cases
//! sharing a target), saturating conversions (`SaturatedConversion`, `OpSatConvertSToU`) and
//! `OpenCL.std`'s `fclamp`/`fmix`/`fsign`, whose OpenCL C names differ.

use visabench_core::{BuildOptions, CompileRequest, Path, Target};

const SOURCE: &str = r#"
__kernel void k(__global uint *out, __global const float *f, __global const int *s) {
    int i = get_global_id(0);
    uint x = s[i];
    uint r;
    switch (x & 7u) {
    case 0: case 1: case 5: r = x * 3u; break;
    case 2: r = x ^ 9u; break;
    default: r = x; break;
    }
    out[i] = r + convert_uint_sat(f[i]) + convert_uint_sat(s[i]) + (uint)convert_char_sat(s[i])
        + (uint)clamp(f[i], 0.0f, 1.0f) + (uint)mix(f[i], 2.0f, 0.5f) + (uint)sign(f[i]);
}
"#;

#[test]
fn generated_kernels_constructs_compile_and_pass_ptxas() {
    let options = BuildOptions::default();
    let req = CompileRequest {
        file_name: "constructs.cl",
        source: SOURCE,
        options: &options,
        target: Target::default(),
    };
    let c = ir_spirv::SpirvPath.compile(&req).unwrap();
    let spirv = &c.stage("spirv").unwrap().text;
    assert!(spirv.contains("SaturatedConversion"), "{spirv}");
    assert!(spirv.contains("OpSwitch"), "{spirv}");
    assert!(c.artifact.contains(".entry k"));
    match test_support::ptxas_accepts(&c.artifact) {
        Ok(()) | Err(test_support::PtxasError::Missing(_)) => {}
        Err(e) => panic!("ptxas: {e}"),
    }
}

/// `visabench fuzz --print --seed 8` and `--seed 22`: the first generated kernels whose phis
/// were missing an entry per edge (LLVM's verifier refused the translation).
#[test]
fn the_fuzzers_phi_kernels_compile_and_pass_ptxas() {
    for name in ["fuzz-8.cl", "fuzz-22.cl"] {
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        let source = std::fs::read_to_string(&file).unwrap();
        let options = BuildOptions::default();
        let req = CompileRequest {
            file_name: name,
            source: &source,
            options: &options,
            target: Target::default(),
        };
        let c = ir_spirv::SpirvPath
            .compile(&req)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(c.stage("spirv").unwrap().text.contains("OpPhi"), "{name}");
        match test_support::ptxas_accepts(&c.artifact) {
            Ok(()) | Err(test_support::PtxasError::Missing(_)) => {}
            Err(e) => panic!("{name}: ptxas: {e}"),
        }
    }
}
