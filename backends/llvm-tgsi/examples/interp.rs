//! Runs workloads' TGSI on the interpreter and checks them against the CPU reference:
//! `cargo run -p backend-llvm-tgsi --example interp -- [PROFILE] [WORKLOAD…]` (all workloads
//! when none is named; `tgsi` to also print each kernel's TGSI).

use backend_llvm_tgsi::{lower_program, Profile};
use tgsi_device::TgsiDevice;
use visabench_core::{BuildOptions, CompileRequest, Target};

fn main() -> anyhow::Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let print = args.iter().any(|a| a == "tgsi");
    args.retain(|a| a != "tgsi");
    let profile = Profile::parse(args.first().map_or("modern", String::as_str))?;
    let names = &args[1.min(args.len())..];
    let size = kernels::Size::Tiny;
    for w in kernels::registry() {
        if !names.is_empty() && !names.iter().any(|n| n == w.name()) {
            continue;
        }
        let (file, source) = w.source();
        let options = BuildOptions::parse(&w.build_options(size))?;
        let req = CompileRequest {
            file_name: file,
            source,
            options: &options,
            target: Target::default(),
        };
        let lowered = match lower_program(&req, &profile, "tgsi") {
            Ok(l) => l,
            Err(e) => {
                println!("{:12} compile error: {e}", w.name());
                continue;
            }
        };
        if print {
            print!("{}", lowered.tgsi_text());
        }
        let inst = w.prepare(size, 1);
        let mut dev = TgsiDevice::new(&lowered.kernels);
        match inst.run(&mut dev) {
            Ok(out) => {
                let v = kernels::verify(&inst.reference(), &out, w.tolerance());
                println!(
                    "{:12} {} ({} of {} wrong{}) {} instructions",
                    w.name(),
                    if v.ok { "ok" } else { "WRONG" },
                    v.wrong,
                    v.compared,
                    v.first
                        .iter()
                        .take(3)
                        .map(|m| format!(
                            ", [{}] {}: want {} got {}",
                            m.index, m.output, m.expected, m.got
                        ))
                        .collect::<String>(),
                    dev.instructions
                );
            }
            Err(e) => println!("{:12} run error: {e}", w.name()),
        }
    }
    Ok(())
}
