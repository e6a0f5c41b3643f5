//! The page's decomposition section: the walk from the paper's slowdown to ours, the levels
//! table, each restriction's effect, and what the measurements leave unexplained (with what
//! the literature says about it, as sourced facts).

use super::explain::{Comparison, Decomposition};
use super::figure::fmt_ratio;
use super::html::{escape, headings, num_cells, ratio_cell};
use harness::variant::JitLevel;
use std::fmt::Write as _;

fn mean_cell(c: Option<&Comparison>) -> String {
    ratio_cell(c.and_then(|c| c.hmean.as_ref()).map(|m| &m.ratio))
}

fn level_head(l: JitLevel) -> String {
    match l {
        None => "driver default".into(),
        Some(n) => format!("-cl-nv-opt-level={n}"),
    }
}

/// Two header cells per level (`{}` in each template is the level), then the row's end.
fn pair_heads(out: &mut String, levels: &[JitLevel], first: &str, second: &str) {
    for l in levels {
        let name = escape(&level_head(*l));
        let _ = write!(
            out,
            "<th>{}</th><th>{}</th>",
            first.replace("{}", &name),
            second.replace("{}", &name)
        );
    }
    out.push_str("</tr>\n");
}

fn walk_table(out: &mut String, d: &Decomposition) {
    out.push_str(
        "<table>\n<tr><th>step</th><th>harmonic mean</th><th>factor to the next step</th>",
    );
    for w in &d.workloads {
        let _ = write!(out, "<th>{}</th>", escape(w));
    }
    out.push_str("<th>source</th></tr>\n");
    if let Some(p) = d.paper {
        let next = d.unexplained().map(|f| format!("{}×", fmt_ratio(f)));
        let _ = writeln!(
            out,
            "<tr><td>Trillium (2019): TGSI on a Quadro 6000 (Fermi), finished by nouveau, vs NVIDIA's \
             OpenCL</td><td class=\"num\">{}×</td><td class=\"num\">{}</td>{}<td>the paper's data \
             (sourced, not measured here)</td></tr>",
            fmt_ratio(p),
            next.unwrap_or_else(|| "–".into()),
            "<td class=\"muted\"></td>".repeat(d.workloads.len())
        );
    }
    for (i, c) in d.walk.iter().enumerate() {
        let next = d
            .factor(i, i + 1)
            .map(|f| format!("{}×", fmt_ratio(f)))
            .unwrap_or_else(|| "–".into());
        let _ = write!(
            out,
            "<tr><td>{}</td>{}<td class=\"num\">{next}</td>",
            escape(&c.label),
            mean_cell(Some(c))
        );
        for r in &c.ratios {
            out.push_str(&ratio_cell(r.as_ref()));
        }
        out.push_str("<td>measured (this run)</td></tr>\n");
    }
    out.push_str("</table>\n");
}

fn levels_table(out: &mut String, d: &Decomposition) {
    if d.levels.len() < 2 {
        return;
    }
    out.push_str(
        "<h3 id=\"levels\">Finisher strength</h3>\n<p>Every path, native included, finished by NVIDIA's \
         PTX assembler at each level (<code>-cl-nv-opt-level=N</code>). Harmonic means over the \
         benchmarks: against native at the same level (what the translation costs when both are \
         finished alike) and against native at the driver's default (a weak finisher for the path, \
         NVIDIA's full compiler for the baseline: the paper's situation). For native itself the second \
         column is what the level costs NVIDIA's own code.</p>\n<table>\n<tr><th>path</th>",
    );
    pair_heads(
        out,
        &d.levels,
        "{} vs native at it",
        "{} vs native at default",
    );
    for row in &d.level_rows {
        let _ = write!(out, "<tr><td>{}</td>", escape(&row.path));
        for (same, def) in &row.cells {
            out.push_str(&ratio_cell(same.as_ref().map(|m| &m.ratio)));
            out.push_str(&ratio_cell(def.as_ref().map(|m| &m.ratio)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
}

fn restrictions_table(out: &mut String, d: &Decomposition) {
    if d.restrictions.is_empty() {
        return;
    }
    out.push_str(
        "<h3 id=\"ablation\">Each restriction of the 2019 back-end</h3>\n<p>Two measurements per \
         restriction, both timed interleaved with everything else: <em>added</em> is \
         <code>tgsi@modern+SWITCH</code> over <code>tgsi</code> (the restriction alone in modern \
         TGSI); <em>removed</em> is <code>tgsi-2019</code> over <code>tgsi@trillium2019-no-SWITCH</code> \
         (what taking it away from the 2019 profile recovers). Harmonic means over the benchmarks with \
         95% bootstrap intervals; a benchmark where the variant does not compile (it cannot express \
         the kernel) is left out of that mean.</p>\n<table>\n<tr><th>restriction</th>",
    );
    pair_heads(out, &d.ablation_levels, "added, {}", "removed, {}");
    for r in &d.restrictions {
        let _ = write!(out, "<tr><td><code>{}</code></td>", escape(&r.switch));
        for (a, m) in r.added.iter().zip(&r.removed) {
            out.push_str(&mean_cell(a.as_ref()));
            out.push_str(&mean_cell(m.as_ref()));
        }
        out.push_str("</tr>\n");
    }
    out.push_str(
        "</table>\n<details><summary>Per benchmark</summary>\n<table>\n<tr><th>comparison</th>",
    );
    for w in &d.workloads {
        let _ = write!(out, "<th>{}</th>", escape(w));
    }
    out.push_str("</tr>\n");
    for r in &d.restrictions {
        for c in r.added.iter().chain(&r.removed).flatten() {
            let _ = write!(out, "<tr><td>{}</td>", escape(&c.label));
            for x in &c.ratios {
                out.push_str(&ratio_cell(x.as_ref()));
            }
            out.push_str("</tr>\n");
        }
    }
    out.push_str("</table>\n</details>\n");
}

/// The levels table's columns: its heading, and the report's name of the column it shows.
const LEVEL_COLUMNS: [(&str, &str); 6] = [
    ("instructions", "instructions"),
    ("BRA", "BRA"),
    ("BSSY", "BSSY"),
    ("local-memory accesses", "local"),
    ("spill bytes", "spill bytes"),
    ("registers", "registers"),
];

/// SASS per finishing level: per path and `ptxas` level, the counts summed over the
/// benchmarks (their `(all)` rows), so the page shows what a weak finisher leaves in the code.
fn sass_levels_table(out: &mut String, d: &Decomposition, rows: &[sass::CsvRow]) {
    use sass::OptLevel;
    let mut levels: Vec<OptLevel> = Vec::new();
    let mut paths: Vec<&str> = Vec::new();
    for r in rows.iter().filter(|r| r.counts.kernel == "(all)") {
        if !levels.contains(&r.opt_level) {
            levels.push(r.opt_level);
        }
        if !paths.contains(&r.path.as_str()) {
            paths.push(&r.path);
        }
    }
    if levels.len() < 2 {
        return;
    }
    levels.sort_by_key(|l| l.number().map_or(-1, i32::from));
    out.push_str(
        "<h3 id=\"sass-levels\">What each finishing level leaves in the code</h3>\n<p>Static SASS \
         counts from <code>sass.csv</code>, every program assembled by <code>ptxas</code> at each level \
         (<code>-cl-nv-opt-level=N</code> passes <code>--opt-level N</code> to it), summed over the \
         benchmarks; registers are the largest of any kernel.</p>\n<table>\n<tr><th>path</th><th>ptxas \
         level</th>",
    );
    let columns: Vec<&sass::table::Column> = LEVEL_COLUMNS
        .iter()
        .map(|(_, c)| sass::table::column(c).expect("LEVEL_COLUMNS names sass::table::COLUMNS"))
        .collect();
    out.push_str(&headings(LEVEL_COLUMNS.iter().map(|(h, _)| *h)));
    out.push_str("</tr>\n");
    for p in paths {
        for l in &levels {
            let sel: Vec<&sass::KernelSass> = rows
                .iter()
                .filter(|r| {
                    r.path == p
                        && r.opt_level == *l
                        && r.counts.kernel == "(all)"
                        && d.workloads.contains(&r.workload)
                })
                .map(|r| &r.counts)
                .collect();
            if sel.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td>{}</tr>",
                escape(p),
                l.name(),
                num_cells(columns.iter().map(|c| c.over(sel.iter().copied())))
            );
        }
    }
    out.push_str("</table>\n");
}

/// What the measurements do not explain, and what sources say about it. Facts, not ours.
const UNEXPLAINED: &str = "<h3 id=\"unexplained\">What remains</h3>\n<p>The first factor above is the \
paper's number over our weakest measured stack; nothing in this run measures it. What sources say about \
it (read, not measured here):</p>\n<ul>\n<li>Mesa's nouveau compiler (nv50_ir, its 2018–19 source) had \
SSA clean-up passes, a graph-colouring register allocator and a limited if-conversion, but <strong>no \
loop unrolling, no loop-invariant code motion and no instruction scheduler</strong> — on Fermi, the \
study's GPU, no scheduling at all. <code>ptxas -O0</code> is our stand-in for such a finisher, but it is \
not the same compiler: what nouveau's code generation lost beyond what <code>-O0</code> loses is not \
measured here.</li>\n<li>nouveau ran many NVIDIA GPUs at their boot clocks unless reclocked by hand; in \
the study the TGSI path ran on nouveau while the other two ran on NVIDIA's driver, so part of the \
slowdown may be clocks rather than code (a hypothesis, not a measurement).</li>\n<li>Fermi (Quadro \
6000, 2010) is not Hopper: latencies, the memory system and how much a missing optimization costs \
differ, and nothing here runs on Fermi.</li>\n<li>The paper ran Rodinia's own OpenCL code; these \
numbers come from our implementations of the same algorithms at Rodinia's sizes.</li>\n</ul>\n";

/// The section (nothing when the results hold neither a weak level nor an ablation).
pub fn section(
    out: &mut String,
    d: &Decomposition,
    svg: Option<Result<&str, &str>>,
    sass: Option<&[sass::CsvRow]>,
) {
    if d.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"explain\"><h2>Explaining the paper's slowdown</h2>\n<p>From the paper's harmonic-mean \
         TGSI slowdown to ours, each step a measured factor: <code>tgsi-2019</code> (TGSI with the \
         2019 back-end's restrictions) finished by a weak PTX assembler against NVIDIA's full compiler, \
         the same finished at full strength, then modern TGSI. Every measured number is a harmonic mean \
         over the benchmarks against native at the driver's default, with a 95% bootstrap \
         interval.</p>\n",
    );
    match svg {
        Some(Ok(svg)) => {
            let _ = writeln!(
                out,
                "<figure>{svg}<figcaption>Left: the walk (log scale). Right: what removing each 2019 \
                 restriction alone recovers, per finishing level. Also in \
                 <code>decomposition.svg</code>, <code>decomposition.png</code>.</figcaption></figure>"
            );
        }
        Some(Err(e)) => {
            let _ = writeln!(out, "<p class=\"warn\">No figure: {}</p>", escape(e));
        }
        None => {}
    }
    walk_table(out, d);
    levels_table(out, d);
    restrictions_table(out, d);
    if let Some(rows) = sass {
        sass_levels_table(out, d, rows);
    }
    out.push_str(UNEXPLAINED);
    out.push_str("</section>\n");
}
