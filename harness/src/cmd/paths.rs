//! `visabench paths` (being written).

/// Arguments of `visabench paths`.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("`visabench paths` is not implemented yet")
}
