//! `visabench bundle`: compile every workload along every path into a directory that the
//! runner build (`--no-default-features`, no LLVM) runs on a GPU node with `run --bundle`.

use kernels::Size;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `visabench bundle`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Workloads, comma separated (default: all).
    #[arg(long, value_delimiter = ',')]
    workloads: Vec<String>,
    /// Paths, comma separated (default: all registered).
    #[arg(long, value_delimiter = ',')]
    paths: Vec<String>,
    /// Problem size preset the build options are made for: tiny, paper or large.
    #[arg(long, value_parser = super::run::parse_size, default_value = "paper")]
    size: Size,
    /// The bundle directory (created; an existing manifest is replaced).
    #[arg(long)]
    out: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut failed = 0usize;
    let m = super::run::make_bundle(
        &args.out,
        args.size,
        &args.workloads,
        &args.paths,
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
        for p in &w.paths {
            if let Some(e) = &p.error {
                failed += 1;
                eprintln!(
                    "{} · {}: compile failed: {}",
                    w.name,
                    p.path,
                    e.lines().next().unwrap_or("")
                );
            }
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
