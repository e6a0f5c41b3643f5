//! `visabench fuzz --bundle DIR`: the campaign's kernels compiled along every path here, for
//! `--replay DIR` on a GPU node without LLVM. Each kernel is compiled twice, as generated and
//! with `FP_CONTRACT OFF`, so the node can tell the known contraction difference from a
//! finding without a compiler. Written kernel by kernel; the manifest last, atomically.

use super::{
    gen, Args, Artifact, BundleKernel, BundleManifest, Variant, BUNDLE_FORMAT, NO_CONTRACT,
};
use anyhow::{anyhow, Context as _};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use visabench_core::{
    files::write_atomic, ArtifactKind, BuildOptions, CompileRequest, PathError, Target,
};

/// The input seed of every kernel (as the local campaign's `diff` uses).
const INPUT_SEED: u64 = 7;

/// Compiles `source` along `paths`, writing each PTX as `DIR/NAME-TAG.ptx`.
fn variant(
    dir: &Path,
    name: &str,
    tag: &str,
    source: &str,
    paths: &[String],
) -> anyhow::Result<(Variant, Vec<visabench_core::KernelSignature>)> {
    let options = BuildOptions::parse("").map_err(|e| anyhow!("{e}"))?;
    let req = CompileRequest {
        file_name: "fuzz.cl",
        source,
        options: &options,
        target: Target::default(),
    };
    let sigs = frontend_opencl::signatures_of(&req).map_err(|e| anyhow!("{e}"))?;
    let src_file = format!("{name}{tag}.cl");
    write_atomic(&dir.join(&src_file), source.as_bytes())?;
    let mut out = BTreeMap::new();
    for p in paths {
        let art = match crate::registry::resolve(p)
            .map_err(anyhow::Error::from)
            .and_then(|path| {
                path.compile(&req).map_err(|e| match e {
                    PathError::Unsupported { .. } => anyhow!("refused: {e}"),
                    e => anyhow!("{e}"),
                })
            }) {
            Ok(c) if c.kind == ArtifactKind::Ptx => {
                let f = format!("{name}{tag}.{p}.ptx");
                write_atomic(&dir.join(&f), c.artifact.as_bytes())?;
                Artifact::Ptx(f)
            }
            Ok(_) => Artifact::Refused("the path hands OpenCL source: nothing to replay".into()),
            Err(e) => {
                let e = format!("{e:#}");
                match e.strip_prefix("refused: ") {
                    Some(r) => Artifact::Refused(r.to_string()),
                    None => Artifact::Failed(e),
                }
            }
        };
        out.insert(p.clone(), art);
    }
    Ok((
        Variant {
            source: src_file,
            paths: out,
        },
        sigs,
    ))
}

pub fn write(dir: &Path, a: &Args) -> anyhow::Result<ExitCode> {
    let start = std::time::Instant::now();
    std::fs::create_dir_all(dir).with_context(|| format!("{}", dir.display()))?;
    let paths = crate::registry::besides_baseline(&a.paths);
    let mut kernels = Vec::new();
    let mut failed = 0u64;
    for i in 0..a.kernels {
        let seed = a.seed + i;
        let src = gen::Kernel::generate(seed).render(None);
        let name = format!("k{seed}");
        let made = variant(dir, &name, "", &src, &paths).and_then(|(plain, sigs)| {
            let sig = sigs
                .into_iter()
                .find(|s| s.name == "fuzz")
                .ok_or_else(|| anyhow!("no kernel `fuzz`"))?;
            let (no_contract, _) =
                variant(dir, &name, "-nc", &format!("{NO_CONTRACT}{src}"), &paths)?;
            Ok(BundleKernel {
                seed,
                signature: sig,
                plain,
                no_contract,
            })
        });
        match made {
            Ok(k) => {
                failed += k
                    .plain
                    .paths
                    .values()
                    .filter(|x| matches!(x, Artifact::Failed(_)))
                    .count() as u64;
                kernels.push(k);
            }
            // The frontend rejecting a generated kernel is a generator bug: say so, go on.
            Err(e) => eprintln!("[fuzz] kernel {seed}: not bundled: {e:#}"),
        }
        if (i + 1) % 100 == 0 || i + 1 == a.kernels {
            eprintln!(
                "[fuzz] bundled {}/{} kernels ({:.0} s)",
                i + 1,
                a.kernels,
                start.elapsed().as_secs_f64()
            );
        }
    }
    let m = BundleManifest {
        format: BUNDLE_FORMAT.into(),
        commit: harness::env::COMMIT.into(),
        first_seed: a.seed,
        global: gen::N,
        local: gen::LOCAL,
        elements: gen::N,
        input_seed: INPUT_SEED,
        ulps: a.ulps,
        paths,
        kernels,
    };
    write_atomic(
        &dir.join("fuzz-bundle.json"),
        &serde_json::to_vec_pretty(&m)?,
    )?;
    println!(
        "{} kernels × {} paths × 2 variants in {} ({failed} compile failures); run it with `visabench fuzz --replay {}`",
        m.kernels.len(),
        m.paths.len(),
        dir.display(),
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
