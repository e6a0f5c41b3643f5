//! `visabench bundle` (being written).

/// Arguments of `visabench bundle`.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("`visabench bundle` is not implemented yet")
}
