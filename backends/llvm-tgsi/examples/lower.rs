//! Prints the TGSI (or the error) of an OpenCL C file along a profile:
//! `cargo run -p backend-llvm-tgsi --example lower -- FILE.cl [PROFILE] [llvm]`.

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let file = args
        .first()
        .ok_or_else(|| anyhow::anyhow!("usage: lower FILE.cl [PROFILE] [llvm]"))?;
    let profile = backend_llvm_tgsi::Profile::parse(args.get(1).map_or("modern", String::as_str))?;
    let source = std::fs::read_to_string(file)?;
    let options = visabench_core::BuildOptions::default();
    let req = visabench_core::CompileRequest {
        file_name: file,
        source: &source,
        options: &options,
        target: visabench_core::Target::default(),
    };
    let l = backend_llvm_tgsi::lower_program(&req, &profile, "tgsi")?;
    if args.get(2).is_some_and(|a| a == "llvm") {
        println!("{}", l.llvm);
    }
    print!("{}", l.tgsi_text());
    Ok(())
}
