//! `visabench compile`: one OpenCL C file along one path, printing or writing one stage.

use crate::registry;
use anyhow::{anyhow, bail, Context as _};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use visabench_core::{BuildOptions, CompileRequest, Compiled, Target};

/// Arguments of `visabench compile`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The OpenCL C file (`-` reads standard input).
    file: String,
    /// The compilation path (see `visabench paths`), or `PATH@PROFILE` (`tgsi@modern+temps32`).
    #[arg(long, default_value = "llvm")]
    path: String,
    /// The stage to output (default: the path's last stage, the artifact it hands the runtime).
    #[arg(long)]
    emit: Option<String>,
    /// Write to this file instead of standard output (replaced atomically).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Define a macro: `-D NAME` or `-D NAME=VALUE` (repeatable).
    #[arg(short = 'D', value_name = "NAME[=VALUE]")]
    defines: Vec<String>,
    /// Add an include directory (repeatable; relative to the current directory).
    #[arg(short = 'I', value_name = "DIR")]
    include_dirs: Vec<String>,
    /// Build options as `clBuildProgram` takes them, e.g. "-DBLOCK=16 -cl-fast-relaxed-math".
    #[arg(long, default_value = "", allow_hyphen_values = true)]
    options: String,
    /// The GPU architecture (`sm_90`).
    #[arg(long, default_value = "sm_90")]
    target: String,
    /// The PTX ISA version (`8.5`; NVIDIA driver 580 loads up to 9.0).
    #[arg(long, value_name = "MAJOR.MINOR")]
    ptx_isa: Option<String>,
    /// Keep only this kernel.
    #[arg(long)]
    kernel: Option<String>,
    /// Print the seconds each stage took to standard error.
    #[arg(long)]
    timings: bool,
}

fn parse_isa(s: &str) -> anyhow::Result<(u32, u32)> {
    let (a, b) = s
        .split_once('.')
        .ok_or_else(|| anyhow!("--ptx-isa `{s}`: expected MAJOR.MINOR, e.g. 8.5"))?;
    Ok((
        a.parse().with_context(|| format!("--ptx-isa `{s}`"))?,
        b.parse().with_context(|| format!("--ptx-isa `{s}`"))?,
    ))
}

/// Compiles `args.file` and prints or writes the chosen stage.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let path = registry::resolve(&args.path)?;
    let stages = path.stages();
    let emit = match &args.emit {
        Some(e) if stages.contains(&e.as_str()) => e.clone(),
        Some(e) => bail!(
            "path `{}` has no stage `{e}` (valid: {})",
            path.name(),
            stages.join(", ")
        ),
        None => stages
            .last()
            .map(|s| s.to_string())
            .ok_or_else(|| anyhow!("path `{}` has no stages", path.name()))?,
    };
    let mut target = Target::parse_sm(&args.target)
        .ok_or_else(|| anyhow!("--target `{}`: expected sm_XX, e.g. sm_90", args.target))?;
    if let Some(isa) = &args.ptx_isa {
        target.ptx_isa = parse_isa(isa)?;
    }
    let mut options = BuildOptions::parse(&args.options).context("--options")?;
    for d in &args.defines {
        options.add_define(d);
    }
    options
        .include_dirs
        .extend(args.include_dirs.iter().cloned());
    let file_name = if args.file == "-" {
        "<stdin>"
    } else {
        args.file.as_str()
    };
    let bytes = read_bytes(&args.file)?;
    if let Some(compiled) = path.compile_binary(file_name, &bytes, target) {
        // The path's own input form (a SPIR-V binary for `spirv`): no OpenCL C options apply.
        if args.kernel.is_some()
            || !(options.defines.is_empty()
                && options.include_dirs.is_empty()
                && options.flags.is_empty())
        {
            bail!("--kernel, -D, -I and --options apply to OpenCL C input, not to {file_name}");
        }
        return write_stage(&args, &*path, &compiled?, &emit);
    }
    let source =
        String::from_utf8(bytes).map_err(|e| anyhow!("{file_name} is not UTF-8 OpenCL C: {e}"))?;
    let req = CompileRequest {
        file_name,
        source: &source,
        options: &options,
        target,
    };

    let compiled: Compiled = match &args.kernel {
        None => path.compile(&req)?,
        Some(k) if path.selects_kernels() => path.compile_kernel(&req, k)?,
        Some(k) => {
            // This path keeps every kernel; still check that the kernel exists.
            let sigs =
                frontend_opencl::signatures_of(&req).map_err(|e| e.into_path_error(path.name()))?;
            if !sigs.iter().any(|s| &s.name == k) {
                return Err(visabench_core::PathError::NoSuchKernel {
                    name: k.clone(),
                    file: file_name.to_string(),
                    available: sigs.into_iter().map(|s| s.name).collect(),
                }
                .into());
            }
            log::warn!(
                "path `{}` keeps every kernel; --kernel only checked that `{k}` exists",
                path.name()
            );
            path.compile_kernel(&req, k)?
        }
    };
    write_stage(&args, &*path, &compiled, &emit)
}

fn read_bytes(file: &str) -> anyhow::Result<Vec<u8>> {
    use std::io::Read;
    let mut b = Vec::new();
    if file == "-" {
        std::io::stdin()
            .read_to_end(&mut b)
            .context("cannot read standard input")?;
    } else {
        b = std::fs::read(file).with_context(|| format!("cannot read {file}"))?;
    }
    Ok(b)
}

fn write_stage(
    args: &Args,
    path: &dyn visabench_core::Path,
    compiled: &Compiled,
    emit: &str,
) -> anyhow::Result<ExitCode> {
    if args.timings {
        for s in &compiled.stages {
            eprintln!("{:<8} {:>10.6} s", s.name, s.seconds);
        }
    }
    let stage = compiled
        .stage(emit)
        .ok_or_else(|| anyhow!("path `{}` produced no stage `{emit}`", path.name()))?;
    match &args.output {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(stage.text.as_bytes())?;
            out.flush()?;
        }
        Some(out) => visabench_core::files::write_atomic(out, stage.text.as_bytes())
            .with_context(|| format!("cannot write {}", out.display()))?,
    }
    Ok(ExitCode::SUCCESS)
}
