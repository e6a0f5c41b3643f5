//! Every workload's TGSI, run on the interpreter ([`TgsiDevice`]) at `Size::Tiny`, must match
//! the workload's CPU reference within its tolerance — or be refused with the documented
//! `PathError::Unsupported` for what the profile cannot express.

use backend_llvm_tgsi::{lower_program, Profile};
use std::time::Instant;
use tgsi_device::TgsiDevice;
use visabench_core::{BuildOptions, CompileRequest, PathError, Target};

/// Workloads each profile refuses, with a word of the construct the refusal must name.
/// TGSI has no 64-bit atomics at all; the 2019 back-end also had no doubles or 64-bit
/// integers.
const MODERN_REFUSED: &[(&str, &str)] = &[("atomics64", "64-bit atomic")];
const TRILLIUM_REFUSED: &[(&str, &str)] = &[
    ("histogram", "atomic"),
    ("nbody", "double"),
    ("hash64", "64-bit integer"),
    ("atomics64", "64-bit"),
    ("particles", "64-bit integer"),
];

/// Which refusals a run accepts.
enum Refusals<'a> {
    /// Exactly these (workload, word of the construct).
    Exactly(&'a [(&'a str, &'a str)]),
    /// Any `Unsupported` (ablations: one switch at a time).
    Any,
}

/// Runs the workloads (all when `only` is empty); returns how many ran and matched.
fn run_all(profile: &Profile, path: &str, refusals: Refusals<'_>, only: &[&str]) -> usize {
    let size = kernels::Size::Tiny;
    let mut failures = Vec::new();
    let mut seen_refusals = Vec::new();
    let mut passed = 0;
    let total = Instant::now();
    let any = matches!(refusals, Refusals::Any);
    let refused = match refusals {
        Refusals::Exactly(r) => r,
        Refusals::Any => &[],
    };
    for w in kernels::registry() {
        if !only.is_empty() && !only.contains(&w.name()) {
            continue;
        }
        let start = Instant::now();
        let (file, source) = w.source();
        let options = BuildOptions::parse(&w.build_options(size)).expect("workload options parse");
        let req = CompileRequest {
            file_name: file,
            source,
            options: &options,
            target: Target::default(),
        };
        let expected_refusal = refused.iter().find(|(n, _)| *n == w.name());
        let lowered = match lower_program(&req, profile, path) {
            Ok(l) => l,
            Err(PathError::Unsupported {
                construct,
                location,
                kernel,
                ..
            }) => {
                eprintln!(
                    "{path} {:12} refused: kernel `{kernel}`: {construct}",
                    w.name()
                );
                match expected_refusal {
                    _ if any => {}
                    Some((_, word)) if construct.contains(word) => {
                        if location.is_none() {
                            failures.push(format!("{}: refusal has no source location", w.name()));
                        }
                        seen_refusals.push(w.name());
                    }
                    _ => failures.push(format!("{}: unexpected refusal: {construct}", w.name())),
                }
                continue;
            }
            Err(e) => {
                failures.push(format!("{}: compile: {e}", w.name()));
                continue;
            }
        };
        if expected_refusal.is_some() {
            failures.push(format!("{}: compiled but should be refused", w.name()));
        }
        let compile_s = start.elapsed().as_secs_f64();
        let inst = w.prepare(size, 1);
        let mut dev = TgsiDevice::new(&lowered.kernels);
        let run = Instant::now();
        match inst.run(&mut dev) {
            Ok(out) => {
                let v = kernels::verify(&inst.reference(), &out, w.tolerance());
                if v.ok {
                    passed += 1;
                } else {
                    failures.push(format!(
                        "{}: wrong result: {} of {} wrong, first {:?}, problems {:?}",
                        w.name(),
                        v.wrong,
                        v.compared,
                        v.first.iter().take(4).collect::<Vec<_>>(),
                        v.problems
                    ));
                }
            }
            Err(e) => failures.push(format!("{}: run: {e}", w.name())),
        }
        eprintln!(
            "{path} {:12} compile {:6.2}s  interp {:6.2}s  {} launches, {} instructions",
            w.name(),
            compile_s,
            run.elapsed().as_secs_f64(),
            dev.launches,
            dev.instructions
        );
    }
    eprintln!("{path}: total {:.1}s", total.elapsed().as_secs_f64());
    for (n, _) in refused {
        if !seen_refusals.contains(n) && !failures.iter().any(|f| f.starts_with(&format!("{n}:"))) {
            failures.push(format!("{n}: expected a refusal"));
        }
    }
    assert!(
        failures.is_empty(),
        "{path} failures:\n{}",
        failures.join("\n")
    );
    passed
}

#[test]
fn modern_profile_runs_every_workload_on_the_interpreter() {
    run_all(
        &Profile::modern(),
        "tgsi",
        Refusals::Exactly(MODERN_REFUSED),
        &[],
    );
}

#[test]
fn trillium2019_profile_runs_or_refuses_every_workload() {
    run_all(
        &Profile::trillium2019(),
        "tgsi-2019",
        Refusals::Exactly(TRILLIUM_REFUSED),
        &[],
    );
}

/// Each switch alone on the modern profile (the ablation runs), on workloads that between
/// them cover 64-bit values in registers and memory, byte stores, atomics, `__local`
/// memory and barriers, float4, a struct argument and data-dependent loops.
#[test]
fn every_switch_alone_keeps_results_right() {
    let only = [
        "vadd",
        "bfs",
        "reduce",
        "vec4",
        "particles",
        "spmv",
        "histogram",
        "lud",
        "opcodes",
        "nw",
        "backprop",
        "scan",
        "conv2d",
    ];
    for name in Profile::switch_names() {
        let profile = Profile::parse(&format!("modern+{name}")).expect("switch parses");
        let ran = run_all(&profile, &format!("tgsi+{name}"), Refusals::Any, &only);
        assert!(ran >= 5, "modern+{name}: only {ran} workloads ran");
    }
}
