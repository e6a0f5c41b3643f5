//! Fuzzing the SPIR-V reader and translator on mutated clang output (`cargo test -p ir-spirv
//! --release --test fuzz -- --ignored --nocapture`; `VISABENCH_FUZZ_SECONDS`, default 600,
//! `VISABENCH_FUZZ_SEED`; `VISABENCH_FUZZ_LAST=FILE` writes each input there before running it,
//! for a crash no `catch_unwind` sees). Every workload's SPIR-V is a seed; each execution mutates one
//! (bit flips, word overwrites with interesting values, word insertion, deletion, duplication,
//! truncation, opcode and word-count edits) and runs [`Module::load`] (our checks, rspirv) and,
//! when it loads, [`translate`] and the LLVM verifier. A panic is a failure; every outcome must
//! be `Ok` or an error value.

use inkwell::context::Context;
use ir_spirv::{translate::translate, Module, SpirvError};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};
use visabench_core::{BuildOptions, CompileRequest, Target};

fn seeds() -> Vec<(String, Vec<u32>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../kernels/cl");
    let mut out = Vec::new();
    for sub in [dir.clone(), dir.join("compile-tests")] {
        let mut files: Vec<_> = std::fs::read_dir(&sub)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "cl"))
            .collect();
        files.sort();
        for f in files {
            let source = std::fs::read_to_string(&f).unwrap();
            let name = f.display().to_string();
            let options = BuildOptions::default();
            let req = CompileRequest {
                file_name: &name,
                source: &source,
                options: &options,
                target: Target::default(),
            };
            let bytes = ir_spirv::to_spirv(&req).unwrap();
            out.push((name, ir_spirv::module::words(&bytes).unwrap()));
        }
    }
    out
}

const INTERESTING: [u32; 10] = [
    0,
    1,
    2,
    3,
    0xffff,
    0x1_0000,
    0x7fff_ffff,
    0x8000_0000,
    u32::MAX,
    0x0723_0203,
];

fn mutate(rng: &mut StdRng, w: &mut Vec<u32>) {
    let n = rng.random_range(1..=4);
    for _ in 0..n {
        if w.is_empty() {
            w.push(rng.random());
            continue;
        }
        let i = rng.random_range(0..w.len());
        match rng.random_range(0..9) {
            0 => w[i] ^= 1 << rng.random_range(0..32),
            1 => w[i] = INTERESTING[rng.random_range(0..INTERESTING.len())],
            2 => w[i] = rng.random(),
            3 => w.insert(i, rng.random_range(0..64)),
            4 => {
                w.remove(i);
            }
            5 => {
                let x = w[i];
                w.insert(i, x);
            }
            6 => w.truncate(i.max(1)),
            // The opcode half of an instruction's first word (or any word).
            7 => w[i] = (w[i] & 0xffff_0000) | rng.random_range(0..400),
            // The word-count half.
            _ => w[i] = (w[i] & 0xffff) | (rng.random_range(0..12) << 16),
        }
    }
}

#[derive(Default, Debug)]
struct Counts {
    executions: u64,
    loaded: u64,
    translated: u64,
    verified: u64,
    malformed: u64,
    unsupported: u64,
    other: u64,
    panics: u64,
}

fn tally(c: &mut Counts, e: &SpirvError) {
    match e {
        SpirvError::Malformed { .. } => c.malformed += 1,
        SpirvError::Unsupported { .. } => c.unsupported += 1,
        _ => c.other += 1,
    }
}

#[test]
#[ignore = "long: run with --ignored (VISABENCH_FUZZ_SECONDS, default 600)"]
fn fuzz_reader_and_translator() {
    let secs: u64 = std::env::var("VISABENCH_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600);
    let seed: u64 = std::env::var("VISABENCH_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(14);
    let last = std::env::var_os("VISABENCH_FUZZ_LAST").map(std::path::PathBuf::from);
    let seeds = seeds();
    assert!(seeds.len() >= 30, "{} seeds", seeds.len());
    let mut rng = StdRng::seed_from_u64(seed);
    let mut c = Counts::default();
    let tm = ir_llvm::target_machine(frontend_opencl::TRIPLE, &Target::default()).unwrap();
    let dl = tm.get_target_data().get_data_layout();
    let start = Instant::now();
    let end = Duration::from_secs(secs);
    let mut panicked: Vec<String> = Vec::new();
    while start.elapsed() < end {
        let (name, base) = &seeds[rng.random_range(0..seeds.len())];
        let mut w = base.clone();
        mutate(&mut rng, &mut w);
        let bytes: Vec<u8> = w.iter().flat_map(|x| x.to_le_bytes()).collect();
        c.executions += 1;
        // A crash inside LLVM cannot be caught: keep the input about to run.
        if let Some(f) = &last {
            std::fs::write(f, &bytes).unwrap();
        }
        let r = catch_unwind(AssertUnwindSafe(|| -> (bool, Result<bool, SpirvError>) {
            let m = match Module::load(&bytes) {
                Ok(m) => m,
                Err(e) => return (false, Err(e)),
            };
            let _ = m.disassemble();
            let ctx = Context::create();
            let out = match translate(&ctx, &m, "fuzz", frontend_opencl::TRIPLE, &dl) {
                Ok(t) => Ok(t.module.verify().is_ok()),
                Err(e) => Err(e),
            };
            (true, out)
        }));
        match r {
            Ok((loaded, out)) => {
                c.loaded += u64::from(loaded);
                match out {
                    Ok(verified) => {
                        c.translated += 1;
                        c.verified += u64::from(verified);
                    }
                    Err(e) => tally(&mut c, &e),
                }
            }
            Err(_) => {
                c.panics += 1;
                if panicked.len() < 5 {
                    let f = std::env::temp_dir().join(format!("spirv-fuzz-panic-{}.spv", c.panics));
                    std::fs::write(&f, &bytes).unwrap();
                    panicked.push(format!("{name} → {}", f.display()));
                }
            }
        }
    }
    println!(
        "spirv fuzz: seed {seed}, {secs} s, {} seeds: {c:?}",
        seeds.len()
    );
    assert!(c.executions > 0);
    assert_eq!(c.panics, 0, "panics on: {panicked:?}");
}
