//! `visabench list`: the workloads, one per line (name, kernels, in the study, description).

use std::process::ExitCode;

/// Arguments of `visabench list`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON for scripts.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let ws = harness::workloads::all();
    if args.json {
        let v: Vec<serde_json::Value> = ws
            .iter()
            .map(|w| {
                serde_json::json!({
                    "name": w.name(),
                    "kernels": w.kernels(),
                    "in_study": w.in_study(),
                    "description": w.description(),
                    "features": w.features(),
                    "sizes": kernels::Size::ALL.iter().map(|s| (s.as_str(), w.size_label(*s))).collect::<std::collections::BTreeMap<_, _>>(),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    let width = ws.iter().map(|w| w.name().len()).max().unwrap_or(0);
    let kwidth = ws
        .iter()
        .map(|w| w.kernels().join(",").len())
        .max()
        .unwrap_or(0);
    for w in ws {
        println!(
            "{:<width$}  {:<kwidth$}  {}  {}",
            w.name(),
            w.kernels().join(","),
            if w.in_study() { "study" } else { "     " },
            w.description()
        );
    }
    Ok(ExitCode::SUCCESS)
}
