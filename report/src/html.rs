//! The report page: one self-contained HTML file (inline CSS, the figure inlined as SVG, no
//! scripts, nothing fetched).

use super::analysis::{Figure2, IntervalMethod, PrecisionMiss, Ratio, RESAMPLES};
use super::figure::fmt_ratio;
use super::reference::{PaperRow, SassRow, FIG2_GPU};
use harness::results::{KernelTiming, PathResult, Results, Status, ALL_KERNELS};
use harness::summary::{fmt_ci, fmt_ns};
use std::fmt::Write as _;

/// Everything the page shows besides the results themselves.
#[derive(Debug)]
pub struct PageInput<'a> {
    pub results: &'a Results,
    pub figure: &'a Figure2,
    pub paper: &'a [PaperRow],
    pub sass: &'a [SassRow],
    /// This run's SASS counts (`sass.csv`), when the results directory has them.
    pub our_sass: Option<&'a [sass::CsvRow]>,
    /// `(timings checked, misses)` of the precision check.
    pub precision: &'a (usize, Vec<PrecisionMiss>),
    /// The same for the slowdowns against native at the same level (paired intervals).
    pub slowdown_precision: &'a (usize, Vec<PrecisionMiss>),
    /// The figure's SVG text, or why there is none.
    pub svg: Result<&'a str, &'a str>,
    /// File names of the figure files beside the page.
    pub figure_files: &'a [String],
    /// The pretty-printed `env.json`.
    pub env_json: &'a str,
    /// The decomposition of the paper's slowdown (empty without levels or an ablation).
    pub decomposition: &'a super::explain::Decomposition,
    /// Its figure's SVG text, or why there is none (`None`: no figure, nothing to show).
    pub decomposition_svg: Option<Result<&'a str, &'a str>>,
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;max-width:1460px;padding:1.2em 2em;color:#222;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.meta{color:#555}.warn{background:#fff4e5;border-left:4px solid #f0a020;padding:.5em 1em}
nav a{margin-right:1em}figure{margin:1em 0}figure svg{max-width:100%;height:auto;border:1px solid #eee}
figcaption{color:#444;font-size:.93em;max-width:1100px}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f5f5f5}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.mean td{font-weight:600;background:#fafafa}
.ok{color:#1a7f37}.bad{color:#b42318;font-weight:600}.muted{color:#888}
pre{background:#f6f8fa;padding:.7em;overflow:auto;max-height:28em;font-size:.85em}
details{margin:.3em 0}code{font-size:.92em}
";

fn status_cell(s: Status) -> String {
    let class = match s {
        Status::Ok => "ok",
        Status::Unsupported => "muted",
        _ => "bad",
    };
    format!("<td class=\"{class}\">{}</td>", s.as_str())
}

pub(crate) fn ratio_cell(r: Option<&Ratio>) -> String {
    match r {
        None => "<td class=\"num muted\">–</td>".into(),
        Some(r) => {
            let ci = match (r.low, r.high) {
                (Some(lo), Some(hi)) => format!(
                    " <span class=\"muted\">[{} – {}]</span>",
                    fmt_ratio(lo),
                    fmt_ratio(hi)
                ),
                _ => String::new(),
            };
            format!("<td class=\"num\">{}×{ci}</td>", fmt_ratio(r.value))
        }
    }
}

fn opt_cell(v: Option<f64>) -> String {
    match v {
        Some(v) => format!("<td class=\"num\">{}×</td>", fmt_ratio(v)),
        None => "<td class=\"num muted\">–</td>".into(),
    }
}

fn figure_section(out: &mut String, p: &PageInput<'_>) {
    let fig = p.figure;
    let _ = writeln!(
        out,
        "<section id=\"figure2\"><h2>Figure 2: kernel execution slowdown due to virtual ISAs</h2>"
    );
    out.push_str("<figure>\n");
    match p.svg {
        Ok(svg) => {
            let body = svg.trim_start();
            let body = match body.strip_prefix("<?xml") {
                Some(rest) => rest.split_once("?>").map_or(rest, |(_, r)| r).trim_start(),
                None => body,
            };
            out.push_str(body);
        }
        Err(why) => {
            let _ = write!(out, "<p class=\"warn\">No figure: {}</p>", escape(why));
        }
    }
    let methods: Vec<&str> = fig
        .methods()
        .into_iter()
        .map(IntervalMethod::describe)
        .collect();
    let method = if methods.is_empty() {
        "none".to_string()
    } else {
        methods.join("; ")
    };
    let files: Vec<String> = p
        .figure_files
        .iter()
        .map(|f| format!("<a href=\"{0}\">{0}</a>", escape(f)))
        .collect();
    let _ = writeln!(
        out,
        "<figcaption>Left: this run — per benchmark, the median time of the whole launch sequence of each \
         path divided by that of <code>native</code> (NVIDIA's OpenCL compiler from source), on a log \
         scale; H-mean and G-mean are the harmonic and geometric means over the benchmarks. Whiskers: 95% \
         intervals, {method} ({RESAMPLES} resamples, fixed seed; the means' intervals from the same \
         replicates). Right: the paper's numbers (Rodinia OpenCL on an NVIDIA {FIG2_GPU}, from the \
         authors' spreadsheet; the GTX 750 Ti sheet has TGSI only). The dashed line is 1× (as fast as \
         native). Files: {}.</figcaption>",
        files.join(" · ")
    );
    out.push_str("</figure>\n<table>\n<tr><th>benchmark</th>");
    for path in &fig.paths {
        let _ = write!(
            out,
            "<th>{} <span class=\"muted\">[95% interval]</span></th>",
            escape(path)
        );
    }
    let _ = writeln!(
        out,
        "<th>paper TGSI ({FIG2_GPU})</th><th>paper LLVM ({FIG2_GPU})</th></tr>"
    );
    let paper = |b: &str| {
        p.paper
            .iter()
            .find(|r| r.benchmark == b && r.gpu == FIG2_GPU)
    };
    for (w, row) in fig.workloads.iter().zip(&fig.ratios) {
        let _ = write!(out, "<tr><td>{}</td>", escape(w));
        for r in row {
            out.push_str(&ratio_cell(r.as_ref()));
        }
        let pr = paper(w);
        out.push_str(&opt_cell(pr.and_then(|r| r.tgsi_slowdown)));
        out.push_str(&opt_cell(pr.and_then(|r| r.llvm_slowdown)));
        out.push_str("</tr>\n");
    }
    let quadro: Vec<&PaperRow> = p.paper.iter().filter(|r| r.gpu == FIG2_GPU).collect();
    let paper_mean = |f: fn(&[f64]) -> Option<f64>, tgsi: bool| {
        let xs: Vec<f64> = quadro
            .iter()
            .filter_map(|r| {
                if tgsi {
                    r.tgsi_slowdown
                } else {
                    r.llvm_slowdown
                }
            })
            .collect();
        f(&xs)
    };
    for (label, means, f) in [
        (
            "harmonic mean",
            &fig.hmean,
            super::analysis::harmonic_mean as fn(&[f64]) -> Option<f64>,
        ),
        (
            "geometric mean",
            &fig.gmean,
            super::analysis::geometric_mean,
        ),
    ] {
        let _ = write!(out, "<tr class=\"mean\"><td>{label}</td>");
        for m in means {
            let mut cell = ratio_cell(m.as_ref().map(|m| &m.ratio));
            if let Some(m) = m {
                if m.count < fig.workloads.len() {
                    cell = cell.replace(
                        "</td>",
                        &format!(
                            " <span class=\"muted\">(over {} of {})</span></td>",
                            m.count,
                            fig.workloads.len()
                        ),
                    );
                }
            }
            out.push_str(&cell);
        }
        out.push_str(&opt_cell(paper_mean(f, true)));
        out.push_str(&opt_cell(paper_mean(f, false)));
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n</section>\n");
}

fn timing_cells(t: Option<&KernelTiming>) -> String {
    let s = t.and_then(|t| t.summary.as_ref());
    let median = s.map(|s| fmt_ns(s.median)).unwrap_or_default();
    let ci = s.map(fmt_ci).unwrap_or_default();
    let n = s.map(|s| s.n.to_string()).unwrap_or_default();
    format!("<td class=\"num\">{median}</td><td class=\"num\">{ci}</td><td class=\"num\">{n}</td>")
}

fn slowdown_cell(p: &PathResult, t: Option<&KernelTiming>) -> String {
    match (p.path.as_str(), t.and_then(|t| t.slowdown)) {
        (_, Some(x)) => format!("<td class=\"num\">{}×</td>", fmt_ratio(x)),
        ("native", _) if t.and_then(|t| t.summary.as_ref()).is_some() => {
            "<td class=\"num\">1×</td>".into()
        }
        _ => "<td class=\"num muted\">–</td>".into(),
    }
}

fn verification(p: &PathResult) -> String {
    match &p.verdict {
        Some(v) if v.ok => format!("{} compared, all match", v.compared),
        Some(v) => format!("{} of {} differ", v.wrong, v.compared),
        None => String::new(),
    }
}

fn suite_section(out: &mut String, r: &Results) {
    out.push_str(
        "<section id=\"suite\"><h2>The whole suite</h2>\n<p>Per workload and path: the time of the whole \
         launch sequence per repetition (sum of every launch's GPU time from OpenCL profiling events), \
         its median, the median's distribution-free 95% interval, the repetitions, the slowdown against \
         <code>native</code> (at the same finishing level: <code>tgsi/O0</code> is <code>tgsi</code> with \
         <code>-cl-nv-opt-level=0</code>, against <code>native/O0</code>), the compile time on the compile \
         side, and the check against the CPU reference.</p>\n<table>\n<tr><th>workload</th><th>size</th><th>path</th><th>status</th>\
         <th>median</th><th>95% interval</th><th>reps</th><th>slowdown</th><th>launches / rep</th>\
         <th>compile</th><th>verification</th></tr>\n",
    );
    for w in &r.workloads {
        for p in &w.paths {
            let t = p.total.as_ref();
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td>{}{}{}<td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                escape(&w.workload),
                escape(&w.size_label),
                escape(&p.variant().key()),
                status_cell(p.status),
                timing_cells(t),
                slowdown_cell(p, t),
                t.map(|t| t.launches.to_string()).unwrap_or_default(),
                p.compile_seconds.map(|s| format!("{:.3} s", s)).unwrap_or_default(),
                escape(&verification(p)),
            );
        }
    }
    out.push_str("</table>\n");
    out.push_str("<h3 id=\"kernels\">Per kernel</h3>\n<table>\n<tr><th>workload</th><th>kernel</th><th>path</th>\
        <th>median / rep</th><th>95% interval</th><th>reps</th><th>slowdown</th><th>launches / rep</th></tr>\n");
    for w in &r.workloads {
        for p in w.paths.iter().filter(|p| !p.kernels.is_empty()) {
            for k in &p.kernels {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td><code>{}</code></td><td>{}</td>{}{}<td class=\"num\">{}</td></tr>",
                    escape(&w.workload),
                    escape(&k.kernel),
                    escape(&p.variant().key()),
                    timing_cells(Some(k)),
                    slowdown_cell(p, Some(k)),
                    k.launches
                );
            }
        }
    }
    out.push_str("</table>\n</section>\n");
}

/// "30", or "30 to 1000 (more while a median's 95% interval was wider than ±2%, ≤ 30 s)".
fn reps_text(e: &harness::env::Env) -> String {
    match (e.max_reps, e.precision) {
        (Some(max), Some(p)) if max > e.reps => format!(
            "{} to {max} (more while a median's 95% interval was wider than ±{}%, ≤ {:.0} s per benchmark)",
            e.reps,
            p * 100.0,
            e.extra_seconds.unwrap_or(0.0)
        ),
        _ => e.reps.to_string(),
    }
}

fn precision_section(
    out: &mut String,
    medians: &(usize, Vec<PrecisionMiss>),
    slowdowns: &(usize, Vec<PrecisionMiss>),
    target: f64,
) {
    let _ = writeln!(
        out,
        "<section id=\"precision\"><h2>Precision check</h2>\n<p>Target: every timed kernel's (and whole \
         sequence's) median has a 95% interval within ±{}% of it. Checked {} timings; {} miss it.</p>",
        target * 100.0,
        medians.0,
        medians.1.len()
    );
    misses_table(out, &medians.1, "median");
    let _ = writeln!(
        out,
        "<p>The slowdowns, each against native at the same finishing level with its paired interval \
         (a bootstrap over the rounds of the interleaved timing pass, so what a round shares — the \
         GPU's state drifting over the run, which moves every variant alike — cancels): checked {}; \
         {} have an interval wider than ±{}%.</p>",
        slowdowns.0,
        slowdowns.1.len(),
        target * 100.0
    );
    misses_table(out, &slowdowns.1, "slowdown");
    out.push_str("</section>\n");
}

fn misses_table(out: &mut String, misses: &[PrecisionMiss], of: &str) {
    if misses.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<table>\n<tr><th>workload</th><th>variant</th><th>kernel</th><th>reps</th><th>{of}'s interval half-width</th></tr>"
    );
    for m in misses {
        let kernel = if m.kernel == ALL_KERNELS {
            "(whole sequence)".to_string()
        } else {
            m.kernel.clone()
        };
        let half = m
            .half_width
            .map_or("no interval (fewer than 6 reps)".to_string(), |h| {
                format!("±{:.2}%", h * 100.0)
            });
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td><code>{}</code></td><td class=\"num\">{}</td><td class=\"num bad\">{}</td></tr>",
            escape(&m.workload),
            escape(&m.path),
            escape(&kernel),
            m.reps,
            escape(&half)
        );
    }
    out.push_str("</table>\n");
}

fn failures_section(out: &mut String, r: &Results) {
    out.push_str("<section id=\"failures\"><h2>Failures and unsupported</h2>\n");
    out.push_str("<p class=\"muted\"><code>unsupported</code>: the path cannot express the workload (a documented limit of its IR or profile, named with its source line) — not a failure.</p>\n");
    let failed: Vec<(&str, &PathResult)> = r
        .workloads
        .iter()
        .flat_map(|w| w.paths.iter().map(move |p| (w.workload.as_str(), p)))
        .filter(|(_, p)| p.status != Status::Ok)
        .collect();
    if failed.is_empty() {
        out.push_str("<p class=\"ok\">Every path of every workload built, ran and matched the CPU reference.</p>\n");
    }
    for (w, p) in failed {
        let _ = writeln!(
            out,
            "<details open><summary><b>{}</b> on <b>{}</b>: <span class=\"{}\">{}</span></summary><pre>{}</pre>",
            escape(w),
            escape(&p.path),
            if p.status == Status::Unsupported { "muted" } else { "bad" },
            p.status.as_str(),
            escape(p.message.as_deref().unwrap_or("(no message)"))
        );
        if let Some(log) = p.build_log.as_deref().filter(|l| !l.trim().is_empty()) {
            let _ = writeln!(
                out,
                "<details><summary>build log</summary><pre>{}</pre></details>",
                escape(log)
            );
        }
        out.push_str("</details>\n");
    }
    out.push_str("</section>\n");
}

fn env_section(out: &mut String, r: &Results, env_json: &str) {
    let e = &r.env;
    let rows: [(&str, String); 15] = [
        ("GPU", e.gpu.clone()),
        ("device vendor", e.device_vendor.clone()),
        ("driver", e.driver_version.clone()),
        ("device version", e.device_version.clone()),
        (
            "OpenCL platform",
            format!("{} ({})", e.opencl_platform, e.opencl_platform_version),
        ),
        (
            "CUDA (nvidia-smi)",
            e.cuda_version.clone().unwrap_or_default(),
        ),
        (
            "LLVM of the compile side",
            e.llvm_version.clone().unwrap_or_default(),
        ),
        ("visabench commit", e.visabench_commit.clone()),
        ("host", e.hostname.clone()),
        ("date (UTC)", e.date.clone()),
        ("size preset", e.size.clone()),
        ("repetitions", reps_text(e)),
        ("warm-up runs", e.warmup.to_string()),
        ("input seed", e.seed.to_string()),
        ("run complete", r.complete.to_string()),
    ];
    out.push_str("<section id=\"env\"><h2>Environment</h2>\n<table>\n");
    for (k, v) in rows {
        let _ = writeln!(out, "<tr><th>{k}</th><td>{}</td></tr>", escape(&v));
    }
    let _ = writeln!(
        out,
        "</table>\n<details><summary><code>env.json</code></summary><pre>{}</pre></details>\n</section>",
        escape(env_json)
    );
}

/// This run's SASS counts: per benchmark of the results (in their order) and path, the whole
/// program (`(all)` rows), at one `ptxas` level: its default when `sass.csv` has it (from
/// `visabench sass --opt-levels`, a CSV may hold several), else the first one it holds.
fn our_sass_section(out: &mut String, r: &Results, rows: &[sass::CsvRow]) {
    use sass::OptLevel;
    let level = if rows.iter().any(|x| x.opt_level == OptLevel::Default) {
        OptLevel::Default
    } else {
        rows.first().map_or(OptLevel::Default, |x| x.opt_level)
    };
    let all: Vec<&sass::CsvRow> = rows
        .iter()
        .filter(|x| x.counts.kernel == "(all)" && x.opt_level == level)
        .collect();
    let mut others: Vec<&str> = rows
        .iter()
        .filter(|x| x.opt_level != level)
        .map(|x| x.opt_level.name())
        .collect();
    others.sort_unstable();
    others.dedup();
    let levels = match (level.number(), others.is_empty()) {
        (None, true) => String::new(),
        (n, _) => format!(
            " Assembled at {}{}.",
            n.map_or("ptxas's default level".to_string(), |n| {
                format!("<code>ptxas -O{n}</code>")
            }),
            if others.is_empty() {
                String::new()
            } else {
                let s = if others.len() == 1 { "" } else { "s" };
                format!("; sass.csv also holds level{s} {}", others.join(", "))
            }
        ),
    };
    let (arch, ptxas) = all
        .first()
        .map(|x| (x.arch.as_str(), x.ptxas.as_str()))
        .unwrap_or(("", ""));
    let _ = writeln!(
        out,
        "<section id=\"sass\"><h2>What the GPU runs: SASS per path</h2>\n<p>Static counts of each \
         program's machine code for <code>{}</code> (<code>ptxas</code> {} and <code>nvdisasm</code>, \
         from <code>sass.csv</code>, made by <code>visabench sass</code>): instructions, branches, \
         <code>BSSY</code>/<code>BSYNC</code> (Hopper's reconvergence pair; Fermi's <code>SSY</code>/<code>SYNC</code> \
         in the paper's table below), basic blocks, global/shared/local memory instructions, registers \
         and spilled bytes. <code>native</code> is the PTX NVIDIA's OpenCL returned for the source, \
         assembled the same way.{}</p>\n<table>\n<tr><th>benchmark</th><th>path</th>{}</tr>",
        escape(arch),
        escape(ptxas),
        levels,
        headings(sass::table::COLUMNS.iter().map(|c| c.long))
    );
    let order = |p: &str| path_registry::position(p).unwrap_or(usize::MAX);
    let mut shown = 0;
    for w in &r.workloads {
        let mut mine: Vec<&&sass::CsvRow> =
            all.iter().filter(|x| x.workload == w.workload).collect();
        mine.sort_by_key(|x| (order(&x.path), x.path.clone()));
        for x in mine {
            let k = &x.counts;
            shown += 1;
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td>{}</tr>",
                escape(&x.workload),
                escape(&x.path),
                num_cells(sass::table::COLUMNS.iter().map(|c| (c.value)(k)))
            );
        }
    }
    if shown == 0 {
        let _ = writeln!(
            out,
            "<tr><td colspan=\"{}\">sass.csv holds none of this run's benchmarks</td></tr>",
            2 + sass::table::COLUMNS.len()
        );
    }
    out.push_str("</table>\n</section>\n");
}

/// `<th>` cells of `names`.
pub fn headings<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().map(|n| format!("<th>{n}</th>")).collect()
}

/// Right-aligned `<td>` cells of `values`.
pub fn num_cells(values: impl IntoIterator<Item = u32>) -> String {
    values
        .into_iter()
        .map(|v| format!("<td class=\"num\">{v}</td>"))
        .collect()
}

fn sass_section(out: &mut String, sass: &[SassRow]) {
    out.push_str(
        "<section id=\"paper-sass\"><h2>The paper's SASS control-flow counts</h2>\n<p>From the authors' \
         spreadsheet (Fermi): convergence and branch instructions per benchmark on the LLVM path and the \
         TGSI (Clover + nouveau) path.</p>\n<table>\n<tr><th>benchmark</th><th>path</th><th>SYNC</th>\
         <th>SSY</th><th>BRA</th><th>basic blocks</th></tr>\n",
    );
    for s in sass {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape(&s.benchmark),
            escape(&s.path),
            s.sync,
            s.ssy,
            s.bra,
            s.basic_blocks
        );
    }
    out.push_str("</table>\n</section>\n");
}

/// The whole page.
pub fn page(p: &PageInput<'_>) -> String {
    let r = p.results;
    let mut out = String::with_capacity(64 * 1024);
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>visabench: Trillium Figure 2 reproduced on {}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        escape(if r.env.gpu.is_empty() { "an unknown GPU" } else { &r.env.gpu })
    );
    let _ = writeln!(
        out,
        "<h1>What does a virtual ISA cost GPU compute? Trillium's Figure 2, reproduced</h1>\n\
         <p class=\"meta\">{} · driver {} · size <code>{}</code> · {} repetitions · {} · visabench <code>{}</code></p>",
        escape(if r.env.gpu.is_empty() { "unknown GPU" } else { &r.env.gpu }),
        escape(&r.env.driver_version),
        escape(&r.env.size),
        escape(&reps_text(&r.env)),
        escape(&r.env.date),
        escape(&r.env.visabench_commit)
    );
    if !r.complete {
        out.push_str("<p class=\"warn\">This run did not complete: the results below hold the workloads that finished.</p>\n");
    }
    let gpu = r.env.gpu.to_ascii_lowercase();
    if !(gpu.contains("nvidia") || r.env.device_vendor.to_ascii_lowercase().contains("nvidia")) {
        out.push_str("<p class=\"warn\">These results were not measured on an NVIDIA GPU: they show that the paths \
                      work, not what they cost on the study's hardware.</p>\n");
    }
    let _ = writeln!(
        out,
        "<nav><a href=\"#figure2\">Figure 2</a>{}<a href=\"#suite\">Suite</a><a href=\"#kernels\">Kernels</a>\
         <a href=\"#precision\">Precision</a><a href=\"#failures\">Failures</a><a href=\"#env\">Environment</a>\
         {}<a href=\"#paper-sass\">Paper: SASS control flow</a></nav>",
        if p.decomposition.is_empty() {
            ""
        } else {
            "<a href=\"#explain\">Explaining the 13×</a>"
        },
        if p.our_sass.is_some() {
            "<a href=\"#sass\">SASS per path</a>"
        } else {
            ""
        }
    );
    figure_section(&mut out, p);
    super::explain_page::section(&mut out, p.decomposition, p.decomposition_svg, p.our_sass);
    suite_section(&mut out, r);
    precision_section(
        &mut out,
        p.precision,
        p.slowdown_precision,
        super::analysis::precision_target(r),
    );
    failures_section(&mut out, r);
    env_section(&mut out, r, p.env_json);
    if let Some(rows) = p.our_sass {
        our_sass_section(&mut out, r, rows);
    }
    sass_section(&mut out, p.sass);
    out.push_str(
        "<footer><p class=\"muted\">Made by <code>visabench report</code>. Paper: \"Trillium: The code is the IR\", \
         Akshintala, Yu, Peters, Rossbach, VIRT/HPCS 2019; numbers from the authors' spreadsheet.</p></footer>\n</body>\n</html>\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
