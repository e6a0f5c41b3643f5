//! `cargo bench -p harness`: every compilation path on every workload, and (with an NVIDIA GPU)
//! the kernel time of every path's artifact.
//!
//! * `compile/<workload>/<path>` — `Path::compile` of the workload's source at `paper` size.
//!   The same iterations record each stage's own time (`Compiled::stages`: frontend `llvm`,
//!   lowering `tgsi`, backend `ptx`…); their medians are printed after criterion's report and
//!   written to `<target>/criterion/visabench-stages.csv`.
//! * `exec/<workload>/<path>` — one whole launch sequence, timed as the sum of its launches'
//!   GPU times (OpenCL profiling events), through the harness's own OpenCL device. All GPU work,
//!   the context and the program builds included, happens inside the measured closures, and
//!   only when an NVIDIA GPU is found; otherwise the group is skipped with a message.
//!
//! Settings keep a full run on a 2-core machine within about five minutes: the study's six
//! workloads (`VISABENCH_BENCH_WORKLOADS=all` or a comma list for others), 10 samples of one
//! iteration each. `VISABENCH_BENCH_SIZE` sets the execution size (default `paper`);
//! `VISABENCH_BENCH_EXEC=any` times on a non-NVIDIA device too (PoCL, for testing).

use criterion::{Criterion, SamplingMode};
use harness::bundle::{self, Manifest};
use harness::opencl::{Loaded, Session};
use kernels::{Size, Workload};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::{Duration, Instant};
use visabench_core::{BuildOptions, CompileRequest, Path, Target};

/// The workloads benchmarked.
fn workloads() -> Vec<&'static dyn Workload> {
    let all = kernels::registry();
    match std::env::var("VISABENCH_BENCH_WORKLOADS").ok().as_deref() {
        Some("all") => all,
        Some(list) if !list.is_empty() => {
            let names: Vec<&str> = list.split(',').map(str::trim).collect();
            all.into_iter()
                .filter(|w| names.contains(&w.name()))
                .collect()
        }
        _ => all.into_iter().filter(|w| w.in_study()).collect(),
    }
}

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

/// Is there a device the execution benchmarks should run on?
fn exec_device() -> Result<(), String> {
    let any = std::env::var("VISABENCH_BENCH_EXEC").is_ok_and(|v| v == "any");
    let devices = harness::opencl::list_devices().map_err(|e| e.to_string())?;
    if any || devices.iter().any(|d| d.is_nvidia() && d.kind == "gpu") {
        Ok(())
    } else {
        let names: Vec<String> = devices.iter().map(|d| d.label()).collect();
        Err(format!(
            "no NVIDIA GPU (OpenCL devices: {})",
            names.join(", ")
        ))
    }
}

/// A session and the program of one (workload, path), made on first use inside the closure.
struct Ready {
    session: Session,
    loaded: Loaded,
    instance: Box<dyn kernels::Instance>,
}

fn exec_benches(c: &mut Criterion) {
    if let Err(why) = exec_device() {
        println!("skipping the kernel execution benchmarks (exec/*): {why}");
        return;
    }
    let size = std::env::var("VISABENCH_BENCH_SIZE")
        .ok()
        .and_then(|s| Size::parse(&s))
        .unwrap_or(Size::Paper);
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            println!("skipping exec/*: no temporary directory: {e}");
            return;
        }
    };
    let paths = path_registry::paths();
    let spec = bundle::Spec {
        size,
        target: Target::default(),
        workloads: workloads(),
        paths: paths.iter().map(|p| p.as_ref() as &dyn Path).collect(),
        llvm_version: None,
        signatures: None,
    };
    let manifest: Manifest = match bundle::create(dir.path(), &spec, &mut |_, _| {}) {
        Ok(m) => m,
        Err(e) => {
            println!("skipping exec/*: cannot compile the bundle: {e}");
            return;
        }
    };
    let device = std::env::var("VISABENCH_BENCH_DEVICE").ok();
    for w in workloads() {
        let Some(entry) = manifest.workload(w.name()) else {
            continue;
        };
        let mut group = c.benchmark_group(format!("exec/{}", w.name()));
        group
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_millis(100));
        group.measurement_time(Duration::from_secs(2));
        for p in &entry.paths {
            let Some(rel) = &p.artifact else { continue };
            let Ok(text) = bundle::read_text(dir.path(), rel) else {
                continue;
            };
            let mut ready: Option<Ready> = None;
            let mut failed: Option<String> = None;
            group.bench_function(p.path.as_str(), |b| {
                b.iter_custom(|iters| {
                    if ready.is_none() && failed.is_none() {
                        let made = Session::open(device.as_deref())
                            .map_err(|e| e.to_string())
                            .and_then(|session| {
                                let loaded = session
                                    .build(p.kind, &text, &p.build_options, None)
                                    .map_err(|e| e.to_string())?;
                                Ok(Ready {
                                    session,
                                    loaded,
                                    instance: w.prepare(size, 1),
                                })
                            });
                        match made {
                            Ok(r) => ready = Some(r),
                            Err(e) => failed = Some(e),
                        }
                    }
                    let Some(r) = ready.as_mut() else {
                        return Duration::from_nanos(1);
                    };
                    let mut ns: u64 = 0;
                    for _ in 0..iters {
                        let mut dev = r.session.device(&mut r.loaded);
                        let ran = r.instance.run(&mut dev).and_then(|_| dev.finish());
                        match ran {
                            Ok(launches) => ns += launches.iter().map(|l| l.ns).sum::<u64>(),
                            Err(e) => {
                                failed = Some(e.to_string());
                                break;
                            }
                        }
                    }
                    Duration::from_nanos(ns.max(1))
                })
            });
            if let Some(why) = failed {
                println!(
                    "exec/{}/{}: failed, its numbers are meaningless: {why}",
                    w.name(),
                    p.path
                );
            }
        }
        group.finish();
    }
}

fn main() {
    // Criterion's own plots draw text through the same plotters font table as the report.
    let plots = harness::report::figure::register_font().is_ok();
    let mut c = Criterion::default().configure_from_args();
    if !plots {
        c = c.without_plots();
    }
    let mut stages = StageTimes::new();
    compile_benches(&mut c, &mut stages);
    exec_benches(&mut c);
    c.final_summary();
    stage_summary(&stages);
}
