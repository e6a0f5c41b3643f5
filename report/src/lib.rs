//! `report`: a self-contained HTML page and figures from a results directory — the last step
//! of the flow (paths compile, the harness runs and measures, `sass` counts the machine code,
//! this crate shows it all). `visabench report` and `visabench reproduce` call [`write_from_dir`].
//!
//! [`write()`] makes, in its output directory:
//!
//! * `index.html` — the page: Figure 2 of this run beside the paper's (inlined SVG), its table
//!   with 95% intervals and the harmonic and geometric means, the whole suite (time per path,
//!   slowdown, interval, verification, failures with their reasons), the precision check, the
//!   environment (`env.json`), this run's SASS counts per path when the results directory holds
//!   a `sass.csv` (from `visabench sass`; `reproduce` writes one), and the paper's SASS
//!   control-flow counts. Inline CSS, no scripts, nothing fetched: it opens from disk anywhere.
//! * `figure2.svg`, `figure2.png` — the figure (see [`figure`]).
//! * `figure2.csv` — the figure's numbers: one row per (benchmark or mean, path).
//!
//! The statistics are in [`analysis`]; the paper's numbers in [`reference`](mod@reference).

pub mod analysis;
pub mod explain;
mod explain_page;
pub mod figure;
pub mod html;
pub mod reference;

use analysis::{Figure2, Ratio};
use harness::results::{Results, ResultsError};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Errors making a report.
#[derive(Debug, Error)]
pub enum ReportError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("reference data {file}, line {line}: {message}")]
    Reference {
        file: &'static str,
        line: usize,
        message: String,
    },
    #[error("figure `{figure}`: {message}")]
    Figure { figure: String, message: String },
    #[error("{path}: {message}")]
    Sass { path: String, message: String },
    #[error(transparent)]
    Results(#[from] ResultsError),
}

/// What [`write()`] produced.
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    /// `OUT/index.html`.
    pub index: PathBuf,
    /// The figure files written (SVG, PNG, CSV).
    pub files: Vec<PathBuf>,
    /// Why a figure is missing, when one is (the page says so too).
    pub figure_errors: Vec<String>,
    /// Timings that miss the precision target.
    pub precision_misses: usize,
    /// Slowdowns whose paired interval misses the precision target.
    pub slowdown_precision_misses: usize,
    /// That target (relative half-width: 0.02 is ±2%).
    pub precision_target: f64,
    pub figure2: Figure2,
    /// The decomposition of the paper's slowdown (empty without levels or an ablation).
    pub decomposition: explain::Decomposition,
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> ReportError + '_ {
    move |source| ReportError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn csv_num(v: Option<f64>) -> String {
    v.map(|x| format!("{x}")).unwrap_or_default()
}

/// `figure2.csv`: `group,path,slowdown,ci_low,ci_high,interval,paper_tgsi,paper_llvm`.
pub fn figure2_csv(fig: &Figure2, paper: &[reference::PaperRow]) -> String {
    let mut out = String::from(
        "group,path,slowdown,ci_low,ci_high,interval,paper_tgsi_slowdown,paper_llvm_slowdown\n",
    );
    let paper_of = |b: &str| {
        paper
            .iter()
            .find(|r| r.benchmark == b && r.gpu == reference::FIG2_GPU)
    };
    let mut row = |group: &str, path: &str, r: Option<&Ratio>, pt: Option<f64>, pl: Option<f64>| {
        let method = r
            .map(|r| format!("{:?}", r.method).to_ascii_lowercase())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{group},{path},{},{},{},{method},{},{}",
            csv_num(r.map(|r| r.value)),
            csv_num(r.and_then(|r| r.low)),
            csv_num(r.and_then(|r| r.high)),
            csv_num(pt),
            csv_num(pl)
        );
    };
    for (w, ratios) in fig.workloads.iter().zip(&fig.ratios) {
        let p = paper_of(w);
        for (path, r) in fig.paths.iter().zip(ratios) {
            row(
                w,
                path,
                r.as_ref(),
                p.and_then(|p| p.tgsi_slowdown),
                p.and_then(|p| p.llvm_slowdown),
            );
        }
    }
    for (group, means) in [("hmean", &fig.hmean), ("gmean", &fig.gmean)] {
        for (path, m) in fig.paths.iter().zip(means) {
            row(group, path, m.as_ref().map(|m| &m.ratio), None, None);
        }
    }
    out
}

/// Writes the report of `results` into `out` (created if needed). A figure that cannot be drawn
/// (no font) is reported in the page and in [`Written::figure_errors`], not as an error.
pub fn write(results: &Results, out: &Path) -> Result<Written, ReportError> {
    write_with_sass(results, None, out)
}

/// [`write()`], with this run's SASS counts (from a `sass.csv`) shown beside the paper's.
pub fn write_with_sass(
    results: &Results,
    ours: Option<&[sass::CsvRow]>,
    out: &Path,
) -> Result<Written, ReportError> {
    std::fs::create_dir_all(out).map_err(io(out))?;
    let paper = reference::fig2()?;
    let sass = reference::sass()?;
    let fig = analysis::figure2(results);
    let precision = analysis::precision(results);
    let slowdown_precision = analysis::slowdown_precision(results);
    let mut files = Vec::new();
    let mut figure_errors = Vec::new();
    let svg = match figure::figure2_svg(&fig, &paper, &results.env.gpu) {
        Ok(svg) => {
            let p = out.join("figure2.svg");
            visabench_core::files::write_atomic(&p, svg.as_bytes()).map_err(io(&p))?;
            files.push(p);
            Ok(svg)
        }
        Err(e) => {
            figure_errors.push(e.to_string());
            Err(e.to_string())
        }
    };
    let png = out.join("figure2.png");
    match figure::figure2_png(&png, &fig, &paper, &results.env.gpu) {
        Ok(()) => files.push(png),
        Err(e) => {
            if svg.is_ok() {
                figure_errors.push(e.to_string());
            }
        }
    }
    let decomposition = explain::decompose(results, paper_hmean(&paper));
    let decomposition_svg = if decomposition.is_empty() {
        None
    } else {
        let svg = figure::decomposition_svg(&decomposition, &results.env.gpu);
        match &svg {
            Ok(text) => {
                let p = out.join("decomposition.svg");
                visabench_core::files::write_atomic(&p, text.as_bytes()).map_err(io(&p))?;
                files.push(p);
                let png = out.join("decomposition.png");
                match figure::decomposition_png(&png, &decomposition, &results.env.gpu) {
                    Ok(()) => files.push(png),
                    Err(e) => figure_errors.push(e.to_string()),
                }
            }
            Err(e) => figure_errors.push(e.to_string()),
        }
        Some(svg.map_err(|e| e.to_string()))
    };
    let csv = out.join("figure2.csv");
    visabench_core::files::write_atomic(&csv, figure2_csv(&fig, &paper).as_bytes())
        .map_err(io(&csv))?;
    files.push(csv);
    let env_json = serde_json::to_string_pretty(&results.env).unwrap_or_default();
    let names: Vec<String> = files
        .iter()
        .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    let page = html::page(&html::PageInput {
        results,
        figure: &fig,
        paper: &paper,
        sass: &sass,
        our_sass: ours,
        precision: &precision,
        slowdown_precision: &slowdown_precision,
        svg: svg.as_deref().map_err(String::as_str),
        figure_files: &names,
        env_json: &env_json,
        decomposition: &decomposition,
        decomposition_svg: decomposition_svg
            .as_ref()
            .map(|r| r.as_deref().map_err(String::as_str)),
    });
    let index = out.join("index.html");
    visabench_core::files::write_atomic(&index, page.as_bytes()).map_err(io(&index))?;
    Ok(Written {
        index,
        files,
        figure_errors,
        precision_misses: precision.1.len(),
        slowdown_precision_misses: slowdown_precision.1.len(),
        precision_target: analysis::precision_target(results),
        figure2: fig,
        decomposition,
    })
}

/// The paper's harmonic-mean TGSI slowdown on the Figure 2 GPU.
pub fn paper_hmean(paper: &[reference::PaperRow]) -> Option<f64> {
    let xs: Vec<f64> = paper
        .iter()
        .filter(|r| r.gpu == reference::FIG2_GPU)
        .filter_map(|r| r.tgsi_slowdown)
        .collect();
    analysis::harmonic_mean(&xs)
}

/// The SASS counts a results directory may hold (`visabench sass --csv`), shown by the report.
pub const SASS_CSV: &str = sass::CSV_FILE;

/// Reads the results directory `dir` (and its `sass.csv`, if any) and writes its report into
/// `out`.
pub fn write_from_dir(dir: &Path, out: &Path) -> Result<Written, ReportError> {
    let results = harness::results::read(dir)?;
    let sass_csv = dir.join(SASS_CSV);
    let ours = match std::fs::read_to_string(&sass_csv) {
        Ok(text) => Some(sass::read_csv(&text).map_err(|message| ReportError::Sass {
            path: sass_csv.display().to_string(),
            message,
        })?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(&sass_csv)(e)),
    };
    write_with_sass(&results, ours.as_deref(), out)
}
