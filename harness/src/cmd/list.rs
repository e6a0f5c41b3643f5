//! `visabench list` (being written).

/// Arguments of `visabench list`.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("`visabench list` is not implemented yet")
}
