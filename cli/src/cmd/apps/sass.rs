//! `visabench apps sass`: what the GPU runs for Rodinia's own kernels along each path — the
//! PTX the record/replay directory holds per program and path, assembled by `ptxas` and
//! counted (`sass` crate); with `--native` on an NVIDIA GPU also NVIDIA's own compiler's PTX
//! (each recorded source built by the driver, its binary taken back).

use anyhow::Context as _;
use interposer_record::replay::{load_artifact, recorded_programs};
use sass::KernelSass;
use std::fmt::Write as _;
use std::path::Path;
use visabench_core::ArtifactKind;

/// One row: app, kernel, path and its counts.
struct Row {
    app: String,
    path: String,
    sass: KernelSass,
}

/// Counts every recorded program along `paths` (and natively when `native`); prints a table
/// and writes it as text to `out` when given.
pub fn run(
    progs: &Path,
    paths: &[String],
    native: bool,
    device: Option<&str>,
    out: Option<&Path>,
    save_ptx: Option<&Path>,
) -> anyhow::Result<()> {
    let programs = recorded_programs(progs).with_context(|| format!("{}", progs.display()))?;
    if programs.is_empty() {
        anyhow::bail!(
            "{}: no recorded programs (`visabench apps record` first)",
            progs.display()
        );
    }
    let scratch = tempfile::tempdir()?;
    let session = if native {
        let s =
            harness::opencl::Session::open(device).context("--native needs an OpenCL device")?;
        if !s.info().is_nvidia_gpu() {
            anyhow::bail!("--native needs NVIDIA's OpenCL on an NVIDIA GPU (it returns PTX as the program binary); the device is {}", s.info().label());
        }
        Some(s)
    } else {
        None
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for p in &programs {
        let app = p.app.clone().unwrap_or_else(|| p.key.clone());
        let mut ptx_of: Vec<(String, Result<String, String>)> = Vec::new();
        if let Some(s) = &session {
            let r = s
                .build(ArtifactKind::OpenClSource, &p.source, &p.options, None)
                .and_then(|l| l.binary())
                .map(|b| {
                    String::from_utf8_lossy(&b)
                        .trim_end_matches('\0')
                        .to_string()
                })
                .map_err(|e| e.to_string());
            ptx_of.push(("native".into(), r));
        }
        for path in paths.iter().filter(|x| x.as_str() != "native") {
            let r = load_artifact(progs, &p.key, path)
                .map_err(|e| e.to_string())
                .and_then(|a| match a.compiled.kind {
                    ArtifactKind::Ptx => Ok(a.compiled.artifact),
                    ArtifactKind::OpenClSource => Err("not PTX".into()),
                });
            ptx_of.push((path.clone(), r));
        }
        for (path, ptx) in ptx_of {
            if let (Some(dir), Ok(text)) = (save_ptx, &ptx) {
                let f = dir.join(format!("{app}.{}.{path}.ptx", p.key));
                std::fs::create_dir_all(dir)
                    .and_then(|()| visabench_core::files::write_atomic(&f, text.as_bytes()))
                    .with_context(|| format!("{}", f.display()))?;
            }
            let counted = ptx.and_then(|ptx| {
                let dir = scratch.path().join(format!("{}-{path}", p.key));
                std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
                sass::analyze_ptx(&ptx, "sm_90", &dir).map_err(|e| e.to_string())
            });
            match counted {
                Ok(ks) => rows.extend(ks.into_iter().map(|sass| Row {
                    app: app.clone(),
                    path: path.clone(),
                    sass,
                })),
                Err(e) => problems.push(format!("{app} ({}) along {path}: {e}", p.key)),
            }
        }
    }
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{:<12} {:<28} {:<10} {:>6} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6} {:>5} {:>6}",
        "app",
        "kernel",
        "path",
        "instr",
        "bra",
        "bssy",
        "ldg",
        "stg",
        "shared",
        "local",
        "regs",
        "spill"
    );
    rows.sort_by(|a, b| (&a.app, &a.sass.kernel).cmp(&(&b.app, &b.sass.kernel)));
    for r in &rows {
        let s = &r.sass;
        let _ = writeln!(
            text,
            "{:<12} {:<28} {:<10} {:>6} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6} {:>5} {:>6}",
            r.app,
            s.kernel,
            r.path,
            s.instructions,
            s.bra,
            s.bssy,
            s.global_loads,
            s.global_stores,
            s.shared_accesses,
            s.local_accesses,
            s.registers,
            s.spill_store_bytes + s.spill_load_bytes
        );
    }
    for p in &problems {
        let _ = writeln!(text, "not counted: {p}");
    }
    print!("{text}");
    if let Some(f) = out {
        visabench_core::files::write_atomic(f, text.as_bytes())
            .with_context(|| format!("{}", f.display()))?;
    }
    Ok(())
}
