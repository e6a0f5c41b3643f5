//! `visabench sass`: what the GPU runs along each path — every PTX artifact assembled by
//! `ptxas` and disassembled by `nvdisasm`, counted per kernel (instructions, branches,
//! reconvergence `BSSY`/`BSYNC`, basic blocks, memory instructions, registers, spills): the
//! Hopper counterpart of the Trillium paper's SASS table, and the first place to look when a
//! path is slower. `--native` adds NVIDIA's own OpenCL compiler, whose PTX the driver hands
//! back on an NVIDIA GPU. `--opt-levels` assembles every PTX at several `ptxas` levels
//! (`default`, `0`..`3`) — the finisher's strength as a dimension — one row per level.

use super::args::Select;
use anyhow::{bail, Context as _};
use harness::bundle::{self, Manifest};
use kernels::Size;
use sass::OptLevel;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `visabench sass`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A bundle (`visabench bundle`); default: the study's workloads compiled here at `paper`
    /// size (needs the compile side).
    #[arg(long)]
    bundle: Option<PathBuf>,
    #[command(flatten)]
    select: Select,
    /// Also count NVIDIA's own OpenCL compiler's code: build each workload's source on the
    /// NVIDIA GPU and take the PTX the driver returns as the program binary.
    #[arg(long)]
    native: bool,
    /// With --native: the OpenCL device (see `visabench run --device`).
    #[arg(long)]
    device: Option<String>,
    /// With --native: keep the driver's PTX here, as WORKLOAD.native.ptx.
    #[arg(long)]
    save_ptx: Option<PathBuf>,
    /// Target architecture for ptxas (default: the bundle's, sm_90).
    #[arg(long)]
    arch: Option<String>,
    /// ptxas optimisation levels, comma separated, each a row of its own: `default` (no -O
    /// flag; ptxas's -O3) or 0, 1, 2, 3 (`--opt-level N`, what NVIDIA's OpenCL passes on from
    /// -cl-nv-opt-level=N).
    #[arg(long, visible_alias = "jit-opt-level", value_delimiter = ',', default_value = "default", value_parser = opt_level)]
    opt_levels: Vec<OptLevel>,
    /// Also write every row as CSV to this file.
    #[arg(long)]
    csv: Option<PathBuf>,
}

fn opt_level(s: &str) -> Result<OptLevel, String> {
    s.parse()
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut temp = None;
    let (dir, manifest) = bundle_for(&args, &mut temp)?;
    let arch = args
        .arch
        .clone()
        .unwrap_or_else(|| format!("sm_{}", manifest.target.sm));
    let tools = sass::ptxas_version()?;
    let session = if args.native {
        let s = harness::opencl::Session::open(args.device.as_deref())
            .context("--native needs an OpenCL device")?;
        let info = s.info();
        if !info.is_nvidia_gpu() {
            bail!(
                "--native needs NVIDIA's OpenCL on an NVIDIA GPU (it returns PTX as the program \
                 binary); the device here is {}",
                info.label()
            );
        }
        eprintln!("native: building on {}", info.label());
        Some(s)
    } else {
        None
    };
    let select = sass::Selection {
        workloads: &args.select.workloads,
        paths: &args.select.paths.paths,
        arch: &arch,
        save_ptx: args.save_ptx.as_deref(),
    };
    let levels = OptLevel::distinct(args.opt_levels.iter().copied());
    let rows = sass::analyze_bundle_levels(
        &dir,
        &manifest,
        &select,
        &levels,
        session.as_ref(),
        &mut |w, p| log::info!("sass: {w} along {p}"),
    )?;
    if rows.is_empty() {
        bail!("nothing to analyse: no PTX artifact matches the selection");
    }
    print!("{}", sass::table::text(&rows, &levels, &arch, &tools));
    if let Some(f) = &args.csv {
        visabench_core::files::write_atomic(
            f,
            sass::to_csv_levels(&rows, &arch, &tools).as_bytes(),
        )
        .with_context(|| format!("cannot write {}", f.display()))?;
        println!("csv: {}", f.display());
    }
    // A (workload, path) that fails fails at every level: count it once.
    let mut failed: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| &r.analysed)
        .filter(|r| r.kernels.is_err() && !r.unsupported)
        .map(|r| (r.workload.as_str(), r.path.as_str()))
        .collect();
    failed.dedup();
    let failed = failed.len();
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("{failed} (workload, path) pairs could not be analysed (see the table)");
        ExitCode::FAILURE
    })
}

fn bundle_for(
    args: &Args,
    temp: &mut Option<tempfile::TempDir>,
) -> anyhow::Result<(PathBuf, Manifest)> {
    if let Some(dir) = &args.bundle {
        return Ok((dir.clone(), bundle::load(dir)?));
    }
    #[cfg(feature = "compile")]
    {
        let t = tempfile::Builder::new()
            .prefix("visabench-sass-")
            .tempdir()?;
        let workloads = if args.select.workloads.is_empty() {
            harness::plan::study_workloads()
        } else {
            args.select.workloads.clone()
        };
        eprintln!("compiling {} at size paper", workloads.join(", "));
        let mut paths = args.select.paths.paths.clone();
        if !paths.is_empty() && !paths.iter().any(|p| p == path_registry::BASELINE) {
            paths.push(path_registry::BASELINE.into());
        }
        let m = harness::plan::make_bundle(
            t.path(),
            Size::Paper,
            &workloads,
            &paths,
            &[],
            &mut |_, _| {},
        )?;
        let dir = t.path().to_path_buf();
        *temp = Some(t);
        Ok((dir, m))
    }
    #[cfg(not(feature = "compile"))]
    {
        let _ = (temp, Size::Paper);
        bail!("this visabench has no compile side: pass --bundle DIR (from `visabench bundle`)")
    }
}
