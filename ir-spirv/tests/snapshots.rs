//! SPIR-V snapshots: clang's SPIR-V for a few workloads, as our reader prints it
//! (`tests/snapshots/<workload>.spvasm`), reviewed as diffs. `VISABENCH_BLESS=1` rewrites them.

use visabench_core::{BuildOptions, CompileRequest, Target};

const SNAPSHOTS: &[&str] = &["vadd", "reduce", "particles", "vec4", "histogram"];

#[test]
fn spirv_of_a_few_workloads_matches_its_snapshot() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bless = std::env::var("VISABENCH_BLESS").as_deref() == Ok("1");
    let mut stale = Vec::new();
    for name in SNAPSHOTS {
        let w = kernels::find(name).expect("a workload of that name");
        let (file, source) = w.source();
        let options = BuildOptions::default();
        let req = CompileRequest {
            file_name: file,
            source,
            options: &options,
            target: Target::default(),
        };
        let text = ir_spirv::Module::load(&ir_spirv::to_spirv(&req).unwrap())
            .unwrap()
            .disassemble();
        assert!(text.contains("OpCapability Kernel"), "{name}");
        let path = dir.join(format!("{name}.spvasm"));
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "out of date (rerun with VISABENCH_BLESS=1 and review the diff): {stale:?}"
    );
}
