//! `visabench tgsi …` (being written).

/// `visabench tgsi` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {}

pub fn run(c: Command) -> anyhow::Result<std::process::ExitCode> {
    match c {}
}
