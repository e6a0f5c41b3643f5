//! The `llvm` path (the study's "Trillium" design): OpenCL C → clang → LLVM IR → LLVM's
//! NVPTX back end → PTX, which NVIDIA's OpenCL loads with `clCreateProgramWithBinary`.
//!
//! Steps, each reusable by other paths:
//! 1–2. [`prepare`], the front half every LLVM-based path shares: [`frontend_opencl::compile`]
//!    (clang 22, no LLVM passes yet), the kernels chosen, `nvvm-reflect-ftz` = 1 under
//!    `-cl-denorms-are-zero`, [`link_builtins`] (only the needed parts of our 64-bit atomics,
//!    libclc and libdevice) and the work-group-size annotations (see [`prepare`]'s module doc
//!    for why each path gets what it gets).
//! 3. [`optimize`]: internalize all but the kernels, `default<O3>` with an NVPTX target
//!    machine (NVVMReflect resolves libdevice's `__nvvm_reflect`), then [`check_resolved`].
//! 4. [`emit_ptx`]: LLVM's NVPTX back end for `Target { sm, ptx_isa }`. The triple
//!    `nvptx64-nvidia-nvcl` makes kernel pointer parameters `.ptr .global`/`.ptr .shared`.
//!
//! Stages: `llvm` (the optimized module's IR; its time covers steps 1–3) and `ptx`.

mod builtins;
mod link;
pub mod math;
mod optimize;
pub mod prepare;

pub use link::link_builtins;
pub use optimize::{emit_ptx, features, internalize, optimize, target_machine};
pub use prepare::{check_resolved, prepare, FrontHalf, Prepared};

use inkwell::context::Context;
use std::time::Instant;
use thiserror::Error;
use visabench_core::{
    tools::ToolError, ArtifactKind, CompileRequest, Compiled, Path, PathError, Stage,
};

/// Failures of the LLVM steps after the frontend.
#[derive(Debug, Error)]
pub enum LlvmError {
    /// A builtin library could not be found.
    #[error(transparent)]
    Tool(#[from] ToolError),
    /// A builtin library could not be read.
    #[error("{what} ({path}): {message}")]
    Library {
        what: &'static str,
        path: String,
        message: String,
    },
    /// A builtin library failed to load earlier in this process.
    #[error("{0}")]
    Cached(String),
    /// The IR linker failed.
    #[error("linking {what}: {message}")]
    Link { what: &'static str, message: String },
    /// The NVPTX target machine could not be created.
    #[error("NVPTX target machine (cpu {cpu}, features {features}): {message}")]
    TargetMachine {
        cpu: String,
        features: String,
        message: String,
    },
    /// The optimization pipeline failed.
    #[error("optimization pipeline: {0}")]
    Passes(String),
    /// The optimized module is invalid.
    #[error("module verifier: {0}")]
    Verify(String),
    /// A function is called but no library defines it.
    #[error("`{caller}` calls `{function}`, which no builtin library defines")]
    Unresolved { function: String, caller: String },
    /// The NVPTX back end failed.
    #[error("PTX emission: {0}")]
    Emit(String),
    /// A bug in this crate.
    #[error("internal error: {0}")]
    Internal(String),
}

impl LlvmError {
    /// The error as a [`PathError`] of path `path`.
    pub fn into_path_error(self, path: &str) -> PathError {
        let stage = match &self {
            LlvmError::Emit(_) => "ptx",
            _ => "llvm",
        };
        match self {
            LlvmError::Unresolved { function, caller } => PathError::Unsupported {
                path: path.into(),
                kernel: caller,
                construct: format!("builtin `{function}` (no library defines it)"),
                location: None,
            },
            other => PathError::Stage {
                path: path.into(),
                stage: stage.into(),
                message: other.to_string(),
            },
        }
    }
}

impl From<LlvmError> for PathError {
    fn from(e: LlvmError) -> Self {
        e.into_path_error("llvm")
    }
}

/// Seconds spent in each step of one compilation.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Timings {
    /// clang and loading its bitcode.
    pub frontend: f64,
    /// Linking the builtin libraries.
    pub link: f64,
    /// Internalizing and `default<O3>`.
    pub optimize: f64,
    /// NVPTX code generation.
    pub emit: f64,
}

/// The `llvm` path.
#[derive(Debug, Default, Clone, Copy)]
pub struct LlvmPath;

/// Compiles `req` along the `llvm` path; with `only`, the PTX holds just that kernel
/// ([`PathError::NoSuchKernel`] if the program has none of that name). Returns the per-step
/// times too.
pub fn compile_timed(
    req: &CompileRequest<'_>,
    only: Option<&str>,
) -> Result<(Compiled, Timings), PathError> {
    compile_variant(req, only, "llvm", false)
}

/// [`compile_timed`] for the path named `path`, with the math builtins from libdevice when
/// `libdevice_math` ([`FrontHalf::libdevice_math`]).
fn compile_variant(
    req: &CompileRequest<'_>,
    only: Option<&str>,
    path: &str,
    libdevice_math: bool,
) -> Result<(Compiled, Timings), PathError> {
    let mut t = Timings::default();
    let ctx = Context::create();
    let all: &dyn Fn(&str) -> bool = &|_| true;
    let how = FrontHalf {
        only,
        libdevice_math: libdevice_math.then_some(all),
        ..FrontHalf::default()
    };
    let Prepared {
        module,
        signatures,
        frontend_seconds,
        link_seconds,
    } = prepare(&ctx, req, path, &how)?;
    t.frontend = frontend_seconds;
    t.link = link_seconds;
    let keep: Vec<String> = signatures.into_iter().map(|s| s.name).collect();
    let step = Instant::now();
    optimize(&module, &req.target, &keep).map_err(|e| e.into_path_error(path))?;
    let llvm_text = module.print_to_string().to_string();
    t.optimize = step.elapsed().as_secs_f64();
    let step = Instant::now();
    let ptx = emit_ptx(&module, &req.target).map_err(|e| e.into_path_error(path))?;
    t.emit = step.elapsed().as_secs_f64();
    let compiled = Compiled {
        kind: ArtifactKind::Ptx,
        artifact: ptx.clone(),
        build_options: String::new(),
        stages: vec![
            Stage {
                name: "llvm".into(),
                text: llvm_text,
                seconds: t.frontend + t.link + t.optimize,
            },
            Stage {
                name: "ptx".into(),
                text: ptx,
                seconds: t.emit,
            },
        ],
    };
    Ok((compiled, t))
}

/// [`compile_timed`] without the step times.
pub fn compile_kernels(
    req: &CompileRequest<'_>,
    only: Option<&str>,
) -> Result<Compiled, PathError> {
    compile_timed(req, only).map(|(c, _)| c)
}

impl Path for LlvmPath {
    fn name(&self) -> &str {
        "llvm"
    }
    fn description(&self) -> &str {
        "clang → LLVM IR (+ libclc, libdevice) → O3 → LLVM NVPTX back end → PTX (the study's Trillium path)"
    }
    fn hands(&self) -> ArtifactKind {
        ArtifactKind::Ptx
    }
    fn stages(&self) -> Vec<&'static str> {
        vec!["llvm", "ptx"]
    }
    fn compile(&self, req: &CompileRequest<'_>) -> Result<Compiled, PathError> {
        compile_kernels(req, None)
    }
    fn compile_kernel(
        &self,
        req: &CompileRequest<'_>,
        kernel: &str,
    ) -> Result<Compiled, PathError> {
        compile_kernels(req, Some(kernel))
    }
    fn selects_kernels(&self) -> bool {
        true
    }
    /// `llvm@libdevice-math`: OpenCL's scalar math builtins from libdevice instead of libclc
    /// ([`math`]), the math library NVIDIA's own compiler uses.
    fn with_profile(&self, profile: &str) -> Result<Box<dyn Path>, visabench_core::ProfileRefused> {
        match profile {
            LIBDEVICE_MATH => Ok(Box::new(LlvmLibdeviceMath)),
            _ => Err(visabench_core::ProfileRefused::Invalid {
                path: "llvm".into(),
                message: format!("unknown llvm profile `{profile}` (profiles: {LIBDEVICE_MATH})"),
            }),
        }
    }
}

/// The one profile of the `llvm` path.
const LIBDEVICE_MATH: &str = "libdevice-math";

/// `llvm@libdevice-math`: the `llvm` path with the math builtins from libdevice.
#[derive(Debug, Default, Clone, Copy)]
pub struct LlvmLibdeviceMath;

impl Path for LlvmLibdeviceMath {
    fn name(&self) -> &str {
        "llvm@libdevice-math"
    }
    fn description(&self) -> &str {
        "the llvm path with OpenCL's scalar math builtins from libdevice instead of libclc"
    }
    fn hands(&self) -> ArtifactKind {
        ArtifactKind::Ptx
    }
    fn stages(&self) -> Vec<&'static str> {
        vec!["llvm", "ptx"]
    }
    fn compile(&self, req: &CompileRequest<'_>) -> Result<Compiled, PathError> {
        compile_variant(req, None, self.name(), true).map(|(c, _)| c)
    }
    fn compile_kernel(
        &self,
        req: &CompileRequest<'_>,
        kernel: &str,
    ) -> Result<Compiled, PathError> {
        compile_variant(req, Some(kernel), self.name(), true).map(|(c, _)| c)
    }
    fn selects_kernels(&self) -> bool {
        true
    }
}
