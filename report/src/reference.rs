//! The paper's numbers: Figure 2 of "Trillium: The code is the IR" (VIRT/HPCS 2019) and its SASS
//! control-flow counts, from the authors' spreadsheet (`results/reference/`, embedded here).

use super::ReportError;

/// `results/reference/trillium-fig2.csv`.
pub const FIG2_CSV: &str = include_str!("../../results/reference/trillium-fig2.csv");
/// `results/reference/trillium-sass-controlflow.csv`.
pub const SASS_CSV: &str = include_str!("../../results/reference/trillium-sass-controlflow.csv");

/// The GPU of the paper's Figure 2.
pub const FIG2_GPU: &str = "Quadro 6000";

/// One row of the Figure 2 sheet. Times are in the unit Rodinia prints (likely ms).
#[derive(Clone, Debug, PartialEq)]
pub struct PaperRow {
    pub benchmark: String,
    pub gpu: String,
    pub tgsi_time: Option<f64>,
    pub llvm_time: Option<f64>,
    pub native_time: Option<f64>,
    /// TGSI time / native time.
    pub tgsi_slowdown: Option<f64>,
    /// LLVM time / native time.
    pub llvm_slowdown: Option<f64>,
}

/// One row of the SASS control-flow sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SassRow {
    pub benchmark: String,
    /// `llvm` or `tgsi`.
    pub path: String,
    pub sync: u32,
    pub ssy: u32,
    pub bra: u32,
    pub basic_blocks: u32,
}

/// Data lines of a CSV text with their 1-based line numbers: comments (`#`) and the header
/// (the first non-comment line) skipped, fields split on commas (the sheets quote nothing).
fn records(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .skip(1)
        .map(|(i, l)| (i + 1, l.split(',').map(str::trim).collect()))
}

fn bad(file: &'static str, line: usize, message: impl Into<String>) -> ReportError {
    ReportError::Reference {
        file,
        line,
        message: message.into(),
    }
}

fn number(file: &'static str, line: usize, s: &str) -> Result<Option<f64>, ReportError> {
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(Some(x)),
        _ => Err(bad(file, line, format!("`{s}` is not a number"))),
    }
}

/// Parses a Figure 2 sheet (`benchmark,gpu,tgsi_time,llvm_time,native_time,tgsi_slowdown,
/// llvm_slowdown`; empty fields are missing values).
pub fn parse_fig2(text: &str) -> Result<Vec<PaperRow>, ReportError> {
    const F: &str = "trillium-fig2.csv";
    records(text)
        .map(|(line, f)| {
            if f.len() != 7 {
                return Err(bad(F, line, format!("{} fields, expected 7", f.len())));
            }
            Ok(PaperRow {
                benchmark: f[0].to_string(),
                gpu: f[1].to_string(),
                tgsi_time: number(F, line, f[2])?,
                llvm_time: number(F, line, f[3])?,
                native_time: number(F, line, f[4])?,
                tgsi_slowdown: number(F, line, f[5])?,
                llvm_slowdown: number(F, line, f[6])?,
            })
        })
        .collect()
}

/// Parses a SASS control-flow sheet (`benchmark,path,sync,ssy,bra,basic_blocks`).
pub fn parse_sass(text: &str) -> Result<Vec<SassRow>, ReportError> {
    const F: &str = "trillium-sass-controlflow.csv";
    records(text)
        .map(|(line, f)| {
            if f.len() != 6 {
                return Err(bad(F, line, format!("{} fields, expected 6", f.len())));
            }
            let count = |s: &str| {
                s.parse::<u32>()
                    .map_err(|_| bad(F, line, format!("`{s}` is not a count")))
            };
            Ok(SassRow {
                benchmark: f[0].to_string(),
                path: f[1].to_string(),
                sync: count(f[2])?,
                ssy: count(f[3])?,
                bra: count(f[4])?,
                basic_blocks: count(f[5])?,
            })
        })
        .collect()
}

/// The embedded Figure 2 sheet.
pub fn fig2() -> Result<Vec<PaperRow>, ReportError> {
    parse_fig2(FIG2_CSV)
}

/// The embedded SASS control-flow sheet.
pub fn sass() -> Result<Vec<SassRow>, ReportError> {
    parse_sass(SASS_CSV)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_sheets_parse_and_match_the_papers_harmonic_mean() {
        let rows = fig2().unwrap();
        let quadro: Vec<&PaperRow> = rows.iter().filter(|r| r.gpu == FIG2_GPU).collect();
        assert_eq!(quadro.len(), 6);
        // Each printed slowdown is the ratio of the printed times, to the sheet's rounding.
        for r in &quadro {
            let t = r.tgsi_time.unwrap() / r.native_time.unwrap();
            assert!(
                (t - r.tgsi_slowdown.unwrap()).abs() < 0.01,
                "{}: {t}",
                r.benchmark
            );
        }
        // "harmonic mean 13x" in the paper: 12.93.
        let xs: Vec<f64> = quadro.iter().map(|r| r.tgsi_slowdown.unwrap()).collect();
        let h = xs.len() as f64 / xs.iter().map(|x| 1.0 / x).sum::<f64>();
        assert!((h - 12.93).abs() < 0.01, "{h}");
        assert_eq!(sass().unwrap().len(), 12);
    }

    #[test]
    fn bad_sheets_are_errors_with_line_numbers() {
        let e = parse_fig2("# c\nh\nbackprop,Q,1,2,x,4,5\n").unwrap_err();
        assert!(
            e.to_string().contains("line 3") && e.to_string().contains("`x`"),
            "{e}"
        );
        let e = parse_sass("h\nnn,llvm,1,2\n").unwrap_err();
        assert!(e.to_string().contains("4 fields"), "{e}");
    }
}
