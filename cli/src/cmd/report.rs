//! `visabench report RESULTS_DIR [--out DIR]`: the HTML page and figures of a results directory.

use anyhow::Context as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `visabench report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A results directory written by `visabench run` or `visabench reproduce`.
    results: PathBuf,
    /// Where to write index.html and the figures (default: RESULTS/report).
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Writes the report of `results` into `out` and prints where it is.
pub(crate) fn make(results: &Path, out: &Path) -> anyhow::Result<report::Written> {
    let w = report::write_from_dir(results, out)
        .with_context(|| format!("cannot make the report of {}", results.display()))?;
    for e in &w.figure_errors {
        eprintln!("warning: {e}");
    }
    if w.precision_misses > 0 || w.slowdown_precision_misses > 0 {
        eprintln!(
            "note: {} medians and {} slowdowns (paired intervals) miss the ±{}% precision target \
             (listed in the report)",
            w.precision_misses,
            w.slowdown_precision_misses,
            w.precision_target * 100.0
        );
    }
    println!("report: {}", w.index.display());
    Ok(w)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let out = args.out.unwrap_or_else(|| args.results.join("report"));
    make(&args.results, &out)?;
    Ok(ExitCode::SUCCESS)
}
