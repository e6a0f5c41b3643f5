//! `visabench fuzz --replay DIR`: a bundle made by `--bundle` run on this machine's OpenCL
//! device — native built from source by the vendor's compiler, every other path loaded from
//! its PTX — each buffer compared with native's as `diff` compares them. Counts go to
//! `OUT/campaign.json` after every kernel; a finding is written out whole (no minimization
//! without a compiler) with the command that shows it.

use super::{
    Args, Artifact, BundleKernel, BundleManifest, Campaign, Finding, Variant, BUNDLE_FORMAT,
};
use crate::cmd::diffrun::{compare, inputs, run_on, PathDiff, Report};
use anyhow::{anyhow, bail, Context as _};
use harness::opencl::Session;
use kernels::Range;
use std::path::Path;
use std::process::ExitCode;
use visabench_core::ArtifactKind;

/// Native's build option for division and square root correctly rounded, as our paths do them.
const CORRECTLY_ROUNDED: &str = "-cl-fp32-correctly-rounded-divide-sqrt";

/// Runs one variant of one kernel: native (built with `native_options`), then every path of
/// the bundle.
fn run_variant(
    session: &Session,
    dir: &Path,
    m: &BundleManifest,
    k: &BundleKernel,
    v: &Variant,
    native_options: &str,
) -> anyhow::Result<Report> {
    let read = |f: &str| {
        std::fs::read_to_string(dir.join(f)).with_context(|| format!("{}", dir.join(f).display()))
    };
    let sig = &k.signature;
    let ins = inputs(sig, m.elements, m.local, m.input_seed);
    let range = Range {
        global: vec![m.global],
        local: Some(vec![m.local]),
    };
    let source = read(&v.source)?;
    let mut native = session
        .build(ArtifactKind::OpenClSource, &source, native_options, None)
        .map_err(|e| anyhow!("native build: {e}"))?;
    let base = {
        let mut dev = session.device(&mut native);
        run_on(&mut dev, &sig.name, &ins, &range).context("native run")?
    };
    let mut paths = Vec::new();
    for (name, art) in &v.paths {
        let mut pd = PathDiff {
            path: name.clone(),
            ran_on: None,
            error: None,
            buffers: Vec::new(),
        };
        let got = match art {
            Artifact::Refused(why) => Err(anyhow!("refused: {why}")),
            Artifact::Failed(why) => Err(anyhow!("compile: {why}")),
            Artifact::Ptx(f) => read(f).and_then(|ptx| {
                let mut l = session
                    .build(ArtifactKind::Ptx, &ptx, "", None)
                    .map_err(|e| anyhow!("PTX build: {e}"))?;
                let mut dev = session.device(&mut l);
                run_on(&mut dev, &sig.name, &ins, &range)
            }),
        };
        match got {
            Ok(g) => {
                pd.ran_on = Some(session.info().label());
                pd.buffers = compare(sig, &ins, &g, &base, m.ulps);
            }
            Err(e) => pd.error = Some(format!("{e:#}")),
        }
        paths.push(pd);
    }
    Ok(Report {
        kernel: sig.name.clone(),
        local: vec![m.local],
        elements: m.elements,
        paths,
    })
}

/// Whether every path that differs in `r` agrees with native in at least one of `others` (the
/// same kernel with native built another way): each path's own choice of rounding for division
/// and square root (the `llvm` path takes clang's 3-ulp `sqrt` as `sqrt.approx.f32`, as NVIDIA
/// does; the TGSI paths round correctly), not a finding.
fn each_agrees_with_some(r: &Report, others: &[Report]) -> bool {
    let differing: Vec<String> = r.differences().into_iter().map(|(p, _)| p).collect();
    !differing.is_empty()
        && differing.iter().all(|p| {
            others.iter().any(|o| {
                o.paths
                    .iter()
                    .any(|d| &d.path == p && d.ran_on.is_some() && d.agrees())
            })
        })
}

/// `differs on PATH: …` / `fails on PATH: …` lines of a report (empty: all agreed).
fn what(r: &Report) -> Vec<String> {
    let mut w: Vec<String> = r
        .differences()
        .into_iter()
        .map(|(p, d)| format!("differs on {p}: {d}"))
        .collect();
    w.extend(
        r.failures()
            .into_iter()
            .map(|(p, e)| format!("fails on {p}: {}", e.lines().next().unwrap_or(""))),
    );
    w
}

pub fn run(dir: &Path, a: &Args) -> anyhow::Result<ExitCode> {
    let start = std::time::Instant::now();
    let mf = dir.join("fuzz-bundle.json");
    let text = std::fs::read_to_string(&mf).with_context(|| {
        format!(
            "{}: not a fuzz bundle (made by `visabench fuzz --bundle`)",
            mf.display()
        )
    })?;
    let m: BundleManifest = serde_json::from_str(&text)
        .with_context(|| format!("{}: corrupt manifest", mf.display()))?;
    if m.format != BUNDLE_FORMAT {
        bail!(
            "{}: format `{}`, this build reads `{BUNDLE_FORMAT}`",
            mf.display(),
            m.format
        );
    }
    std::fs::create_dir_all(&a.out).with_context(|| format!("{}", a.out.display()))?;
    let session = Session::open(a.device.as_deref()).context("native needs an OpenCL device")?;
    if !session.info().is_nvidia_gpu() {
        bail!(
            "a fuzz bundle's paths are PTX, which only NVIDIA's OpenCL loads; {} is not an NVIDIA GPU \
             (on this machine, `visabench fuzz` without --replay compiles and runs the kernels here)",
            session.info().label()
        );
    }
    let mut c = Campaign {
        mode: format!("replay of {} (compiled at {})", dir.display(), m.commit),
        first_seed: m.first_seed,
        native_on: session.info().label(),
        paths_run: m.paths.clone(),
        ..Campaign::default()
    };
    let total = m.kernels.len();
    for (i, k) in m.kernels.iter().enumerate() {
        if a.max_seconds
            .is_some_and(|s| start.elapsed().as_secs_f64() > s)
        {
            c.stopped_early = true;
            eprintln!("[fuzz] --max-seconds reached after {i} of {total} kernels");
            break;
        }
        c.kernels += 1;
        let agrees = |v: &Variant, opts: &str| {
            run_variant(&session, dir, &m, k, v, opts).is_ok_and(|r| what(&r).is_empty())
        };
        let variants = |vs: &[(&Variant, &str)]| -> Vec<Report> {
            vs.iter()
                .filter_map(|(v, o)| run_variant(&session, dir, &m, k, v, o).ok())
                .collect()
        };
        match run_variant(&session, dir, &m, k, &k.plain, "") {
            Err(e) => {
                c.native_failed += 1;
                eprintln!("[fuzz] kernel {}: native could not run it: {e:#}", k.seed);
            }
            Ok(r) => {
                for (p, _) in r.refusals() {
                    *c.refused.entry(p).or_default() += 1;
                }
                let shown = what(&r);
                if shown.is_empty() {
                    c.agreed += 1;
                } else if shown.iter().all(|w| w.starts_with("differs"))
                    && agrees(&k.no_contract, "")
                {
                    c.contraction += 1;
                } else if shown.iter().all(|w| w.starts_with("differs"))
                    && each_agrees_with_some(
                        &r,
                        &variants(&[
                            (&k.plain, CORRECTLY_ROUNDED),
                            (&k.no_contract, ""),
                            (&k.no_contract, CORRECTLY_ROUNDED),
                        ]),
                    )
                {
                    c.vendor_math += 1;
                } else {
                    if shown.iter().any(|w| w.starts_with("differs")) {
                        c.differed += 1;
                    } else {
                        c.failed += 1;
                    }
                    let file = a.out.join(format!("finding-{}.cl", k.seed));
                    std::fs::copy(dir.join(&k.plain.source), &file)
                        .with_context(|| format!("{}", file.display()))?;
                    let note = format!(
                        "seed {}: {}\nreproduce (a machine with LLVM and an NVIDIA GPU): visabench diff {} --kernel fuzz --global {} --local {} --elements {} --seed {} --ulps {}\n",
                        k.seed,
                        shown.join("\n  "),
                        file.display(),
                        m.global,
                        m.local,
                        m.elements,
                        m.input_seed,
                        m.ulps
                    );
                    visabench_core::files::write_atomic(
                        &a.out.join(format!("finding-{}.txt", k.seed)),
                        note.as_bytes(),
                    )?;
                    eprintln!("[fuzz] kernel {}: {}", k.seed, shown.join("; "));
                    c.findings.push(Finding {
                        seed: k.seed,
                        what: shown,
                        statements: 0,
                        minimized_to: 0,
                        file: file.display().to_string(),
                    });
                }
            }
        }
        if (i + 1) % 50 == 0 || i + 1 == total {
            eprintln!(
                "[fuzz] {}/{total} kernels: {} agreed, {} contraction only, {} vendor division/sqrt only, {} differed, {} failed, {} native failures ({:.0} s)",
                i + 1, c.agreed, c.contraction, c.vendor_math, c.differed, c.failed, c.native_failed, start.elapsed().as_secs_f64()
            );
        }
        c.seconds = start.elapsed().as_secs_f64();
        super::write_campaign(&a.out, &c)?;
    }
    c.seconds = start.elapsed().as_secs_f64();
    super::write_campaign(&a.out, &c)?;
    println!(
        "{} kernels replayed on {}: {} agreed on every path, {} differed only by FP contraction, {} only by NVIDIA's approximate division and square root, {} differed, {} failed on a path, {} native failures; refused by name: {:?}; counts in {}",
        c.kernels, c.native_on, c.agreed, c.contraction, c.vendor_math, c.differed, c.failed, c.native_failed, c.refused, a.out.join("campaign.json").display()
    );
    Ok(if c.differed + c.failed + c.native_failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmd::diffrun::BufferDiff;

    fn report(differing: &[(&str, usize)]) -> Report {
        Report {
            kernel: "fuzz".into(),
            local: vec![64],
            elements: 256,
            paths: differing
                .iter()
                .map(|(p, n)| PathDiff {
                    path: p.to_string(),
                    ran_on: Some("gpu".into()),
                    error: None,
                    buffers: vec![BufferDiff {
                        arg: "fout".into(),
                        elements: 256,
                        differing: *n,
                        float: true,
                        ..BufferDiff::default()
                    }],
                })
                .collect(),
        }
    }

    #[test]
    fn each_differing_path_may_agree_with_another_native_build() {
        // `llvm` agrees with the default build, `tgsi` differs from it; built correctly
        // rounded, `tgsi` agrees and `llvm` differs: each path's own rounding, no finding.
        let plain = report(&[("llvm", 0), ("tgsi", 2)]);
        let rounded = report(&[("llvm", 3), ("tgsi", 0)]);
        assert!(each_agrees_with_some(&plain, &[rounded]));
        // A path that differs from every build is a finding.
        let still = report(&[("llvm", 3), ("tgsi", 1)]);
        assert!(!each_agrees_with_some(&plain, &[still]));
        // Nothing differing is not this case.
        assert!(!each_agrees_with_some(&report(&[("llvm", 0)]), &[]));
    }
}
