//! `visabench report` end to end: a synthetic results directory written through the harness's
//! own writer ([`Results::write`]), read back and turned into a page and figures; then the page
//! rendered by headless Chromium (skipped, with a message, where `/usr/bin/chromium` is absent).

use harness::env::Env;
use harness::results::{
    KernelTiming, PathResult, Results, Status, WorkloadResult, ALL_KERNELS, FORMAT,
};
use harness::stats::summarize;
use kernels::Verdict;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PATHS: [&str; 4] = ["native", "tgsi", "tgsi-2019", "llvm"];

/// Per-repetition samples around `median_ns` with a deterministic ±`spread` jitter.
fn samples(median_ns: f64, spread: f64, reps: usize, salt: u64) -> Vec<u64> {
    (0..reps as u64)
        .map(|i| {
            let h = (i.wrapping_mul(2_654_435_761).wrapping_add(salt * 97)) % 1000;
            (median_ns * (1.0 + spread * (h as f64 / 500.0 - 1.0))) as u64
        })
        .collect()
}

fn timing(kernel: &str, launches: u64, xs: Vec<u64>) -> KernelTiming {
    KernelTiming {
        kernel: kernel.into(),
        launches,
        summary: summarize(&xs.iter().map(|&x| x as f64).collect::<Vec<_>>()),
        slowdown: None,
        slowdown_vs_default: None,
        samples_ns: xs,
    }
}

/// One verified, timed row: `path` at `level`, `factor` × the workload's base time.
fn ok_row(
    name: &str,
    wi: usize,
    salt: usize,
    path: &str,
    level: Option<u8>,
    factor: f64,
) -> PathResult {
    let w = kernels::find(name).expect("study workload");
    let spread = if name == "nn" { 0.2 } else { 0.01 };
    let base = 1e5 * (wi + 1) as f64 * factor;
    let ks: Vec<KernelTiming> = w
        .kernels()
        .iter()
        .enumerate()
        .map(|(ki, k)| {
            timing(
                k,
                2,
                samples(
                    base / (ki + 1) as f64,
                    spread,
                    30,
                    (wi * 16 + salt * 4 + ki) as u64,
                ),
            )
        })
        .collect();
    let total: Vec<u64> = (0..30)
        .map(|i| ks.iter().map(|k| k.samples_ns[i]).sum())
        .collect();
    PathResult {
        path: path.to_string(),
        jit_opt_level: level,
        status: Status::Ok,
        message: None,
        build_log: None,
        verdict: Some(Verdict {
            ok: true,
            compared: 4096,
            wrong: 0,
            first: vec![],
            problems: vec![],
        }),
        compile_seconds: Some(0.05 * (salt + 1) as f64),
        kernels: ks,
        total: Some(timing(ALL_KERNELS, 2 * w.kernels().len() as u64, total)),
        replay_check: None,
    }
}

/// Slowdown of the main paths at the driver default, per workload index.
fn slow(path: &str, wi: usize) -> f64 {
    match path {
        "native" => 1.0,
        "tgsi" => 2.0 + wi as f64 * 0.5,
        "tgsi-2019" => 8.0 + wi as f64 * 2.5,
        _ => 0.98 + wi as f64 * 0.02,
    }
}

/// The explain study's extra rows of workload `wi`: every main path at level 0, and the
/// `fma-as-mad` ablation at the default and at 0, with known factors (all against native at
/// the default): native/O0 2×, tgsi/O0 2.6×, tgsi-2019/O0 24×, llvm/O0 2.1×;
/// `tgsi@modern+fma-as-mad` = tgsi × 1.25 (× 1.5 at O0); `tgsi@trillium2019-no-fma-as-mad` =
/// tgsi-2019 / 1.6 (/ 2 at O0).
fn explain_rows(name: &str, wi: usize) -> Vec<PathResult> {
    let mut rows = vec![
        ok_row(name, wi, 10, "native", Some(0), 2.0),
        ok_row(name, wi, 11, "tgsi", Some(0), 2.6),
        ok_row(name, wi, 13, "llvm", Some(0), 2.1),
        ok_row(name, wi, 14, ADDED, None, slow("tgsi", wi) * 1.25),
        ok_row(name, wi, 15, ADDED, Some(0), 2.6 * 1.5),
    ];
    if name != "lud" {
        rows.push(ok_row(name, wi, 12, "tgsi-2019", Some(0), 24.0));
        rows.push(ok_row(
            name,
            wi,
            16,
            REMOVED,
            None,
            slow("tgsi-2019", wi) / 1.6,
        ));
        rows.push(ok_row(name, wi, 17, REMOVED, Some(0), 24.0 / 2.0));
    }
    rows
}

const ADDED: &str = "tgsi@modern+fma-as-mad";
const REMOVED: &str = "tgsi@trillium2019-no-fma-as-mad";

/// The six study workloads on four paths, with `tgsi-2019` failing to build on `lud` and a
/// noisy `nn` (so the precision check has something to name); with `explain`, also every path
/// at level 0 and one ablation switch (see [`explain_rows`]).
fn synthetic_with(explain: bool) -> Results {
    let names = ["backprop", "gaussian", "lud", "nn", "nw", "pathfinder"];
    let workloads = names
        .iter()
        .enumerate()
        .map(|(wi, name)| {
            let w = kernels::find(name).expect("study workload");
            let mut paths: Vec<PathResult> = PATHS
                .iter()
                .enumerate()
                .map(|(pi, path)| {
                    if *name == "lud" && *path == "tgsi-2019" {
                        return PathResult {
                            path: path.to_string(),
                            jit_opt_level: None,
                            status: Status::BuildFailed,
                            message: Some("compile: path `tgsi-2019`, kernel `lud_internal`: <64-bit integers> are not supported".into()),
                            build_log: None,
                            verdict: None,
                            compile_seconds: None,
                            kernels: vec![],
                            total: None,
                            replay_check: None,
                        };
                    }
                    ok_row(name, wi, pi, path, None, slow(path, wi))
                })
                .collect();
            if explain {
                paths.extend(explain_rows(name, wi));
            }
            let mut wr = WorkloadResult {
                workload: name.to_string(),
                size_label: w.size_label(kernels::Size::Paper),
                kernels: w.kernels().iter().map(|k| k.to_string()).collect(),
                paths,
            };
            harness::runner::add_slowdowns(&mut wr);
            wr
        })
        .collect();
    let mut paths: Vec<String> = PATHS.iter().map(|p| p.to_string()).collect();
    let mut ablations = std::collections::BTreeMap::new();
    if explain {
        paths.extend([ADDED.to_string(), REMOVED.to_string()]);
        let ab = |of: &str, on| harness::bundle::Ablated {
            of: of.into(),
            switch: "fma-as-mad".into(),
            on,
        };
        ablations.insert(ADDED.to_string(), ab("tgsi", true));
        ablations.insert(REMOVED.to_string(), ab("tgsi-2019", false));
    }
    Results {
        format: FORMAT,
        env: Env {
            gpu: "NVIDIA H100 80GB HBM3".into(),
            device_vendor: "NVIDIA Corporation".into(),
            driver_version: "580.159.04".into(),
            device_version: "OpenCL 3.0 CUDA".into(),
            opencl_platform: "NVIDIA CUDA".into(),
            opencl_platform_version: "OpenCL 3.0 CUDA 13.0.97".into(),
            cuda_version: Some("13.0".into()),
            visabench_commit: "0123456789ab".into(),
            llvm_version: Some("22.1.0".into()),
            hostname: "gpu-node-7".into(),
            date: "2025-06-01T12:00:00Z".into(),
            size: "paper".into(),
            reps: 30,
            warmup: 3,
            max_reps: Some(1000),
            precision: Some(0.02),
            extra_seconds: Some(30.0),
            seed: 1,
            ..Env::default()
        },
        paths,
        jit_opt_levels: if explain {
            vec![None, Some(0)]
        } else {
            vec![None]
        },
        ablations,
        timeout_seconds: 120.0,
        complete: true,
        workloads,
    }
}

fn synthetic() -> Results {
    synthetic_with(false)
}

fn make_report(dir: &Path) -> report::Written {
    let results_dir = dir.join("results");
    synthetic_with(true).write(&results_dir).unwrap();
    report::write_from_dir(&results_dir, &dir.join("report")).unwrap()
}

fn hmean(xs: &[f64]) -> f64 {
    xs.len() as f64 / xs.iter().map(|x| 1.0 / x).sum::<f64>()
}

fn close(got: f64, want: f64, what: &str) {
    assert!(
        (got / want - 1.0).abs() < 0.03,
        "{what}: got {got:.4}, want {want:.4}"
    );
}

#[test]
fn levels_and_ablation_rows_leave_figure2_alone() {
    let plain = report::analysis::figure2(&synthetic());
    let with = report::analysis::figure2(&synthetic_with(true));
    assert_eq!(with, plain);
    assert_eq!(with.paths, ["tgsi", "tgsi-2019", "llvm"]);
}

#[test]
fn decomposition_walks_from_the_paper_to_ours() {
    let r = synthetic_with(true);
    let d = report::explain::decompose(&r, Some(12.93));
    assert!(!d.is_empty());
    assert_eq!(d.weakest, Some(0));
    let labels: Vec<&str> = d.walk.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(d.walk.len(), 3, "{labels:?}");
    let hm = |i: usize| d.walk[i].hmean.as_ref().unwrap().ratio.value;
    let not_lud: Vec<usize> = (0..6).filter(|&w| w != 2).collect();
    close(hm(0), 24.0, "tgsi-2019/O0 vs native");
    let want_2019: Vec<f64> = not_lud.iter().map(|&w| slow("tgsi-2019", w)).collect();
    close(hm(1), hmean(&want_2019), "tgsi-2019 vs native");
    let want_tgsi: Vec<f64> = (0..6).map(|w| slow("tgsi", w)).collect();
    close(hm(2), hmean(&want_tgsi), "tgsi vs native");
    // Each mean has a bootstrap interval around it, and lud is missing where it did not build.
    let m = d.walk[1].hmean.as_ref().unwrap();
    assert_eq!(m.count, 5);
    assert!(m.ratio.low.unwrap() < m.ratio.value && m.ratio.value < m.ratio.high.unwrap());
    assert!(d.walk[1].ratios[2].is_none());
    close(
        d.factor(0, 1).unwrap(),
        24.0 / hmean(&want_2019),
        "finisher factor",
    );
    close(d.unexplained().unwrap(), 12.93 / 24.0, "unexplained");
    // The restriction, both ways, at both levels.
    assert_eq!(d.ablation_levels, [None, Some(0)]);
    assert_eq!(d.restrictions.len(), 1);
    let fma = &d.restrictions[0];
    assert_eq!(fma.switch, "fma-as-mad");
    let mean = |c: &Option<report::explain::Comparison>| {
        c.as_ref().unwrap().hmean.as_ref().unwrap().ratio.value
    };
    close(mean(&fma.added[0]), 1.25, "added at default");
    close(mean(&fma.added[1]), 1.5, "added at O0");
    close(mean(&fma.removed[0]), 1.6, "removed at default");
    close(mean(&fma.removed[1]), 2.0, "removed at O0");
    // The levels table: tgsi against native at the same level and at the default.
    let row = d.level_rows.iter().find(|r| r.path == "tgsi").unwrap();
    let at0 = d.levels.iter().position(|l| *l == Some(0)).unwrap();
    let (same, def) = &row.cells[at0];
    close(
        same.as_ref().unwrap().ratio.value,
        1.3,
        "tgsi/O0 vs native/O0",
    );
    close(def.as_ref().unwrap().ratio.value, 2.6, "tgsi/O0 vs native");
    let native = d.level_rows.iter().find(|r| r.path == "native").unwrap();
    close(
        native.cells[at0].1.as_ref().unwrap().ratio.value,
        2.0,
        "native/O0 vs native",
    );
    assert!(native.cells[at0].0.is_none());
}

#[test]
fn results_without_levels_or_ablation_have_no_decomposition() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("results");
    synthetic().write(&dir).unwrap();
    let w = report::write_from_dir(&dir, &d.path().join("report")).unwrap();
    assert!(w.decomposition.is_empty());
    let html = std::fs::read_to_string(&w.index).unwrap();
    assert!(!html.contains("id=\"explain\""));
    assert!(!d.path().join("report/decomposition.svg").exists());
}

#[test]
fn report_has_the_figure_tables_and_environment() {
    let d = tempfile::tempdir().unwrap();
    let w = make_report(d.path());
    assert!(w.figure_errors.is_empty(), "{:?}", w.figure_errors);
    let html = std::fs::read_to_string(&w.index).unwrap();
    // The decomposition: its figure beside the page, its tables and the sourced facts.
    assert!(d.path().join("report/decomposition.svg").exists());
    assert!(d.path().join("report/decomposition.png").exists());
    assert!(html.contains("id=\"explain\"") && html.contains("Explaining the paper"));
    assert!(html.contains("id=\"levels\"") && html.contains("id=\"ablation\""));
    assert!(html.contains("no instruction scheduler"));
    assert!(html.contains("<code>fma-as-mad</code>"));
    assert!(html.contains("tgsi/O0"), "the suite table names levels");
    // The figure, inlined, with every path and the paper's panel.
    assert!(html.contains("<svg"), "no inline SVG");
    for path in ["tgsi", "tgsi-2019", "llvm"] {
        assert!(
            html.contains(&format!(">{path}<")) || html.contains(&format!(">{path} <")),
            "path {path} missing"
        );
    }
    assert!(html.contains("Trillium (2019): Quadro 6000"));
    assert!(
        html.contains("H-mean")
            && html.contains("harmonic mean")
            && html.contains("geometric mean")
    );
    // The paper's numbers beside ours: gaussian's TGSI slowdown, the hmean 12.93 of the paper.
    assert!(html.contains("14.8×") && html.contains("12.9×"));
    // The suite table, the failure with its reason, the precision check naming the noisy kernel.
    assert!(html.contains("id=\"suite\"") && html.contains("build-failed"));
    assert!(html.contains("&lt;64-bit integers&gt; are not supported"));
    assert!(html.contains("id=\"precision\"") && html.contains("<td>nn</td>"));
    assert!(w.precision_misses > 0);
    assert!(
        html.contains("paired interval") && html.contains("slowdown's interval half-width"),
        "the slowdowns' precision check and its misses"
    );
    // The environment.
    for s in [
        "580.159.04",
        "NVIDIA H100 80GB HBM3",
        "gpu-node-7",
        "env.json",
        "22.1.0",
        // The sampling rule.
        "30 to 1000",
        "wider than ±2%",
    ] {
        assert!(html.contains(s), "env field {s} missing");
    }
    // Intervals are bootstrapped: the results keep their samples.
    assert!(html.contains("percentile bootstrap"));
    // Nothing fetched, nothing run.
    for s in [
        "src=\"http",
        "href=\"http",
        "url(http",
        "@import",
        "<script",
        "<link",
    ] {
        assert!(
            !html.contains(s),
            "the page refers to something external: {s}"
        );
    }
    // The figure files.
    let svg = std::fs::read_to_string(d.path().join("report/figure2.svg")).unwrap();
    assert!(svg.len() > 10_000 && svg.contains("<svg") && svg.contains("gaussian"));
    let png = std::fs::read(d.path().join("report/figure2.png")).unwrap();
    assert!(
        png.len() > 20_000 && png.starts_with(b"\x89PNG\r\n\x1a\n"),
        "{} bytes",
        png.len()
    );
    let csv = std::fs::read_to_string(d.path().join("report/figure2.csv")).unwrap();
    assert_eq!(csv.lines().count(), 1 + 6 * 3 + 2 * 3, "{csv}");
    // Figure-2 numbers: tgsi on gaussian is 2.5× by construction (within the jitter).
    let g = &w.figure2;
    let wi = g.workloads.iter().position(|w| w == "gaussian").unwrap();
    let pi = g.paths.iter().position(|p| p == "tgsi").unwrap();
    let r = g.ratios[wi][pi].unwrap();
    assert!((r.value - 2.5).abs() < 0.05, "{}", r.value);
    assert!(r.low.unwrap() <= r.value && r.value <= r.high.unwrap());
    // lud has no tgsi-2019 bar, so its means average five benchmarks.
    let p19 = g.paths.iter().position(|p| p == "tgsi-2019").unwrap();
    assert_eq!(g.hmean[p19].unwrap().count, 5);
}

#[test]
fn a_sass_csv_beside_the_results_adds_the_per_path_sass_table() {
    use sass::{Analysed, KernelSass};
    let d = tempfile::tempdir().unwrap();
    let results_dir = d.path().join("results");
    synthetic().write(&results_dir).unwrap();
    let k = |name: &str, instructions: u32, bssy: u32| KernelSass {
        kernel: name.into(),
        instructions,
        bra: 4,
        bssy,
        bsync: bssy,
        basic_blocks: 9,
        registers: 32,
        ..KernelSass::default()
    };
    let rows = vec![
        Analysed {
            workload: "nw".into(),
            path: "llvm".into(),
            kernels: Ok(vec![k("nw_upper", 776, 31), k("nw_lower", 777, 31)]),
            unsupported: false,
        },
        Analysed {
            workload: "nw".into(),
            path: "tgsi".into(),
            kernels: Ok(vec![k("nw_upper", 267, 1), k("nw_lower", 268, 1)]),
            unsupported: false,
        },
        Analysed {
            workload: "nw".into(),
            path: "tgsi-2019".into(),
            kernels: Err("64-bit load is not supported, at nw.cl:3".into()),
            unsupported: true,
        },
    ];
    let csv = sass::to_csv(&rows, "sm_90", "13.0.88");
    // The CSV reads back: counted lines only, kernels and the per-workload sum.
    let back = sass::read_csv(&csv).unwrap();
    assert_eq!(back.len(), 6);
    let all: Vec<_> = back.iter().filter(|r| r.counts.kernel == "(all)").collect();
    assert_eq!(all.len(), 2);
    assert_eq!((all[0].counts.instructions, all[0].counts.bssy), (1553, 62));
    assert_eq!(
        (all[1].ptxas.as_str(), all[1].arch.as_str()),
        ("13.0.88", "sm_90")
    );
    std::fs::write(results_dir.join(report::SASS_CSV), &csv).unwrap();

    let w = report::write_from_dir(&results_dir, &d.path().join("report")).unwrap();
    let html = std::fs::read_to_string(&w.index).unwrap();
    assert!(html.contains("id=\"sass\"") && html.contains("href=\"#sass\""));
    assert!(
        html.contains("<td>nw</td><td>llvm</td><td class=\"num\">1553</td>"),
        "llvm row"
    );
    assert!(
        html.contains("<td>nw</td><td>tgsi</td><td class=\"num\">535</td>"),
        "tgsi row"
    );
    assert!(html.contains("13.0.88") && html.contains("sm_90"));

    // Without sass.csv there is no such section; a broken one is an error naming the file.
    let plain = std::fs::read_to_string(make_report(&d.path().join("plain")).index).unwrap();
    assert!(!plain.contains("id=\"sass\""));
    std::fs::write(
        results_dir.join(report::SASS_CSV),
        "workload,path\nnw,llvm\n",
    )
    .unwrap();
    let e = report::write_from_dir(&results_dir, &d.path().join("r2")).unwrap_err();
    assert!(e.to_string().contains("sass.csv"), "{e}");
}

#[test]
fn a_results_dir_that_is_not_one_is_an_error() {
    let d = tempfile::tempdir().unwrap();
    let e = report::write_from_dir(d.path(), &d.path().join("out")).unwrap_err();
    assert!(e.to_string().contains("results.json"), "{e}");
    std::fs::write(d.path().join("results.json"), "{\"format\": 1}").unwrap();
    let e = report::write_from_dir(d.path(), &d.path().join("out")).unwrap_err();
    assert!(e.to_string().contains("not a valid results file"), "{e}");
}

/// Runs `cmd`, killing it after `limit`; returns (status ok, stdout, stderr).
fn run_with_limit(cmd: &mut Command, limit: Duration) -> (bool, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let (out, err) = (dir.path().join("out"), dir.path().join("err"));
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let ok = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s.success();
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break false;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let read =
        |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
    (ok, read(&out), read(&err))
}

/// Console messages Chromium logged at error level (`--enable-logging=stderr`).
fn console_errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| {
            l.contains(":CONSOLE")
                || l.contains("Uncaught")
                || l.contains("Failed to load resource")
        })
        .collect()
}

#[test]
fn page_renders_in_headless_chromium() {
    let chromium = Path::new("/usr/bin/chromium");
    if !chromium.exists() {
        eprintln!("SKIPPED page_renders_in_headless_chromium: /usr/bin/chromium is absent (apt-get install chromium)");
        return;
    }
    let d = tempfile::tempdir().unwrap();
    let w = make_report(d.path());
    let url = format!("file://{}", w.index.display());
    let profile = d.path().join("profile");
    let base = |c: &mut Command| {
        c.args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args([
            "--no-first-run",
            "--disable-extensions",
            "--hide-scrollbars",
        ]);
    };
    let mut dump = Command::new(chromium);
    base(&mut dump);
    dump.arg("--dump-dom").arg(&url);
    let (ok, dom, stderr) = run_with_limit(&mut dump, Duration::from_secs(90));
    assert!(ok, "chromium --dump-dom failed:\n{stderr}");
    assert!(
        console_errors(&stderr).is_empty(),
        "console errors:\n{}",
        console_errors(&stderr).join("\n")
    );
    assert!(
        dom.contains("<svg")
            && dom.contains("id=\"suite\"")
            && dom.contains("id=\"env\"")
            && dom.contains("id=\"explain\""),
        "DOM:\n{dom}"
    );

    let shot = d.path().join("shot.png");
    let mut screenshot = Command::new(chromium);
    base(&mut screenshot);
    screenshot
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1500,1400")
        .arg(&url);
    let (ok, _, stderr) = run_with_limit(&mut screenshot, Duration::from_secs(90));
    assert!(ok, "chromium --screenshot failed:\n{stderr}");
    assert!(
        console_errors(&stderr).is_empty(),
        "console errors:\n{}",
        console_errors(&stderr).join("\n")
    );
    let png = std::fs::read(&shot).unwrap();
    // A blank page compresses to a few kB; the figure and tables make it far larger.
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 60_000,
        "screenshot is {} bytes",
        png.len()
    );
    // To look at it: VISABENCH_KEEP_REPORT=DIR keeps the screenshot, the figures and the page.
    if let Some(keep) = std::env::var_os("VISABENCH_KEEP_REPORT") {
        let keep = Path::new(&keep);
        std::fs::create_dir_all(keep).unwrap();
        std::fs::copy(&shot, keep.join("screenshot.png")).unwrap();
        std::fs::copy(
            d.path().join("report/figure2.png"),
            keep.join("figure2.png"),
        )
        .unwrap();
        for f in ["figure2.svg", "decomposition.png", "index.html"] {
            std::fs::copy(d.path().join("report").join(f), keep.join(f)).unwrap();
        }
    }
}

#[test]
fn a_sass_csv_with_levels_adds_what_each_level_leaves() {
    use sass::{Analysed, KernelSass, Levelled, OptLevel};
    let d = tempfile::tempdir().unwrap();
    let results_dir = d.path().join("results");
    synthetic_with(true).write(&results_dir).unwrap();
    let k = |name: &str, instructions: u32, local: u32| KernelSass {
        kernel: name.into(),
        instructions,
        local_accesses: local,
        registers: 40,
        ..KernelSass::default()
    };
    let at = |opt_level, workload: &str, n: u32, local: u32| Levelled {
        opt_level,
        analysed: Analysed {
            workload: workload.into(),
            path: "tgsi".into(),
            kernels: Ok(vec![k("a", n, local), k("b", n, 0)]),
            unsupported: false,
        },
    };
    let rows = vec![
        at(OptLevel::Default, "nw", 267, 0),
        at(OptLevel::O0, "nw", 1588, 12),
        at(OptLevel::Default, "lud", 100, 0),
        at(OptLevel::O0, "lud", 400, 3),
    ];
    std::fs::write(
        results_dir.join(report::SASS_CSV),
        sass::to_csv_levels(&rows, "sm_90", "13.0.88"),
    )
    .unwrap();
    let w = report::write_from_dir(&results_dir, &d.path().join("report")).unwrap();
    let html = std::fs::read_to_string(&w.index).unwrap();
    assert!(
        html.contains("id=\"sass-levels\""),
        "no SASS-per-level table"
    );
    // tgsi at -O0: (1588 + 1588) + (400 + 400) instructions, 12 + 3 local accesses.
    assert!(
        html.contains("<tr><td>tgsi</td><td>0</td><td class=\"num\">3976</td>"),
        "{}",
        &html[html.find("id=\"sass-levels\"").unwrap()..][..1500]
    );
    assert!(html.contains("<td class=\"num\">15</td>"));
    assert!(html.contains("<tr><td>tgsi</td><td>default</td><td class=\"num\">734</td>"));
}
