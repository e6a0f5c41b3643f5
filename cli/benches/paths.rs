//! `cargo bench -p visabench --bench paths`: the compile time of every compilation path on every
//! workload, stage by stage. (The kernel time of every path's artifact is `benches/exec.rs`;
//! `cargo bench -p visabench` runs both.)
//!
//! * `compile/<workload>/<path>` — `Path::compile` of the workload's source at `paper` size.
//!   The same iterations record each stage's own time (`Compiled::stages`: frontend `llvm`,
//!   lowering `tgsi`, backend `ptx`…); their medians are printed after criterion's report and
//!   written to `<target>/criterion/visabench-stages.csv`.
//!
//! Settings keep a full run on a 2-core machine within a few minutes: the study's six
//! workloads (`VISABENCH_BENCH_WORKLOADS=all` or a comma list for others), 10 samples.

mod common;

use common::workloads;
use criterion::{Criterion, SamplingMode};
use kernels::Size;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::{Duration, Instant};
use visabench_core::{BuildOptions, CompileRequest, Target};

/// Stage times kept per (workload, path, stage).
const MAX_STAGE_SAMPLES: usize = 10_000;

/// Per (workload, path, stage): every iteration's seconds (the first [`MAX_STAGE_SAMPLES`]).
type StageTimes = BTreeMap<(String, String, String), Vec<f64>>;

fn compile_benches(c: &mut Criterion, stages: &mut StageTimes) {
    let paths = path_registry::paths();
    for w in workloads() {
        let (file_name, source) = w.source();
        let Ok(options) = BuildOptions::parse(&w.build_options(Size::Paper)) else {
            eprintln!(
                "skipping compile/{}: its build options do not parse",
                w.name()
            );
            continue;
        };
        let req = CompileRequest {
            file_name,
            source,
            options: &options,
            target: Target::default(),
        };
        let mut group = c.benchmark_group(format!("compile/{}", w.name()));
        group
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_millis(100));
        group.measurement_time(Duration::from_secs(2));
        for p in &paths {
            // A path that refuses the workload (tgsi-2019's named limits) has nothing to time.
            if let Err(e) = p.compile(&req) {
                let first = e.to_string();
                eprintln!(
                    "skipping compile/{}/{}: {}",
                    w.name(),
                    p.name(),
                    first.lines().next().unwrap_or("")
                );
                continue;
            }
            group.bench_function(p.name(), |b| {
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for _ in 0..iters {
                        let t = Instant::now();
                        let compiled = p.compile(&req);
                        total += t.elapsed();
                        if let Ok(compiled) = compiled {
                            for s in &compiled.stages {
                                let key =
                                    (w.name().to_string(), p.name().to_string(), s.name.clone());
                                let xs = stages.entry(key).or_default();
                                // Native "compiles" in nanoseconds: millions of iterations.
                                if xs.len() < MAX_STAGE_SAMPLES {
                                    xs.push(s.seconds);
                                }
                            }
                        }
                    }
                    total
                })
            });
        }
        group.finish();
    }
}

fn median(xs: &[f64]) -> f64 {
    let mut s = xs.to_vec();
    s.sort_by(f64::total_cmp);
    harness::stats::quantile_sorted(&s, 0.5)
}

/// Prints the per-stage medians and writes them as CSV.
fn stage_summary(stages: &StageTimes) {
    if stages.is_empty() {
        return;
    }
    let mut csv = String::from("workload,path,stage,samples,median_seconds\n");
    println!("\nper-stage compile time (median over every iteration criterion ran):");
    println!(
        "{:<12} {:<10} {:<8} {:>8} {:>12}",
        "workload", "path", "stage", "samples", "median"
    );
    for ((w, p, s), xs) in stages {
        let m = median(xs);
        println!(
            "{w:<12} {p:<10} {s:<8} {:>8} {:>10.3} ms",
            xs.len(),
            m * 1e3
        );
        let _ = writeln!(csv, "{w},{p},{s},{},{m}", xs.len());
    }
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let out = target.join("criterion").join("visabench-stages.csv");
    match std::fs::create_dir_all(out.parent().unwrap_or(&target))
        .and_then(|()| std::fs::write(&out, csv))
    {
        Ok(()) => println!("written: {}", out.display()),
        Err(e) => eprintln!("cannot write {}: {e}", out.display()),
    }
}

fn main() {
    // Criterion's own plots draw text through the same plotters font table as the report.
    let plots = report::figure::register_font().is_ok();
    let mut c = Criterion::default().configure_from_args();
    if !plots {
        c = c.without_plots();
    }
    let mut stages = StageTimes::new();
    compile_benches(&mut c, &mut stages);
    c.final_summary();
    stage_summary(&stages);
}
