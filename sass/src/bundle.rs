//! Every PTX artifact of a harness bundle, assembled at one or more `ptxas` levels, and with
//! a session on an NVIDIA GPU the PTX NVIDIA's own OpenCL compiler makes of each source.

use crate::disasm::analyze_ptx_at;
use crate::{KernelSass, OptLevel, SassError};
use harness::bundle::{self, Manifest, WorkloadEntry};
use harness::opencl::Session;
use std::path::Path as FsPath;

/// One analysed (workload, path).
#[derive(Clone, Debug)]
pub struct Analysed {
    pub workload: String,
    pub path: String,
    /// Per kernel, or why there are none.
    pub kernels: Result<Vec<KernelSass>, String>,
    /// The path refused the workload by design (a documented limit), so it has no PTX.
    pub unsupported: bool,
}

/// What [`analyze_bundle`] looks at.
#[derive(Clone, Copy, Debug)]
pub struct Selection<'a> {
    /// Empty: every workload of the bundle.
    pub workloads: &'a [String],
    /// Empty: every path with PTX.
    pub paths: &'a [String],
    /// `sm_90`.
    pub arch: &'a str,
    /// With a native session: keep the driver's PTX here as `WORKLOAD.native.ptx`.
    pub save_ptx: Option<&'a FsPath>,
}

/// One (workload, path) analysed at one `ptxas` level.
#[derive(Clone, Debug)]
pub struct Levelled {
    pub opt_level: OptLevel,
    pub analysed: Analysed,
}

/// Analyses every PTX artifact of a bundle, and with `native` (a session on an NVIDIA GPU) the
/// PTX NVIDIA's OpenCL makes of each workload's source. A (workload, path) that cannot be
/// analysed is recorded with its reason; only a missing tool or scratch directory is an error.
/// `ptxas` runs at its default level; [`analyze_bundle_levels`] chooses levels.
pub fn analyze_bundle(
    dir: &FsPath,
    manifest: &Manifest,
    sel: &Selection<'_>,
    native: Option<&Session>,
    progress: &mut dyn FnMut(&str, &str),
) -> Result<Vec<Analysed>, SassError> {
    let rows = analyze_bundle_levels(dir, manifest, sel, &[OptLevel::Default], native, progress)?;
    Ok(rows.into_iter().map(|r| r.analysed).collect())
}

/// [`analyze_bundle`] at each of `levels` (none: the default): per workload, per path, one row
/// per level in the order given. Each PTX (the driver's too) is made once and assembled at
/// every level.
pub fn analyze_bundle_levels(
    dir: &FsPath,
    manifest: &Manifest,
    sel: &Selection<'_>,
    levels: &[OptLevel],
    native: Option<&Session>,
    progress: &mut dyn FnMut(&str, &str),
) -> Result<Vec<Levelled>, SassError> {
    // Fail early, once, on a missing tool.
    visabench_core::tools::ptxas()?;
    visabench_core::tools::nvdisasm()?;
    let levels = if levels.is_empty() {
        &[OptLevel::Default][..]
    } else {
        levels
    };
    let scratch = tempfile::tempdir()?;
    if let Some(d) = sel.save_ptx.filter(|_| native.is_some()) {
        std::fs::create_dir_all(d)?;
    }
    // Every (workload, path) with its PTX or the reason it has none, then every level of each
    // assembled, several at once.
    let mut items: Vec<(String, String, Result<String, String>, bool)> = Vec::new();
    for w in &manifest.workloads {
        if !sel.workloads.is_empty() && !sel.workloads.contains(&w.name) {
            continue;
        }
        if let Some(s) = native {
            progress(&w.name, "native");
            let ptx = native_ptx(s, dir, w, sel.save_ptx);
            items.push((w.name.clone(), "native".into(), ptx, false));
        }
        for p in &w.paths {
            if p.kind != visabench_core::ArtifactKind::Ptx
                || (!sel.paths.is_empty() && !sel.paths.contains(&p.path))
            {
                continue;
            }
            progress(&w.name, &p.path);
            let ptx = match &p.artifact {
                None => Err(p
                    .error
                    .as_deref()
                    .and_then(|e| e.lines().next())
                    .unwrap_or("not compiled")
                    .to_string()),
                Some(rel) => bundle::read_text(dir, rel).map_err(|e| e.to_string()),
            };
            items.push((w.name.clone(), p.path.clone(), ptx, p.unsupported));
        }
    }
    let jobs: Vec<(usize, OptLevel)> = (0..items.len())
        .flat_map(|i| levels.iter().map(move |&l| (i, l)))
        .collect();
    let kernels = visabench_core::parallel::map(
        &jobs,
        visabench_core::parallel::cores(16),
        |j, &(i, level)| {
            let here = scratch.path().join(j.to_string());
            std::fs::create_dir_all(&here).map_err(|e| format!("{}: {e}", here.display()))?;
            let ptx = items[i].2.as_ref().map_err(String::clone)?;
            analyze_ptx_at(ptx, sel.arch, level, &here).map_err(|e| e.to_string())
        },
    );
    Ok(jobs
        .iter()
        .zip(kernels)
        .map(|(&(i, opt_level), kernels)| Levelled {
            opt_level,
            analysed: Analysed {
                workload: items[i].0.clone(),
                path: items[i].1.clone(),
                kernels,
                unsupported: items[i].3,
            },
        })
        .collect())
}

/// NVIDIA's PTX for the workload's source, as the driver returns it after the build.
fn native_ptx(
    s: &Session,
    dir: &FsPath,
    w: &WorkloadEntry,
    save: Option<&FsPath>,
) -> Result<String, String> {
    let entry = w
        .path("native")
        .ok_or("the bundle has no native path for this workload")?;
    let rel = entry
        .artifact
        .as_deref()
        .ok_or("no native source in the bundle")?;
    let source = bundle::read_text(dir, rel).map_err(|e| e.to_string())?;
    let loaded = s
        .build(
            visabench_core::ArtifactKind::OpenClSource,
            &source,
            &entry.build_options,
            None,
        )
        .map_err(|e| e.to_string())?;
    let bin = loaded.binary().map_err(|e| e.to_string())?;
    let ptx =
        String::from_utf8(bin).map_err(|_| "the driver's binary is not PTX text".to_string())?;
    if !ptx.contains(".entry") {
        return Err("the driver's binary is not PTX (no .entry)".into());
    }
    if let Some(d) = save {
        let f = d.join(format!("{}.native.ptx", w.name));
        visabench_core::files::write_atomic(&f, ptx.as_bytes())
            .map_err(|e| format!("{}: {e}", f.display()))?;
    }
    Ok(ptx)
}
