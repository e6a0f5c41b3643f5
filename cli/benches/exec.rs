//! `cargo bench -p visabench --bench exec`: the kernel execution time of every compilation path's
//! artifact, through the harness's OpenCL device, on an NVIDIA GPU.
//!
//! * `exec/<workload>/<path>` — one whole launch sequence of the workload, timed as the sum of
//!   its launches' GPU times (OpenCL profiling events), so criterion's "time" is GPU time, not
//!   host time. The context and the program build happen once per (workload, path), before
//!   measuring; every iteration only launches. A path that cannot build is reported and
//!   skipped.
//! * Without an NVIDIA GPU the group is skipped with a message (`VISABENCH_BENCH_EXEC=any`
//!   times on any OpenCL device, PoCL say, for testing).
//!
//! The artifacts come from `VISABENCH_BENCH_BUNDLE=DIR`, a bundle made by `visabench bundle`,
//! or, when the bench is built with the compile side (the default features), are compiled here
//! at `VISABENCH_BENCH_SIZE` (default `paper`). A GPU node without Rust or LLVM runs the
//! no-LLVM build of this bench against a bundle: `scripts/gpu-kit` puts it in the kit as
//! `bench-exec`. `VISABENCH_BENCH_WORKLOADS` picks the workloads (default: the study's six).

mod common;

use common::workloads;
use criterion::{Criterion, SamplingMode};
use harness::bundle::{self, Manifest};
use harness::opencl::{Loaded, Session};
use kernels::Size;
use std::path::PathBuf;
use std::time::Duration;

/// Is there a device the execution benchmarks should run on?
fn exec_device() -> Result<(), String> {
    let any = std::env::var("VISABENCH_BENCH_EXEC").is_ok_and(|v| v == "any");
    let devices = harness::opencl::list_devices().map_err(|e| e.to_string())?;
    if any || devices.iter().any(|d| d.is_nvidia_gpu()) {
        Ok(())
    } else {
        let names: Vec<String> = devices.iter().map(|d| d.label()).collect();
        Err(format!(
            "no NVIDIA GPU (OpenCL devices: {}; VISABENCH_BENCH_EXEC=any times on any device)",
            names.join(", ")
        ))
    }
}

/// The bundle to time: `VISABENCH_BENCH_BUNDLE`, or one compiled into `temp`.
fn bundle_dir(temp: &mut Option<tempfile::TempDir>) -> Result<(PathBuf, Manifest), String> {
    if let Some(dir) = std::env::var_os("VISABENCH_BENCH_BUNDLE") {
        let dir = PathBuf::from(dir);
        let m = bundle::load(&dir).map_err(|e| format!("VISABENCH_BENCH_BUNDLE: {e}"))?;
        println!(
            "exec: bundle {} (size {}, made {})",
            dir.display(),
            m.size,
            m.created
        );
        return Ok((dir, m));
    }
    let size = std::env::var("VISABENCH_BENCH_SIZE")
        .ok()
        .and_then(|s| Size::parse(&s))
        .unwrap_or(Size::Paper);
    let t = tempfile::tempdir().map_err(|e| format!("no temporary directory: {e}"))?;
    let paths = path_registry::paths();
    if paths.len() == 1 {
        println!(
            "exec: this build has only the native path (no compile side); set \
             VISABENCH_BENCH_BUNDLE to a bundle from `visabench bundle` to time the others"
        );
    }
    let spec = bundle::Spec {
        size,
        target: visabench_core::Target::default(),
        workloads: workloads(),
        paths: paths
            .iter()
            .map(|p| p.as_ref() as &dyn visabench_core::Path)
            .collect(),
        levels: vec![],
        llvm_version: None,
        signatures: None,
    };
    let m = bundle::create(t.path(), &spec, &mut |_, _| {})
        .map_err(|e| format!("cannot compile the bundle: {e}"))?;
    let dir = t.path().to_path_buf();
    *temp = Some(t);
    Ok((dir, m))
}

/// A session and the program of one (workload, path).
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
    let mut temp = None;
    let (dir, manifest) = match bundle_dir(&mut temp) {
        Ok(b) => b,
        Err(e) => {
            println!("skipping exec/*: {e}");
            return;
        }
    };
    let device = std::env::var("VISABENCH_BENCH_DEVICE").ok();
    let mut failures = 0;
    for w in workloads() {
        let Some(entry) = manifest.workload(w.name()) else {
            println!("exec/{}: not in the bundle, skipped", w.name());
            continue;
        };
        let mut group = c.benchmark_group(format!("exec/{}", w.name()));
        group
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_millis(100));
        group.measurement_time(Duration::from_secs(2));
        for p in &entry.paths {
            let Some(rel) = &p.artifact else {
                println!(
                    "exec/{}/{}: no artifact ({})",
                    w.name(),
                    p.path,
                    p.error
                        .as_deref()
                        .and_then(|e| e.lines().next())
                        .unwrap_or("not compiled")
                );
                continue;
            };
            let text = match bundle::read_text(&dir, rel) {
                Ok(t) => t,
                Err(e) => {
                    println!("exec/{}/{}: unreadable artifact: {e}", w.name(), p.path);
                    continue;
                }
            };
            // The context and the program build are not timed: only launches are.
            let made = Session::open(device.as_deref())
                .map_err(|e| e.to_string())
                .and_then(|session| {
                    let loaded = session
                        .build(p.kind, &text, &p.build_options, None)
                        .map_err(|e| e.to_string())?;
                    Ok(Ready {
                        session,
                        loaded,
                        instance: w.prepare(manifest.size, 1),
                    })
                });
            let mut r = match made {
                Ok(r) => r,
                Err(e) => {
                    failures += 1;
                    println!("exec/{}/{}: cannot build: {e}", w.name(), p.path);
                    continue;
                }
            };
            let mut failed: Option<String> = None;
            group.bench_function(p.path.as_str(), |b| {
                b.iter_custom(|iters| {
                    let mut ns: u64 = 0;
                    for _ in 0..iters {
                        if failed.is_some() {
                            break;
                        }
                        let mut dev = r.session.device(&mut r.loaded);
                        match r.instance.run(&mut dev).and_then(|_| dev.finish()) {
                            Ok(launches) => ns += launches.iter().map(|l| l.ns).sum::<u64>(),
                            Err(e) => failed = Some(e.to_string()),
                        }
                    }
                    // A failed launch sequence ends the measurement with an absurd time, and
                    // the failure is reported below.
                    Duration::from_nanos(ns.max(1))
                })
            });
            if let Some(why) = failed {
                failures += 1;
                println!(
                    "exec/{}/{}: FAILED, its numbers are meaningless: {why}",
                    w.name(),
                    p.path
                );
            }
        }
        group.finish();
    }
    if failures > 0 {
        println!("exec: {failures} (workload, path) pairs failed (see above)");
    }
}

fn main() {
    // Criterion's own plots draw text through the same plotters font table as the report.
    let plots = report::figure::register_font().is_ok();
    let mut c = Criterion::default().configure_from_args();
    if !plots {
        c = c.without_plots();
    }
    exec_benches(&mut c);
    c.final_summary();
}
