//! `visabench compile` (being written).

/// Arguments of `visabench compile`.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("`visabench compile` is not implemented yet")
}
