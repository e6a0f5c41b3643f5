//! The campaign on this machine: each kernel compiled along every path and run through
//! [`diff_kernel`]; a finding is minimized here.

use super::{gen, Args, Campaign, Finding, NO_CONTRACT};
use crate::cmd::diff::{diff_kernel, Spec};
use anyhow::Context as _;
use std::process::ExitCode;

/// What one kernel showed.
struct Shown {
    /// `differs on PATH: …` and `fails on PATH: …`; empty when every path agreed.
    what: Vec<String>,
    /// Paths that refused it by name (documented limits).
    refused: Vec<String>,
}

fn check(session: &harness::opencl::Session, src: &str, a: &Args) -> anyhow::Result<Shown> {
    let global = [gen::N];
    let local = [gen::LOCAL];
    let spec = Spec {
        source: src,
        file_name: "fuzz.cl",
        options: "",
        kernel: Some("fuzz"),
        global: &global,
        local: &local,
        elements: Some(gen::N),
        seed: 7,
        ulps: a.ulps,
        paths: &a.paths,
    };
    let r = diff_kernel(session, &spec)?;
    let mut what: Vec<String> = r
        .differences()
        .into_iter()
        .map(|(p, d)| format!("differs on {p}: {d}"))
        .collect();
    what.extend(
        r.failures()
            .into_iter()
            .map(|(p, e)| format!("fails on {p}: {}", e.lines().next().unwrap_or(""))),
    );
    Ok(Shown {
        what,
        refused: r
            .refusals()
            .into_iter()
            .map(|(p, e)| format!("{p}: {e}"))
            .collect(),
    })
}

/// The kind of a finding, to keep while minimizing: the paths and whether they differ or fail.
fn signature(what: &[String]) -> Vec<String> {
    what.iter()
        .map(|w| w.split(':').next().unwrap_or("").to_string())
        .collect()
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let start = std::time::Instant::now();
    std::fs::create_dir_all(&a.out).with_context(|| format!("{}", a.out.display()))?;
    let session = harness::opencl::Session::open(a.device.as_deref())
        .context("native needs an OpenCL device")?;
    let mut c = Campaign {
        mode: "here".into(),
        first_seed: a.seed,
        native_on: session.info().label(),
        paths_run: crate::registry::besides_baseline(&a.paths),
        ..Campaign::default()
    };
    for i in 0..a.kernels {
        let seed = a.seed + i;
        let k = gen::Kernel::generate(seed);
        let src = k.render(None);
        c.kernels += 1;
        let shown = match check(&session, &src, &a) {
            Ok(s) => s,
            Err(e) => {
                c.native_failed += 1;
                eprintln!("[fuzz] kernel {seed}: native could not run it: {e:#}");
                continue;
            }
        };
        for r in &shown.refused {
            let path = r.split(':').next().unwrap_or("").to_string();
            *c.refused.entry(path).or_default() += 1;
        }
        if shown.what.is_empty() {
            c.agreed += 1;
        } else if shown.what.iter().all(|w| w.starts_with("differs"))
            && check(&session, &format!("{NO_CONTRACT}{src}"), &a).is_ok_and(|s| s.what.is_empty())
        {
            c.contraction += 1;
        } else {
            if shown.what.iter().any(|w| w.starts_with("differs")) {
                c.differed += 1;
            } else {
                c.failed += 1;
            }
            // Minimize: drop statements while the same paths show the same kind.
            let want = signature(&shown.what);
            let mut keep: Vec<usize> = (0..k.stmts.len()).collect();
            let mut j = 0;
            while j < keep.len() {
                let mut trial = keep.clone();
                trial.remove(j);
                let same = check(&session, &k.render(Some(&trial)), &a)
                    .is_ok_and(|w| !w.what.is_empty() && signature(&w.what) == want);
                if same {
                    keep = trial;
                } else {
                    j += 1;
                }
            }
            let small = k.render(Some(&keep));
            let last = check(&session, &small, &a)
                .map(|s| s.what)
                .unwrap_or_else(|_| shown.what.clone());
            let file = a.out.join(format!("finding-{seed}.cl"));
            visabench_core::files::write_atomic(&file, small.as_bytes())?;
            let note = format!(
                "seed {seed}: {}\nreproduce: visabench diff {} --kernel fuzz --global {} --local {} --elements {} --seed 7 --ulps {}\n",
                last.join("\n  "),
                file.display(),
                gen::N,
                gen::LOCAL,
                gen::N,
                a.ulps
            );
            visabench_core::files::write_atomic(
                &a.out.join(format!("finding-{seed}.txt")),
                note.as_bytes(),
            )?;
            eprintln!(
                "[fuzz] kernel {seed}: {} (minimized {} → {} statements)",
                last.join("; "),
                k.stmts.len(),
                keep.len()
            );
            c.findings.push(Finding {
                seed,
                what: last,
                statements: k.stmts.len(),
                minimized_to: keep.len(),
                file: file.display().to_string(),
            });
        }
        if (i + 1) % 25 == 0 || i + 1 == a.kernels {
            eprintln!(
                "[fuzz] {}/{} kernels: {} agreed, {} contraction only, {} differed, {} failed, {} native failures ({:.0} s)",
                i + 1, a.kernels, c.agreed, c.contraction, c.differed, c.failed, c.native_failed, start.elapsed().as_secs_f64()
            );
        }
        c.seconds = start.elapsed().as_secs_f64();
        super::write_campaign(&a.out, &c)?;
    }
    println!(
        "{} kernels: {} agreed on every path, {} differed only by FP contraction (a known semantic difference), {} differed, {} failed on a path, {} native failures; refused by name: {:?}; findings in {}",
        c.kernels, c.agreed, c.contraction, c.differed, c.failed, c.native_failed, c.refused, a.out.display()
    );
    Ok(if c.differed + c.failed + c.native_failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
