//! Times the `llvm` path per compile-test program, step by step.
//!
//! `cargo run --release -p ir-llvm --example measure [-- RUNS]` prints one row per program:
//! the median over RUNS (default 5) of frontend (clang + bitcode load), link, optimize, emit.

use std::path::PathBuf;
use visabench_core::{BuildOptions, CompileRequest, Target};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> anyhow::Result<()> {
    let runs: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(5);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../kernels/cl/compile-tests");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.retain(|p| p.extension().is_some_and(|e| e == "cl"));
    files.sort();
    println!(
        "{:<18} {:>9} {:>9} {:>9} {:>9} {:>9} {:>8} {:>8}",
        "program", "frontend", "link", "optimize", "emit", "total", "ir-fns", "ptx-lines"
    );
    let options = BuildOptions::default();
    for f in files {
        let source = std::fs::read_to_string(&f)?;
        let name = f
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let req = CompileRequest {
            file_name: &name,
            source: &source,
            options: &options,
            target: Target::default(),
        };
        let mut cols: [Vec<f64>; 4] = Default::default();
        let mut last = None;
        for _ in 0..runs {
            let (c, t) = ir_llvm::compile_timed(&req, None)?;
            for (col, v) in cols
                .iter_mut()
                .zip([t.frontend, t.link, t.optimize, t.emit])
            {
                col.push(v);
            }
            last = Some(c);
        }
        let c = last.expect("at least one run");
        let fns = c.stage("llvm").map_or(0, |s| {
            s.text.lines().filter(|l| l.starts_with("define ")).count()
        });
        let m: Vec<f64> = cols.into_iter().map(median).collect();
        println!(
            "{:<18} {:>8.1}ms {:>7.1}ms {:>7.1}ms {:>7.1}ms {:>7.1}ms {:>8} {:>8}",
            name,
            m[0] * 1e3,
            m[1] * 1e3,
            m[2] * 1e3,
            m[3] * 1e3,
            m.iter().sum::<f64>() * 1e3,
            fns,
            c.artifact.lines().count()
        );
    }
    Ok(())
}
