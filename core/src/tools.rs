//! Locating the external tools and libraries the compile side needs.
//!
//! Each is looked up in order: an environment variable, the project's own tool folder
//! (`.tools/`, filled by `scripts/setup`), then the usual system places. A missing tool is an
//! error that says how to install it; a variable naming a file that does not exist is an error
//! too (it is not passed over for another copy).

use std::path::{Path as FsPath, PathBuf};
use thiserror::Error;

/// A tool or library that could not be found.
#[derive(Debug, Error)]
#[error("{what} not found (looked in: {}); {hint}", .looked.join(", "))]
pub struct ToolError {
    pub what: &'static str,
    pub looked: Vec<String>,
    pub hint: &'static str,
}

/// The project's root: `VISABENCH_HOME`, else the source tree this binary was built from.
pub fn project_root() -> PathBuf {
    if let Some(h) = std::env::var_os("VISABENCH_HOME") {
        return PathBuf::from(h);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(FsPath::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn first_existing(
    what: &'static str,
    var: &str,
    candidates: Vec<PathBuf>,
    hint: &'static str,
) -> Result<PathBuf, ToolError> {
    let mut looked = Vec::new();
    if let Some(p) = std::env::var_os(var) {
        let p = PathBuf::from(p);
        if p.exists() {
            return Ok(p);
        }
        // An explicit choice that is wrong is an error, not a reason to take another one.
        return Err(ToolError {
            what,
            looked: vec![format!("${var}={} (no such file)", p.display())],
            hint: "fix or unset the variable (unset, the usual places are searched)",
        });
    }
    looked.push(format!("${var}"));
    for c in candidates {
        if c.exists() {
            return Ok(c);
        }
        looked.push(c.display().to_string());
    }
    Err(ToolError { what, looked, hint })
}

fn nvidia_wheel_dirs() -> Vec<PathBuf> {
    let mut v = vec![project_root().join(".tools/nvidia/nvidia/cu13")];
    for py in ["/usr/local/lib", "/usr/lib"] {
        if let Ok(rd) = std::fs::read_dir(py) {
            for e in rd.flatten() {
                v.push(e.path().join("site-packages/nvidia/cu13"));
                v.push(e.path().join("dist-packages/nvidia/cu13"));
            }
        }
    }
    v
}

fn in_path(name: &str) -> Vec<PathBuf> {
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).map(|d| d.join(name)).collect())
        .unwrap_or_default()
}

/// `ptxas`, NVIDIA's PTX assembler (for checking PTX without a GPU).
pub fn ptxas() -> Result<PathBuf, ToolError> {
    let mut c: Vec<PathBuf> = nvidia_wheel_dirs()
        .into_iter()
        .map(|d| d.join("bin/ptxas"))
        .collect();
    c.push("/usr/local/cuda/bin/ptxas".into());
    c.extend(in_path("ptxas"));
    first_existing(
        "ptxas",
        "VISABENCH_PTXAS",
        c,
        "run scripts/setup (installs the nvidia-cuda-nvcc wheel into .tools/)",
    )
}

/// `nvdisasm`, for SASS inspection.
pub fn nvdisasm() -> Result<PathBuf, ToolError> {
    let mut c: Vec<PathBuf> = nvidia_wheel_dirs()
        .into_iter()
        .map(|d| d.join("bin/nvdisasm"))
        .collect();
    c.push("/usr/local/cuda/bin/nvdisasm".into());
    c.extend(in_path("nvdisasm"));
    first_existing(
        "nvdisasm",
        "VISABENCH_NVDISASM",
        c,
        "run scripts/setup (installs the nvidia-cuda-nvdisasm wheel into .tools/)",
    )
}

/// NVIDIA's libdevice bitcode.
pub fn libdevice() -> Result<PathBuf, ToolError> {
    let mut c: Vec<PathBuf> = nvidia_wheel_dirs()
        .into_iter()
        .map(|d| d.join("nvvm/libdevice/libdevice.10.bc"))
        .collect();
    c.push("/usr/local/cuda/nvvm/libdevice/libdevice.10.bc".into());
    first_existing(
        "libdevice",
        "VISABENCH_LIBDEVICE",
        c,
        "run scripts/setup (installs the nvidia-nvvm wheel into .tools/)",
    )
}

/// libclc's OpenCL builtins for NVPTX.
pub fn libclc() -> Result<PathBuf, ToolError> {
    first_existing(
        "libclc (nvptx64--nvidiacl.bc)",
        "VISABENCH_LIBCLC",
        vec![
            "/usr/lib/clc/nvptx64--nvidiacl.bc".into(),
            "/usr/lib/llvm-22/lib/clc/nvptx64--nvidiacl.bc".into(),
        ],
        "apt-get install libclc-22 (or run scripts/setup)",
    )
}

/// clang 22.
pub fn clang() -> Result<PathBuf, ToolError> {
    let mut c: Vec<PathBuf> = vec![
        "/usr/lib/llvm-22/bin/clang".into(),
        "/usr/bin/clang-22".into(),
    ];
    c.extend(in_path("clang-22"));
    first_existing(
        "clang 22",
        "VISABENCH_CLANG",
        c,
        "apt-get install clang-22 (or run scripts/setup)",
    )
}
