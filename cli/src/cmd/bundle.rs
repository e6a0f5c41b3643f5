//! `visabench bundle`: compile every workload along every path into a directory that the
//! runner build (`--no-default-features`, no LLVM) runs on a GPU node with `run --bundle`.

use super::args::{parse_size, Select};
use harness::plan;
use harness::variant::LevelList;
use kernels::Size;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `visabench bundle`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    select: Select,
    /// Problem size preset the build options are made for: tiny, paper or large.
    #[arg(long, value_parser = parse_size, default_value = "paper")]
    size: Size,
    /// The bundle directory (created; an existing manifest is replaced).
    #[arg(long)]
    out: PathBuf,
    /// Finishing levels a `run --bundle` of it uses by default (`default`, `0`…`3`; see
    /// `visabench run --jit-opt-level`).
    #[arg(long, value_name = "LIST")]
    jit_opt_level: Option<LevelList>,
    /// Add the ablation paths: `tgsi` with each 2019 restriction switched on alone and
    /// `tgsi-2019` with each switched off alone (`tgsi@modern+SWITCH`,
    /// `tgsi@trillium2019-no-SWITCH`).
    #[arg(long)]
    ablation: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut failed = 0usize;
    let paths = &args.select.paths.paths;
    let paths = if args.ablation {
        plan::with_ablation(paths)
    } else {
        paths.clone()
    };
    let m = plan::make_bundle(
        &args.out,
        args.size,
        &args.select.workloads,
        &paths,
        &args.jit_opt_level.clone().map(|l| l.0).unwrap_or_default(),
        &mut |w, p| {
            eprintln!("compiled {w} · {p}");
        },
    )?;
    for w in &m.workloads {
        if let Some(e) = &w.signature_error {
            eprintln!(
                "{}: no kernel signatures: {}",
                w.name,
                e.lines().next().unwrap_or("")
            );
        }
        for (p, e) in w.paths.iter().filter_map(|p| Some((p, p.error_line()?))) {
            failed += 1;
            eprintln!("{} · {}: compile failed: {e}", w.name, p.path);
        }
    }
    let n: usize = m.workloads.iter().map(|w| w.paths.len()).sum();
    println!(
        "bundle {} ({} workloads, {} artifacts, {failed} failed to compile, size {})",
        args.out.display(),
        m.workloads.len(),
        n - failed,
        m.size
    );
    println!("run it with: visabench run --bundle {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
