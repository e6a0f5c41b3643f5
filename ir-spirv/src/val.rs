//! `spirv-val` (Debian's `spirv-tools`, installed by `scripts/setup`), where installed: its
//! verdict on a module comes before our translation. Without it only our own checks run.

use crate::SpirvError;
use std::process::Command;

/// The `spirv-val` executable, if on `PATH` (or named by `VISABENCH_SPIRV_VAL`).
pub fn spirv_val() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("VISABENCH_SPIRV_VAL") {
        return Some(p.into());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("spirv-val"))
        .find(|p| p.is_file())
}

/// Runs `spirv-val` on `bytes`; `Ok` when it accepts them or is not installed.
pub fn validate(bytes: &[u8]) -> Result<(), SpirvError> {
    let Some(exe) = spirv_val() else {
        return Ok(());
    };
    let dir = tempfile::Builder::new()
        .prefix("visabench-spv-")
        .tempdir()
        .map_err(|e| SpirvError::Validator(format!("scratch directory: {e}")))?;
    let file = dir.path().join("module.spv");
    std::fs::write(&file, bytes)
        .map_err(|e| SpirvError::Validator(format!("{}: {e}", file.display())))?;
    let out = Command::new(&exe)
        .arg(&file)
        .output()
        .map_err(|e| SpirvError::Validator(format!("cannot run {}: {e}", exe.display())))?;
    if out.status.success() {
        return Ok(());
    }
    let mut msg = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if msg.is_empty() {
        msg = String::from_utf8_lossy(&out.stdout).trim().to_string();
    }
    Err(SpirvError::Validator(
        msg.replace(&file.display().to_string(), "module.spv"),
    ))
}
