//! The figures, drawn with `plotters`: SVG (inlined in the page and written beside it) and PNG.
//!
//! Text is laid out with an embedded TrueType font (DejaVu Sans, copied into the binary at build
//! time from Debian's `fonts-dejavu-core`, see `harness/build.rs`), so drawing needs no system
//! fonts; `VISABENCH_FONT` names another font file at run time when the build found none.

use super::analysis::{geometric_mean, harmonic_mean, Figure2, Ratio};
use super::explain::Decomposition;
use super::reference::{PaperRow, FIG2_GPU};
use super::ReportError;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::Path as FsPath;
use std::sync::OnceLock;

/// The font the build embedded (empty when it found none).
static EMBEDDED_FONT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report-font.ttf"));

/// Font files tried at run time when none was embedded.
const FONT_PATHS: [&str; 3] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
];

/// The family every figure's text uses.
const FAMILY: &str = "sans-serif";

/// Registers the figures' font with plotters once; later calls return the first answer.
pub fn register_font() -> Result<(), ReportError> {
    static DONE: OnceLock<Result<(), String>> = OnceLock::new();
    DONE.get_or_init(|| {
        let bytes: &'static [u8] = if !EMBEDDED_FONT.is_empty() {
            EMBEDDED_FONT
        } else {
            let env = std::env::var("VISABENCH_FONT").ok();
            let found = env
                .iter()
                .map(String::as_str)
                .chain(FONT_PATHS)
                .find_map(|p| std::fs::read(p).ok());
            match found {
                // Leaked once per process: plotters keeps fonts for the program's lifetime.
                Some(b) => Box::leak(b.into_boxed_slice()),
                None => {
                    return Err("no font for the figures: this visabench was built without DejaVu Sans \
                                (apt-get install fonts-dejavu-core before building) and VISABENCH_FONT \
                                names no readable .ttf file"
                        .to_string())
                }
            }
        };
        plotters::style::register_font(FAMILY, FontStyle::Normal, bytes)
            .map_err(|_| "the figures' font is not a valid TrueType/OpenType file".to_string())
    })
    .clone()
    .map_err(|message| ReportError::Figure { figure: "fonts".into(), message })
}

/// Figure 2's y axis.
const FIG2_Y: &str = "slowdown vs native (log scale)";

/// Pixel size of Figure 2 (both panels).
pub const FIG2_SIZE: (u32, u32) = (1400, 620);

/// One bar: a value with an optional interval.
#[derive(Clone, Copy, Debug)]
struct Bar {
    value: f64,
    low: Option<f64>,
    high: Option<f64>,
}

impl From<Ratio> for Bar {
    fn from(r: Ratio) -> Bar {
        Bar {
            value: r.value,
            low: r.low,
            high: r.high,
        }
    }
}

/// One group of bars on the x axis (a benchmark, or a mean).
#[derive(Debug)]
struct Group {
    label: String,
    /// One per series; `None` where the path has no result.
    bars: Vec<Option<Bar>>,
}

/// One series: a path.
#[derive(Debug)]
struct Series {
    name: String,
    color: RGBColor,
}

/// Registered paths' colours, by registry position ([`path_registry::position`]): the
/// baseline grey, then the Tableau palette.
const BY_POSITION: [RGBColor; 8] = [
    RGBColor(127, 127, 127),
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(214, 39, 40),
    RGBColor(44, 160, 44),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
];

/// The colour of a path's bars, the same in every figure: a registered path's by its registry
/// position, any other name's (a `NAME@PROFILE` variant) from a hash of the name.
pub fn path_color(path: &str) -> RGBColor {
    match path_registry::position(path) {
        Some(i) if !path.contains('@') && i < BY_POSITION.len() => BY_POSITION[i],
        _ => {
            const MORE: [RGBColor; 4] = [
                RGBColor(44, 160, 44),
                RGBColor(148, 103, 189),
                RGBColor(140, 86, 75),
                RGBColor(227, 119, 194),
            ];
            let h = path
                .bytes()
                .fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
            MORE[h % MORE.len()]
        }
    }
}

/// `0.99`, `1.2`, `14.8`, `120`: three significant digits at most.
pub fn fmt_ratio(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else if v >= 1.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.3}")
    }
}

/// A bar's label: at most four characters (`0.99`, `1.02`, `14.8`, `120`), so that the labels
/// of neighbouring bars do not run into each other.
fn fmt_label(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

fn fmt_axis(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s}×")
}

fn err<E: std::fmt::Display>(figure: &str) -> impl Fn(E) -> ReportError + '_ {
    move |e| ReportError::Figure {
        figure: figure.to_string(),
        message: e.to_string(),
    }
}

/// Draws one panel of grouped bars on a log scale from `y.0` (the axis floor) upwards.
fn panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    caption: &str,
    series: &[Series],
    groups: &[Group],
    y: (f64, f64),
    means_from: usize,
    y_desc: &str,
) -> Result<(), ReportError> {
    let e = err::<String>("figure2");
    let n = groups.len().max(1) as f64;
    let mut chart = ChartBuilder::on(area)
        .caption(caption, (FAMILY, 19))
        .margin(12)
        .x_label_area_size(34)
        .y_label_area_size(64)
        .build_cartesian_2d(-0.5f64..n - 0.5, (y.0..y.1).log_scale())
        .map_err(|x| e(x.to_string()))?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(1)
        .x_label_formatter(&|_| String::new())
        .y_desc(y_desc)
        // plotters labels powers of ten (and, on a narrow range, more); the 2×, 5×, 20× … are
        // drawn below, so only the powers of ten are labelled here (no label twice).
        .y_label_formatter(&|v| {
            let power = (v.log10() - v.log10().round()).abs() < 1e-9;
            if power {
                fmt_axis(*v)
            } else {
                String::new()
            }
        })
        .label_style((FAMILY, 13))
        .axis_desc_style((FAMILY, 14))
        .light_line_style(RGBColor(235, 235, 235))
        .draw()
        .map_err(|x| e(x.to_string()))?;
    let k = series.len().max(1) as f64;
    let width = 0.8 / k;
    let value_style =
        TextStyle::from((FAMILY, 10).into_font()).pos(Pos::new(HPos::Center, VPos::Bottom));
    for (si, s) in series.iter().enumerate() {
        let color = s.color;
        let x0 = |gi: usize| gi as f64 - 0.4 + si as f64 * width;
        chart
            .draw_series(groups.iter().enumerate().filter_map(|(gi, g)| {
                let b = g.bars.get(si).copied().flatten()?;
                Some(Rectangle::new(
                    [(x0(gi), y.0), (x0(gi) + width * 0.92, b.value.max(y.0))],
                    color.filled(),
                ))
            }))
            .map_err(|x| e(x.to_string()))?
            .label(s.name.clone())
            .legend(move |(px, py)| {
                Rectangle::new([(px, py - 6), (px + 14, py + 6)], color.filled())
            });
        for (gi, g) in groups.iter().enumerate() {
            let mid = x0(gi) + width * 0.46;
            let Some(b) = g.bars.get(si).copied().flatten() else {
                chart
                    .draw_series(std::iter::once(Text::new(
                        "n/a",
                        (mid, y.0 * 1.08),
                        value_style.clone(),
                    )))
                    .map_err(|x| e(x.to_string()))?;
                continue;
            };
            let top = match (b.low, b.high) {
                (Some(lo), Some(hi)) => {
                    let cap = width * 0.25;
                    let black = BLACK.stroke_width(1);
                    let lines = [
                        vec![(mid, lo.max(y.0)), (mid, hi)],
                        vec![(mid - cap, hi), (mid + cap, hi)],
                        vec![(mid - cap, lo.max(y.0)), (mid + cap, lo.max(y.0))],
                    ];
                    chart
                        .draw_series(lines.into_iter().map(|l| PathElement::new(l, black)))
                        .map_err(|x| e(x.to_string()))?;
                    hi.max(b.value)
                }
                _ => b.value,
            };
            chart
                .draw_series(std::iter::once(Text::new(
                    fmt_label(b.value),
                    (mid, top * 1.03),
                    value_style.clone(),
                )))
                .map_err(|x| e(x.to_string()))?;
        }
    }
    // The baseline (1×) and the boundary between benchmarks and means.
    chart
        .draw_series(DashedLineSeries::new(
            vec![(-0.5, 1.0), (n - 0.5, 1.0)],
            6,
            4,
            BLACK.stroke_width(1),
        ))
        .map_err(|x| e(x.to_string()))?;
    if means_from > 0 && means_from < groups.len() {
        let x = means_from as f64 - 0.5;
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(x, y.0), (x, y.1)],
                RGBColor(150, 150, 150),
            )))
            .map_err(|x| e(x.to_string()))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .label_font((FAMILY, 13))
        .background_style(WHITE.mix(0.85))
        .border_style(RGBColor(180, 180, 180))
        .draw()
        .map_err(|x| e(x.to_string()))?;
    let at = |x: f64, v: f64| chart.backend_coord(&(x, v));
    axis_labels(area, &at, groups, y)
}

/// What plotters does not draw on a panel: the ticks between the powers of ten, and the
/// groups' names under the axis. `at` is the backend pixel of a chart coordinate.
fn axis_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    at: &dyn Fn(f64, f64) -> (i32, i32),
    groups: &[Group],
    y: (f64, f64),
) -> Result<(), ReportError> {
    let e = err::<String>("figure2");
    // plotters labels only the powers of ten on a log axis: label 2×, 5×, 20×… too.
    let base = area.get_base_pixel();
    let tick_style =
        TextStyle::from((FAMILY, 12).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
    for v in [0.2, 0.5, 2.0, 5.0, 20.0, 50.0, 200.0, 500.0] {
        if v > y.0 && v < y.1 {
            let (px, py) = at(-0.5, v);
            let (rx, ry) = (px - base.0, py - base.1);
            area.draw(&PathElement::new(vec![(rx - 4, ry), (rx, ry)], BLACK))
                .map_err(|x| e(x.to_string()))?;
            area.draw(&Text::new(fmt_axis(v), (rx - 7, ry), tick_style.clone()))
                .map_err(|x| e(x.to_string()))?;
        }
    }
    // Category labels under the axis, centred on each group.
    // Many groups (the ablation's ten switches) get a smaller font so their labels fit.
    let label_size = if groups.len() > 6 { 10 } else { 13 };
    let label_style =
        TextStyle::from((FAMILY, label_size).into_font()).pos(Pos::new(HPos::Center, VPos::Top));
    for (gi, g) in groups.iter().enumerate() {
        let (px, py) = at(gi as f64, y.0);
        area.draw(&Text::new(
            g.label.clone(),
            (px - base.0, py - base.1 + 6),
            label_style.clone(),
        ))
        .map_err(|x| e(x.to_string()))?;
    }
    Ok(())
}

/// The paper's panel: its benchmarks in the order of ours (then any others), and its means.
fn paper_groups(fig: &Figure2, paper: &[PaperRow]) -> (Vec<Series>, Vec<Group>, usize) {
    let quadro: Vec<&PaperRow> = paper.iter().filter(|r| r.gpu == FIG2_GPU).collect();
    let other_gpus: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for r in paper
            .iter()
            .filter(|r| r.gpu != FIG2_GPU && r.tgsi_slowdown.is_some())
        {
            if !v.contains(&r.gpu) {
                v.push(r.gpu.clone());
            }
        }
        v
    };
    let mut names: Vec<String> = fig
        .workloads
        .iter()
        .filter(|w| quadro.iter().any(|r| &r.benchmark == *w))
        .cloned()
        .collect();
    for r in &quadro {
        if !names.contains(&r.benchmark) {
            names.push(r.benchmark.clone());
        }
    }
    let mut series = vec![
        Series {
            name: format!("TGSI ({FIG2_GPU})"),
            color: path_color("tgsi-2019"),
        },
        Series {
            name: format!("LLVM ({FIG2_GPU})"),
            color: path_color("llvm"),
        },
    ];
    for g in &other_gpus {
        series.push(Series {
            name: format!("TGSI ({g})"),
            color: RGBColor(240, 160, 150),
        });
    }
    let value = |b: &str, gpu: &str, tgsi: bool| -> Option<f64> {
        let r = paper.iter().find(|r| r.benchmark == b && r.gpu == gpu)?;
        if tgsi {
            r.tgsi_slowdown
        } else {
            r.llvm_slowdown
        }
    };
    let bar = |v: Option<f64>| {
        v.map(|value| Bar {
            value,
            low: None,
            high: None,
        })
    };
    let mut groups: Vec<Group> = names
        .iter()
        .map(|b| {
            let mut bars = vec![
                bar(value(b, FIG2_GPU, true)),
                bar(value(b, FIG2_GPU, false)),
            ];
            bars.extend(other_gpus.iter().map(|g| bar(value(b, g, true))));
            Group {
                label: b.clone(),
                bars,
            }
        })
        .collect();
    let means_from = groups.len();
    for (label, f) in [
        ("H-mean", harmonic_mean as fn(&[f64]) -> Option<f64>),
        ("G-mean", geometric_mean),
    ] {
        let bars = (0..series.len())
            .map(|si| {
                let col: Vec<f64> = groups[..means_from]
                    .iter()
                    .filter_map(|g| g.bars[si].map(|b| b.value))
                    .collect();
                bar(f(&col))
            })
            .collect();
        groups.push(Group {
            label: label.into(),
            bars,
        });
    }
    (series, groups, means_from)
}

/// This run's panel.
fn run_groups(fig: &Figure2) -> (Vec<Series>, Vec<Group>, usize) {
    let series = fig
        .paths
        .iter()
        .map(|p| Series {
            name: p.clone(),
            color: path_color(p),
        })
        .collect();
    let mut groups: Vec<Group> = fig
        .workloads
        .iter()
        .zip(&fig.ratios)
        .map(|(w, row)| Group {
            label: w.clone(),
            bars: row.iter().map(|r| r.map(Bar::from)).collect(),
        })
        .collect();
    let means_from = groups.len();
    groups.push(Group {
        label: "H-mean".into(),
        bars: fig
            .hmean
            .iter()
            .map(|m| m.map(|m| m.ratio.into()))
            .collect(),
    });
    groups.push(Group {
        label: "G-mean".into(),
        bars: fig
            .gmean
            .iter()
            .map(|m| m.map(|m| m.ratio.into()))
            .collect(),
    });
    (series, groups, means_from)
}

/// The shared y range (log scale) of both panels: from below the smallest value and 1× to
/// above the largest, with room for the value labels and the legend.
fn y_range(groups: &[&[Group]]) -> (f64, f64) {
    let mut lo: f64 = 1.0;
    let mut hi: f64 = 1.0;
    for g in groups.iter().flat_map(|g| g.iter()) {
        for b in g.bars.iter().flatten() {
            for v in [Some(b.value), b.low, b.high]
                .into_iter()
                .flatten()
                .filter(|v| *v > 0.0 && v.is_finite())
            {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    (lo / 1.6, hi * 3.0)
}

/// Draws Figure 2 (this run beside the paper) on `root`.
pub fn draw_figure2<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    fig: &Figure2,
    paper: &[PaperRow],
    gpu: &str,
) -> Result<(), ReportError> {
    register_font()?;
    let e = err::<String>("figure2");
    root.fill(&WHITE).map_err(|x| e(x.to_string()))?;
    let (ours_s, ours_g, ours_m) = run_groups(fig);
    let (paper_s, paper_g, paper_m) = paper_groups(fig, paper);
    let y = y_range(&[&ours_g, &paper_g]);
    let split = (FIG2_SIZE.0 as f64 * 0.6) as i32;
    let (left, right) = root.split_horizontally(split);
    let gpu = if gpu.is_empty() { "unknown GPU" } else { gpu };
    panel(
        &left,
        &format!("This run: {gpu}"),
        &ours_s,
        &ours_g,
        y,
        ours_m,
        FIG2_Y,
    )?;
    panel(
        &right,
        &format!("Trillium (2019): {FIG2_GPU}"),
        &paper_s,
        &paper_g,
        y,
        paper_m,
        FIG2_Y,
    )?;
    Ok(())
}

/// Figure 2 as SVG text.
pub fn figure2_svg(fig: &Figure2, paper: &[PaperRow], gpu: &str) -> Result<String, ReportError> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, FIG2_SIZE).into_drawing_area();
        draw_figure2(&root, fig, paper, gpu)?;
        root.present().map_err(err("figure2.svg"))?;
    }
    Ok(out)
}

/// Figure 2 as a PNG file at `path`.
pub fn figure2_png(
    path: &FsPath,
    fig: &Figure2,
    paper: &[PaperRow],
    gpu: &str,
) -> Result<(), ReportError> {
    let root = BitMapBackend::new(path, FIG2_SIZE).into_drawing_area();
    draw_figure2(&root, fig, paper, gpu)?;
    root.present().map_err(err("figure2.png"))?;
    Ok(())
}

/// Pixel size of the decomposition figure (both panels).
pub const DECOMPOSITION_SIZE: (u32, u32) = (1400, 600);

fn mean_bar(m: Option<&super::analysis::Mean>) -> Option<Bar> {
    m.map(|m| Bar::from(m.ratio))
}

/// The walk's panel: the paper's number, then each measured step.
fn walk_groups(d: &Decomposition) -> (Vec<Series>, Vec<Group>) {
    let mut groups = Vec::new();
    if let Some(p) = d.paper {
        groups.push(Group {
            label: "paper: Fermi, nouveau".into(),
            bars: vec![Some(Bar {
                value: p,
                low: None,
                high: None,
            })],
        });
    }
    for c in &d.walk {
        let label = match (c.path.as_str(), c.level) {
            (p, Some(n)) => format!("{p} at O{n}"),
            (p, None) => format!("{p} at default"),
        };
        groups.push(Group {
            label,
            bars: vec![mean_bar(c.hmean.as_ref())],
        });
    }
    let series = vec![Series {
        name: "harmonic mean vs native at the driver's default".into(),
        color: path_color("tgsi-2019"),
    }];
    (series, groups)
}

/// The restrictions' panel: what removing each one alone from the 2019 profile recovers, one
/// series per level.
fn restriction_groups(d: &Decomposition) -> (Vec<Series>, Vec<Group>) {
    let series = d
        .ablation_levels
        .iter()
        .enumerate()
        .map(|(i, l)| Series {
            name: match l {
                None => "at the driver's default".to_string(),
                Some(n) => format!("at -cl-nv-opt-level={n}"),
            },
            color: if i == 0 {
                path_color("tgsi-2019")
            } else {
                path_color("llvm")
            },
        })
        .collect();
    let groups = d
        .restrictions
        .iter()
        .map(|r| Group {
            label: r.switch.clone(),
            bars: r
                .removed
                .iter()
                .map(|c| mean_bar(c.as_ref().and_then(|c| c.hmean.as_ref())))
                .collect(),
        })
        .collect();
    (series, groups)
}

/// Draws the decomposition figure on `root`.
pub fn draw_decomposition<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &Decomposition,
    gpu: &str,
) -> Result<(), ReportError> {
    register_font()?;
    let e = err::<String>("decomposition");
    root.fill(&WHITE).map_err(|x| e(x.to_string()))?;
    let (ws, wg) = walk_groups(d);
    let (rs, rg) = restriction_groups(d);
    let gpu = if gpu.is_empty() { "unknown GPU" } else { gpu };
    if rg.is_empty() {
        let y = y_range(&[&wg]);
        return panel(
            root,
            &format!("From the paper's slowdown to ours ({gpu})"),
            &ws,
            &wg,
            y,
            0,
            "harmonic-mean slowdown (log scale)",
        );
    }
    let split = (DECOMPOSITION_SIZE.0 as f64 * 0.4) as i32;
    let (left, right) = root.split_horizontally(split);
    panel(
        &left,
        &format!("From the paper's slowdown to ours ({gpu})"),
        &ws,
        &wg,
        y_range(&[&wg]),
        0,
        "harmonic-mean slowdown (log scale)",
    )?;
    panel(
        &right,
        "Each 2019 restriction removed alone: tgsi-2019 / tgsi-2019 without it",
        &rs,
        &rg,
        y_range(&[&rg]),
        0,
        "factor (log scale)",
    )
}

/// The decomposition figure as SVG text.
pub fn decomposition_svg(d: &Decomposition, gpu: &str) -> Result<String, ReportError> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, DECOMPOSITION_SIZE).into_drawing_area();
        draw_decomposition(&root, d, gpu)?;
        root.present().map_err(err("decomposition.svg"))?;
    }
    Ok(out)
}

/// The decomposition figure as a PNG file at `path`.
pub fn decomposition_png(path: &FsPath, d: &Decomposition, gpu: &str) -> Result<(), ReportError> {
    let root = BitMapBackend::new(path, DECOMPOSITION_SIZE).into_drawing_area();
    draw_decomposition(&root, d, gpu)?;
    root.present().map_err(err("decomposition.png"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_follow_the_registry() {
        // The colours of the first four paths are what the published figures show.
        assert_eq!(path_color("native"), RGBColor(127, 127, 127));
        assert_eq!(path_color("llvm"), RGBColor(31, 119, 180));
        assert_eq!(path_color("tgsi"), RGBColor(255, 127, 14));
        assert_eq!(path_color("tgsi-2019"), RGBColor(214, 39, 40));
        // Every registered path has a colour of its own.
        let names = path_registry::registered();
        let mut colours: Vec<(u8, u8, u8)> = names
            .iter()
            .map(|n| {
                let c = path_color(n);
                (c.0, c.1, c.2)
            })
            .collect();
        colours.sort_unstable();
        colours.dedup();
        assert_eq!(colours.len(), names.len().min(BY_POSITION.len()));
    }
}
