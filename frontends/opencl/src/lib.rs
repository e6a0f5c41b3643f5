//! OpenCL C frontend: OpenCL C text → LLVM module for `nvptx64-nvidia-nvcl`, plus the kernel
//! signatures the harness binds arguments from.
//!
//! clang 22 runs as a subprocess (`-x cl -cl-std=CL1.2 -target nvptx64-nvidia-nvcl
//! -cl-kernel-arg-info -emit-llvm -O3 -Xclang -disable-llvm-passes`); its bitcode is parsed
//! in-process with inkwell. No LLVM pass runs here: the path links the builtin libraries
//! first and optimizes afterwards. Because passes are disabled clang marks every function
//! `noinline`; [`compile`] removes `noinline` and `optnone` so the later `O3` inlines freely.
//!
//! clang 22 emits each kernel `k` as a `ptx_kernel` wrapper that calls
//! `__clang_ocl_kern_imp_k`; both carry the `!kernel_arg_*` metadata, the wrapper is the entry
//! point (see [`kernel_names`]).
//!
//! In that metadata, address spaces use OpenCL's logical numbers (0 private, 1 global,
//! 2 constant, 3 local, 4 generic); in the IR itself constant memory is `addrspace(4)`.
//! Structs passed by value arrive as `ptr byval(%struct.T)`; their size is `T`'s ABI size.

mod clang;
mod diag;
mod metadata;
mod signature;

pub use clang::{clang_args, run as run_clang, DEFAULT_CL_STD, TRIPLE};
pub use signature::{kernel_names, kernels, signature, KERNEL_BODY_PREFIX, PTX_KERNEL_CC};

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::Module;
use thiserror::Error;
use visabench_core::{tools::ToolError, CompileRequest, Diagnostic, KernelSignature, PathError};

/// Why the frontend could not produce a module.
#[derive(Debug, Error)]
pub enum FrontendError {
    /// clang rejected the source; the diagnostics carry file, line and column.
    #[error("{file}: compilation failed\n{}", .diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Source {
        file: String,
        diagnostics: Vec<Diagnostic>,
    },
    /// clang failed without a located diagnostic (a bad option, a crash).
    #[error("{file}: clang failed ({status}): {stderr}")]
    Clang {
        file: String,
        status: String,
        stderr: String,
    },
    /// clang could not be found.
    #[error(transparent)]
    Tool(#[from] ToolError),
    /// clang could not be started.
    #[error("cannot run {clang}: {message}")]
    Spawn { clang: String, message: String },
    /// The source file could not be read.
    #[error("cannot read {file}: {message}")]
    Read { file: String, message: String },
    /// Scratch files could not be written or read back.
    #[error("scratch file: {0}")]
    Scratch(String),
    /// clang's bitcode did not load.
    #[error("{file}: cannot load clang's bitcode: {message}")]
    Bitcode { file: String, message: String },
    /// A kernel's argument metadata is missing or malformed.
    #[error("kernel `{kernel}`: {message}")]
    Metadata { kernel: String, message: String },
}

impl FrontendError {
    /// The error as a [`PathError`] of path `path`: clang's diagnostics stay
    /// [`PathError::Source`], everything else becomes a failure of stage `clang`.
    pub fn into_path_error(self, path: &str) -> PathError {
        match self {
            FrontendError::Source { file, diagnostics } => PathError::Source { file, diagnostics },
            other => PathError::Stage {
                path: path.to_string(),
                stage: "clang".into(),
                message: other.to_string(),
            },
        }
    }
}

impl From<FrontendError> for PathError {
    fn from(e: FrontendError) -> Self {
        e.into_path_error("frontend-opencl")
    }
}

/// Reads an OpenCL C source file (`-` reads standard input).
pub fn read_source(file: &str) -> Result<String, FrontendError> {
    use std::io::Read;
    let mut s = String::new();
    let r = if file == "-" {
        std::io::stdin().read_to_string(&mut s).map(|_| ())
    } else {
        std::fs::read_to_string(file).map(|t| s = t)
    };
    r.map_err(|e| FrontendError::Read {
        file: if file == "-" {
            "<stdin>".into()
        } else {
            file.to_string()
        },
        message: e.to_string(),
    })?;
    Ok(s)
}

/// Compiles one OpenCL C program to an unoptimized LLVM module in `ctx`.
pub fn compile<'ctx>(
    ctx: &'ctx Context,
    req: &CompileRequest<'_>,
) -> Result<Module<'ctx>, FrontendError> {
    let bitcode = clang::to_bitcode(req.file_name, req.source, req.options)?;
    let buffer = MemoryBuffer::create_from_memory_range_copy(&bitcode, req.file_name);
    let module =
        Module::parse_bitcode_from_buffer(&buffer, ctx).map_err(|e| FrontendError::Bitcode {
            file: req.file_name.to_string(),
            message: e.to_string(),
        })?;
    module.set_name(req.file_name);
    module.set_source_file_name(req.file_name);
    let noinline = Attribute::get_named_enum_kind_id("noinline");
    let optnone = Attribute::get_named_enum_kind_id("optnone");
    for f in module.get_functions() {
        f.remove_enum_attribute(AttributeLoc::Function, optnone);
        f.remove_enum_attribute(AttributeLoc::Function, noinline);
    }
    // Call sites carry `noinline` too when clang disables passes.
    for f in module.get_functions() {
        for bb in f.get_basic_block_iter() {
            for inst in bb.get_instructions() {
                if let Ok(call) = inkwell::values::CallSiteValue::try_from(inst) {
                    call.remove_enum_attribute(AttributeLoc::Function, noinline);
                }
            }
        }
    }
    Ok(module)
}

/// The signatures of every kernel in `module` (a module made by [`compile`]), in definition
/// order.
pub fn kernel_signatures(module: &Module<'_>) -> Result<Vec<KernelSignature>, FrontendError> {
    kernels(module)
        .into_iter()
        .map(|f| signature(module, f))
        .collect()
}

/// Compiles `req` in a fresh context and returns its kernel signatures.
pub fn signatures_of(req: &CompileRequest<'_>) -> Result<Vec<KernelSignature>, FrontendError> {
    let ctx = Context::create();
    let module = compile(&ctx, req)?;
    kernel_signatures(&module)
}
