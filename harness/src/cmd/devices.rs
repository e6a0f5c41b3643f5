//! `visabench devices` (being written).

/// Arguments of `visabench devices`.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("`visabench devices` is not implemented yet")
}
