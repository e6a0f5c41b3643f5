//! `visabench run` (being written).

/// Arguments of `visabench run`.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("`visabench run` is not implemented yet")
}
