//! `cargo run -p ir-spirv --example spirv -- FILE.cl|FILE.spv [spirv|llvm|ptx]`: one file
//! along the `spirv` path, printing one stage (default: PTX).

use visabench_core::{BuildOptions, CompileRequest, Path, Target};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let file = args
        .get(1)
        .ok_or_else(|| anyhow::anyhow!("usage: spirv FILE [STAGE]"))?;
    let stage = args.get(2).map_or("ptx", String::as_str);
    let bytes = std::fs::read(file)?;
    let p = ir_spirv::SpirvPath;
    let c = match p.compile_binary(file, &bytes, Target::default()) {
        Some(r) => r?,
        None => {
            let source = String::from_utf8(bytes)?;
            let options = BuildOptions::default();
            p.compile(&CompileRequest {
                file_name: file,
                source: &source,
                options: &options,
                target: Target::default(),
            })?
        }
    };
    let s = c
        .stage(stage)
        .ok_or_else(|| anyhow::anyhow!("no stage {stage}"))?;
    print!("{}", s.text);
    Ok(())
}
