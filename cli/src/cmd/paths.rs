//! `visabench paths`: the registered compilation paths.

use crate::registry;
use serde::Serialize;
use std::process::ExitCode;

/// Arguments of `visabench paths`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print a JSON array instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Serialize)]
struct Row {
    name: String,
    hands: &'static str,
    stages: Vec<&'static str>,
    description: String,
}

/// Lists every registered path: name, what it hands the runtime, its stages, a description.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let rows: Vec<Row> = registry::paths()
        .iter()
        .map(|p| Row {
            name: p.name().to_string(),
            hands: p.hands().as_str(),
            stages: p.stages(),
            description: p.description().to_string(),
        })
        .collect();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(ExitCode::SUCCESS);
    }
    let w = rows.iter().map(|r| r.name.len()).max().unwrap_or(4).max(4);
    println!(
        "{:<w$}  {:<8}  {:<16}  description",
        "path", "hands", "stages"
    );
    for r in &rows {
        println!(
            "{:<w$}  {:<8}  {:<16}  {}",
            r.name,
            r.hands,
            r.stages.join(","),
            r.description
        );
    }
    Ok(ExitCode::SUCCESS)
}
