//! `visabench`: compile OpenCL C kernels along several paths, run them, report the slowdown.
//!
//! A thin layer of commands (`cmd/`, one module each) over the crates that do the work, in
//! the order of the flow: `path-registry` and the IR crates compile, `harness` runs and
//! measures (and plans what to run), `sass` analyses the machine code, `report` makes the
//! page. A command gathers its choices from the command line, calls those libraries and
//! prints; nothing depends on this crate.
//!
//! Built with the default `compile` feature this is the full tool; built with
//! `--no-default-features` it is the GPU-node runner, which links no LLVM and runs bundles.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod cmd;
mod registry;

#[derive(Debug, Parser)]
#[command(
    name = "visabench",
    version,
    about = "What does a virtual ISA cost GPU compute?"
)]
struct Cli {
    /// More logging (-v info, -vv debug).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List the registered compilation paths.
    Paths(cmd::paths::Args),
    /// Compile an OpenCL C file along one path and print or write a stage's artifact.
    #[cfg(feature = "compile")]
    Compile(cmd::compile::Args),
    /// Run one kernel on every path with the same random inputs and compare every buffer
    /// with native's (native on the OpenCL device, TGSI paths on the interpreter, PTX paths
    /// on an NVIDIA GPU).
    #[cfg(feature = "compile")]
    Diff(cmd::diff::Args),
    /// Random kernels of our own generator through `diff`; differences minimized and written
    /// out as reproducers (`--bundle`/`--replay` for a GPU node without LLVM).
    Fuzz(cmd::fuzz::Args),
    /// List the OpenCL platforms and devices visabench can run on.
    Devices(cmd::devices::Args),
    /// List the workloads.
    List(cmd::list::Args),
    /// Run workloads on every path, verify, time, and write a results directory.
    Run(cmd::run::Args),
    /// Compile every workload along every path into a bundle for a GPU node without LLVM.
    #[cfg(feature = "compile")]
    Bundle(cmd::bundle::Args),
    /// Run an unmodified OpenCL application with every program it builds routed through one path.
    Intercept(cmd::intercept::Args),
    /// Rodinia's own OpenCL apps, unmodified, on every path through the interposer: build,
    /// record, run (verified, timed), compare with our workloads.
    #[command(subcommand)]
    Apps(cmd::apps::Command),
    /// Make the HTML report (Figure 2 beside the paper's, the suite, the environment) of a
    /// results directory.
    Report(cmd::report::Args),
    /// Reproduce Trillium's Figure 2: the study's benchmarks on every path, then the report.
    Reproduce(cmd::reproduce::Args),
    /// Count what the GPU runs along each path: SASS instructions, branches, reconvergence,
    /// basic blocks, memory instructions, registers, spills (ptxas + nvdisasm).
    Sass(cmd::sass::Args),
    /// Work with TGSI programs: check, format, interpret.
    #[command(subcommand)]
    Tgsi(cmd::tgsi::Command),
    /// Internal: one verification or timing pass in a child process (see harness::worker).
    #[command(name = "__worker", hide = true)]
    Worker {
        request: std::path::PathBuf,
        response: std::path::PathBuf,
    },
}

fn main() -> ExitCode {
    // `visabench … | head` should end quietly when the reader goes away, as other command-line
    // tools do, rather than panic on the failed write.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let level = match cli.verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or(level))
        .format_timestamp(None)
        .init();
    let result = match cli.command {
        Command::Paths(a) => cmd::paths::run(a),
        #[cfg(feature = "compile")]
        Command::Compile(a) => cmd::compile::run(a),
        Command::Devices(a) => cmd::devices::run(a),
        Command::List(a) => cmd::list::run(a),
        Command::Run(a) => cmd::run::run(a),
        #[cfg(feature = "compile")]
        Command::Bundle(a) => cmd::bundle::run(a),
        Command::Intercept(a) => cmd::intercept::run(a),
        Command::Apps(c) => cmd::apps::run(c),
        #[cfg(feature = "compile")]
        Command::Diff(a) => cmd::diff::run(a),
        Command::Fuzz(a) => cmd::fuzz::run(a),
        Command::Report(a) => cmd::report::run(a),
        Command::Reproduce(a) => cmd::reproduce::run(a),
        Command::Sass(a) => cmd::sass::run(a),
        Command::Tgsi(c) => cmd::tgsi::run(c),
        Command::Worker { request, response } => {
            return match harness::worker::serve(&request, &response) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            };
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", error_chain(&e));
            ExitCode::FAILURE
        }
    }
}

/// An error and its causes, `: `-separated, leaving out a cause that the message before it
/// already ends with (errors that print their source, as ours do, would say it twice).
fn error_chain(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let c = cause.to_string();
        if out.ends_with(&c) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&c);
    }
    out
}
