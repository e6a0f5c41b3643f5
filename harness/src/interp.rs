//! The TGSI interpreter as a device of the harness, beside NVIDIA's (and any) OpenCL:
//! `visabench run --device tgsi-interp --paths tgsi,tgsi-2019` verifies the TGSI paths of a
//! bundle on the CPU, with no GPU and no LLVM (the runner build has it too).
//!
//! A bundle keeps each TGSI path's program text beside its PTX (`PathEntry::tgsi`, all kernels,
//! each after a `; kernel NAME` line); a verification worker parses it, runs the workload's
//! launch sequence on [`tgsi_device::TgsiDevice`] and compares the outputs with the CPU
//! reference, as for any device. The interpreter does not time: a run on it verifies only.
//! Paths without a TGSI stage (`native`, `llvm`) are `unsupported` on it.

use crate::bundle::{self, WorkloadEntry};
use crate::exec::{checked, Verified};
use crate::opencl::DeviceInfo;
use crate::results::Status;
use ir_tgsi::abi::{InputLayout, Kernel};
use std::path::Path as FsPath;
use std::time::Instant;
use tgsi_device::TgsiDevice;

/// The `--device` name of the interpreter.
pub const DEVICE: &str = "tgsi-interp";

/// Does `--device SPEC` name the interpreter?
pub fn is_interpreter(spec: Option<&str>) -> bool {
    spec.is_some_and(|s| s.eq_ignore_ascii_case(DEVICE))
}

/// The interpreter as `env.json` and the summaries describe a device.
pub fn device_info() -> DeviceInfo {
    DeviceInfo {
        platform_index: 0,
        device_index: 0,
        platform_name: "visabench".into(),
        platform_vendor: "visabench".into(),
        platform_version: format!("TGSI interpreter (ir-tgsi {})", env!("CARGO_PKG_VERSION")),
        device_name: "TGSI interpreter".into(),
        device_vendor: "visabench".into(),
        driver_version: crate::env::COMMIT.into(),
        device_version: "TGSI".into(),
        kind: "interpreter".into(),
    }
}

/// Splits a path's TGSI text (`; kernel NAME` before each program) and parses each program
/// with its kernel's signature from the bundle.
pub fn kernels_of(text: &str, entry: &WorkloadEntry) -> Result<Vec<Kernel>, String> {
    let sigs = entry
        .signatures
        .as_ref()
        .ok_or("the bundle has no kernel signatures (made without the frontend)")?;
    kernels_from_text(text, sigs)
}

/// Splits a path's TGSI text (`; kernel NAME` before each program, as the `tgsi` stage and
/// bundles keep it) and parses each program with its signature from `sigs`.
pub fn kernels_from_text(
    text: &str,
    sigs: &[visabench_core::KernelSignature],
) -> Result<Vec<Kernel>, String> {
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    let mut flush = |cur: Option<(String, String)>| -> Result<(), String> {
        let Some((name, program)) = cur else {
            return Ok(());
        };
        let signature = sigs
            .iter()
            .find(|s| s.name == name)
            .ok_or_else(|| format!("kernel `{name}` has no signature in the bundle"))?
            .clone();
        let program =
            ir_tgsi::text::parse(&program).map_err(|e| format!("kernel `{name}`: {e}"))?;
        out.push(Kernel {
            layout: InputLayout::from_signature(&signature),
            name,
            signature,
            program,
        });
        Ok(())
    };
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("; kernel ") {
            flush(current.take())?;
            current = Some((name.trim().to_string(), String::new()));
        } else if let Some((_, program)) = current.as_mut() {
            program.push_str(line);
            program.push('\n');
        }
    }
    flush(current)?;
    if out.is_empty() {
        return Err("the TGSI text holds no kernel".into());
    }
    Ok(out)
}

fn failed(status: Status, message: String) -> Verified {
    Verified::failed(status, message, None)
}

/// The verification pass of one (workload, path) on the interpreter.
pub fn verify_path(
    dir: &FsPath,
    p: &crate::exec::Prepared<'_>,
    path: &str,
    size: kernels::Size,
    seed: u64,
    reference_cache: Option<&FsPath>,
) -> Verified {
    let Some(e) = p.entry.path(path) else {
        let msg = format!(
            "path `{path}` of workload `{}` is not in the bundle",
            p.entry.name
        );
        return failed(Status::BuildFailed, msg);
    };
    if e.artifact.is_none() {
        let msg = format!(
            "compile: {}",
            e.error.as_deref().unwrap_or("compilation failed")
        );
        let status = if e.unsupported {
            Status::Unsupported
        } else {
            Status::BuildFailed
        };
        return failed(status, msg);
    }
    let Some(rel) = &e.tgsi else {
        return failed(
            Status::Unsupported,
            format!(
                "the TGSI interpreter runs only paths with a TGSI stage; `{path}` has none \
                 (or the bundle predates TGSI texts: make it again)"
            ),
        );
    };
    let kernels = match bundle::read_text(dir, rel)
        .map_err(|e| e.to_string())
        .and_then(|t| kernels_of(&t, p.entry))
    {
        Ok(k) => k,
        Err(m) => return failed(Status::BuildFailed, format!("TGSI of `{path}`: {m}")),
    };
    let inst = p.workload.prepare(size, seed);
    let mut dev = TgsiDevice::new(&kernels);
    let t = Instant::now();
    let r = inst.run(&mut dev);
    let run_seconds = t.elapsed().as_secs_f64();
    match r {
        Err(e) => Verified {
            run_seconds,
            ..failed(crate::exec::classify(&e), e.to_string())
        },
        Ok(outputs) => Verified {
            build_log: Some(format!(
                "TGSI interpreter: {} launches, {} instructions",
                dev.launches, dev.instructions
            )),
            run_seconds,
            ..checked(inst.as_ref(), &outputs, p.workload, reference_cache)
        },
    }
}
