//! Running clang 22 as a subprocess: OpenCL C text in, unoptimized LLVM bitcode out.

use crate::FrontendError;
use std::path::Path as FsPath;
use std::process::Command;
use visabench_core::{tools, BuildOptions};

/// The OpenCL C standard used when the options name none (NVIDIA's OpenCL accepts 1.2).
pub const DEFAULT_CL_STD: &str = "CL1.2";

/// The target triple the frontend compiles for.
pub const TRIPLE: &str = "nvptx64-nvidia-nvcl";

/// The clang arguments (besides input and output) for `options`, compiling a source whose
/// user-visible name is `file_name`.
pub fn clang_args(options: &BuildOptions, file_name: &str) -> Vec<String> {
    let std = options.cl_std().unwrap_or(DEFAULT_CL_STD);
    let mut a: Vec<String> = vec![
        "-x".into(),
        "cl".into(),
        format!("-cl-std={std}"),
        "-target".into(),
        TRIPLE.into(),
        // Builtin declarations (the driver adds these by default; explicit for clarity).
        "-Xclang".into(),
        "-finclude-default-header".into(),
        "-Xclang".into(),
        "-fdeclare-opencl-builtins".into(),
        // NVIDIA's OpenCL devices report the 64-bit atomics extensions; clang's NVPTX target
        // does not enable them by default.
        "-Xclang".into(),
        "-cl-ext=+cl_khr_int64_base_atomics,+cl_khr_int64_extended_atomics".into(),
        "-cl-kernel-arg-info".into(),
        "-emit-llvm".into(),
        "-c".into(),
        // -O3 so clang emits optimizable IR (TBAA, lifetime markers), but run no LLVM
        // passes: the path runs its own pipeline after linking the builtin libraries.
        "-O3".into(),
        "-Xclang".into(),
        "-disable-llvm-passes".into(),
        "-fno-color-diagnostics".into(),
        "-fno-caret-diagnostics".into(),
        "-fno-discard-value-names".into(),
    ];
    for (name, value) in &options.defines {
        a.push(match value {
            Some(v) => format!("-D{name}={v}"),
            None => format!("-D{name}"),
        });
    }
    for dir in &options.include_dirs {
        a.push(format!("-I{dir}"));
    }
    // The source's own directory, so `#include "x.h"` next to it resolves even though
    // clang compiles a scratch copy.
    if let Some(dir) = source_dir(file_name) {
        a.push(format!("-I{dir}"));
    }
    for f in &options.flags {
        // `-cl-std=` is set above; `-cl-nv-*` only means something to NVIDIA's compiler.
        if f.starts_with("-cl-std=") || f.starts_with("-cl-nv-") {
            continue;
        }
        a.push(f.clone());
    }
    a
}

fn source_dir(file_name: &str) -> Option<String> {
    if file_name == "-" || file_name.starts_with('<') {
        return None;
    }
    let parent = FsPath::new(file_name).parent()?;
    if parent.as_os_str().is_empty() {
        Some(".".into())
    } else {
        Some(parent.display().to_string())
    }
}

/// Compiles `source` with clang and returns the bitcode.
pub fn to_bitcode(
    file_name: &str,
    source: &str,
    options: &BuildOptions,
) -> Result<Vec<u8>, FrontendError> {
    run(file_name, source, &clang_args(options, file_name))
}

/// Runs clang with `args` (all but input and output) on `source`, whose user-visible name is
/// `file_name`, and returns what it wrote. Other frontends (another `-target`, another output
/// form) call this with their own arguments, usually [`clang_args`] edited; diagnostics come
/// back as [`FrontendError::Source`] naming `file_name`.
pub fn run(file_name: &str, source: &str, args: &[String]) -> Result<Vec<u8>, FrontendError> {
    let clang = tools::clang()?;
    let dir = tempfile::Builder::new()
        .prefix("visabench-cl-")
        .tempdir()
        .map_err(|e| FrontendError::Scratch(e.to_string()))?;
    let base = FsPath::new(file_name)
        .file_name()
        .and_then(|n| n.to_str())
        .filter(|n| !n.is_empty() && *n != "-")
        .unwrap_or("input.cl");
    let input = dir.path().join(base);
    let output = dir.path().join("out.bc");
    std::fs::write(&input, source)
        .map_err(|e| FrontendError::Scratch(format!("{}: {e}", input.display())))?;
    let out = Command::new(&clang)
        .args(args)
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .output()
        .map_err(|e| FrontendError::Spawn {
            clang: clang.display().to_string(),
            message: e.to_string(),
        })?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        let scratch = input.display().to_string();
        let diagnostics: Vec<_> = crate::diag::parse(&stderr, &scratch, file_name)
            .into_iter()
            .filter(|d| d.severity == "error" || d.severity == "fatal error")
            .collect();
        if diagnostics.is_empty() {
            return Err(FrontendError::Clang {
                file: file_name.to_string(),
                status: out.status.to_string(),
                stderr: stderr.trim().replace(&scratch, file_name),
            });
        }
        return Err(FrontendError::Source {
            file: file_name.to_string(),
            diagnostics,
        });
    }
    if !stderr.trim().is_empty() {
        log::debug!("clang: {}", stderr.trim());
    }
    std::fs::read(&output).map_err(|e| FrontendError::Scratch(format!("{}: {e}", output.display())))
}
