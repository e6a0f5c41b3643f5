//! SPIR-V, the fourth IR, and the `spirv` path: OpenCL C → clang 22 (`-target spirv64`, its
//! in-tree SPIR-V back end) → SPIR-V → our reader ([`Module::load`]: rspirv's data
//! representation plus [`check`], what this path supports) → our translator to LLVM IR
//! ([`translate`]) → the `llvm` path's finisher (libclc and libdevice linked by
//! [`ir_llvm::link_builtins`], [`ir_llvm::optimize`]'s internalize + `default<O3>` + the
//! resolved-symbol check, [`ir_llvm::emit_ptx`]) → PTX.
//!
//! Because the finisher is the `llvm` path's, `spirv` vs `llvm` isolates what the SPIR-V hop
//! loses: TBAA and alias metadata, loop metadata, fast-math flags, builtins as variables,
//! address-space casts (see [`translate`]'s module doc).
//!
//! **The frontend's optimization level.** A SPIR-V consumer (a driver, rusticl, chipStar)
//! receives SPIR-V that the application compiled ahead of time, and that compile optimizes:
//! the SPIR-V is what ships. So clang runs at `-O2` (its default optimization for
//! device code) before emitting SPIR-V, and the driver side (here: our translator, then O3)
//! optimizes again. The `llvm` path instead hands unoptimized IR to one O3 after linking;
//! the difference is part of what the comparison measures.
//!
//! **Input.** OpenCL C, or a SPIR-V binary (`visabench compile k.spv --path spirv`, via
//! [`visabench_core::Path::compile_binary`]), so that SPIR-V from other compilers can be
//! measured. A binary must be an OpenCL kernel module: `Kernel` capability, `Physical64`
//! addressing, `OpenCL` memory model.
//!
//! **Errors.** A construct the path lacks (a `Shader`/`GLCompute` module, images, pipes, a
//! capability not in [`check::capability_supported`]) is [`PathError::Unsupported`] naming
//! it and its word offset; malformed SPIR-V is an error with the offset (ours, rspirv's, or
//! `spirv-val`'s message where `spirv-val` is installed). Never a panic: the reader is fuzzed
//! (`tests/fuzz.rs`).
//!
//! **Verification without a GPU.** The PTX passes `ptxas` for every workload
//! (`paths/tests/conformance.rs`, by registration), and its kernels take the `llvm` path's
//! parameters (`tests/abi.rs`). Correctness on the CPU: the TGSI interpreter is the oracle of
//! the translator's LLVM IR — each workload's SPIR-V, translated and linked, is lowered by the
//! `tgsi` path's lowering (`backend_llvm_tgsi::lower_module`) and run at `tiny` on the
//! interpreter against the workload's CPU reference (`tests/interp.rs`). We chose it over PoCL
//! because the interpreter takes our LLVM module itself (PoCL would take the SPIR-V and check
//! its compiler, not our translator), and because the lowering is itself verified on every
//! workload from clang's IR, so a wrong result points at the SPIR-V hop. It cannot check what
//! TGSI cannot express (64-bit atomics: `atomics64`), nor the NVPTX back end, which the GPU run
//! checks.

pub mod check;
mod mangle;
pub mod module;
pub mod translate;
pub mod val;

pub use module::{is_spirv, Module};

use inkwell::context::Context;
use std::time::Instant;
use thiserror::Error;
use visabench_core::{
    ArtifactKind, BuildOptions, CompileRequest, Compiled, Path, PathError, Stage, Target,
};

/// The path's name.
pub const NAME: &str = "spirv";
/// The triple clang emits SPIR-V for.
pub const SPIRV_TRIPLE: &str = "spirv64";
/// clang's optimization level before emitting SPIR-V (see the crate doc).
pub const FRONTEND_OPT: &str = "-O2";

/// Why SPIR-V could not be read or translated.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum SpirvError {
    /// The binary is not valid SPIR-V.
    #[error("malformed SPIR-V at word {offset}: {message}")]
    Malformed { offset: usize, message: String },
    /// Valid SPIR-V using something this path does not support.
    #[error("{construct} (word {offset})")]
    Unsupported { construct: String, offset: usize },
    /// `spirv-val` rejected the module.
    #[error("spirv-val: {0}")]
    Validator(String),
    /// LLVM refused what the translator built.
    #[error("translation at word {offset}: {message}")]
    Translate { offset: usize, message: String },
}

impl SpirvError {
    /// The error as a [`PathError`] for `file` (kernel `kernel` where known).
    pub fn into_path_error(self, file: &str, kernel: &str) -> PathError {
        match self {
            SpirvError::Unsupported { construct, offset } => PathError::Unsupported {
                path: NAME.into(),
                kernel: kernel.into(),
                construct,
                location: Some(format!("{file}: SPIR-V word {offset}")),
            },
            other => PathError::Stage {
                path: NAME.into(),
                stage: "spirv".into(),
                message: format!("{file}: {other}"),
            },
        }
    }
}

/// clang's arguments for SPIR-V: the frontend's own ([`frontend_opencl::clang_args`]) with
/// the target `spirv64`, an object file instead of LLVM IR, and LLVM's passes on at
/// [`FRONTEND_OPT`].
pub fn clang_args(options: &BuildOptions, file_name: &str) -> Vec<String> {
    let base = frontend_opencl::clang_args(options, file_name);
    let mut out = Vec::with_capacity(base.len());
    let mut i = 0;
    while i < base.len() {
        let a = base[i].as_str();
        match a {
            "-emit-llvm" | "-cl-kernel-arg-info" => {}
            "-O3" => out.push(FRONTEND_OPT.to_string()),
            "-Xclang" if base.get(i + 1).map(String::as_str) == Some("-disable-llvm-passes") => {
                i += 1;
            }
            _ if a == frontend_opencl::TRIPLE => out.push(SPIRV_TRIPLE.into()),
            _ => out.push(a.to_string()),
        }
        i += 1;
    }
    out
}

/// OpenCL C → SPIR-V binary with clang.
pub fn to_spirv(req: &CompileRequest<'_>) -> Result<Vec<u8>, PathError> {
    frontend_opencl::run_clang(
        req.file_name,
        req.source,
        &clang_args(req.options, req.file_name),
    )
    .map_err(|e| e.into_path_error(NAME))
}

/// Compiles a SPIR-V binary to PTX; `spirv_seconds` is what making the binary took (0 for a
/// given binary). `denorms_are_zero`: `-cl-denorms-are-zero` was given.
pub fn compile_spirv(
    file_name: &str,
    bytes: &[u8],
    target: Target,
    denorms_are_zero: bool,
    spirv_seconds: f64,
) -> Result<Compiled, PathError> {
    compile_spirv_kernels(
        file_name,
        bytes,
        target,
        denorms_are_zero,
        spirv_seconds,
        None,
    )
}

/// [`compile_spirv`], keeping only kernel `only` when given ([`PathError::NoSuchKernel`] if the
/// module has no entry point of that name): the others are internalized and dropped by O3.
pub fn compile_spirv_kernels(
    file_name: &str,
    bytes: &[u8],
    target: Target,
    denorms_are_zero: bool,
    spirv_seconds: f64,
    only: Option<&str>,
) -> Result<Compiled, PathError> {
    let start = Instant::now();
    let m = Module::load(bytes).map_err(|e| e.into_path_error(file_name, "<module>"))?;
    let kernel = m.kernel_names().join(",");
    if let Some(k) = only {
        if !m.kernel_names().iter().any(|n| n == k) {
            return Err(PathError::NoSuchKernel {
                name: k.into(),
                file: file_name.into(),
                available: m.kernel_names(),
            });
        }
    }
    let err = |e: SpirvError| e.into_path_error(file_name, &kernel);
    val::validate(bytes).map_err(err)?;
    let text = m.disassemble();
    let spirv_seconds = spirv_seconds + start.elapsed().as_secs_f64();

    let start = Instant::now();
    let ctx = Context::create();
    let tm = ir_llvm::target_machine(frontend_opencl::TRIPLE, &target)
        .map_err(|e| e.into_path_error(NAME))?;
    let dl = tm.get_target_data().get_data_layout();
    let t = translate::translate(&ctx, &m, file_name, frontend_opencl::TRIPLE, &dl).map_err(err)?;
    let module = t.module;
    module.verify().map_err(|e| {
        err(SpirvError::Translate {
            offset: 0,
            message: format!("LLVM verifier: {}", e.to_string().trim()),
        })
    })?;
    if denorms_are_zero {
        module.add_basic_value_flag(
            "nvvm-reflect-ftz",
            inkwell::module::FlagBehavior::Override,
            ctx.i32_type().const_int(1, false),
        );
    }
    ir_llvm::link_builtins(&module, true, true).map_err(|e| e.into_path_error(NAME))?;
    let keep: Vec<String> = match only {
        Some(k) => vec![k.to_string()],
        None => t.kernels.clone(),
    };
    for name in t.kernels.iter().filter(|n| !keep.contains(n)) {
        // Another kernel: an ordinary function, so that internalizing and O3 drop it.
        if let Some(f) = module.get_function(name) {
            f.set_call_conventions(0);
        }
    }
    ir_llvm::optimize(&module, &target, &keep).map_err(|e| e.into_path_error(NAME))?;
    let llvm_text = module.print_to_string().to_string();
    let llvm_seconds = start.elapsed().as_secs_f64();

    let start = Instant::now();
    let ptx = ir_llvm::emit_ptx(&module, &target).map_err(|e| e.into_path_error(NAME))?;
    Ok(Compiled {
        kind: ArtifactKind::Ptx,
        artifact: ptx.clone(),
        build_options: String::new(),
        stages: vec![
            Stage {
                name: "spirv".into(),
                text,
                seconds: spirv_seconds,
            },
            Stage {
                name: "llvm".into(),
                text: llvm_text,
                seconds: llvm_seconds,
            },
            Stage {
                name: "ptx".into(),
                text: ptx,
                seconds: start.elapsed().as_secs_f64(),
            },
        ],
    })
}

/// The `spirv` path.
#[derive(Debug, Default, Clone, Copy)]
pub struct SpirvPath;

impl Path for SpirvPath {
    fn name(&self) -> &str {
        NAME
    }
    fn description(&self) -> &str {
        "clang -O2 → SPIR-V (rspirv) → our SPIR-V→LLVM translator → the llvm path's O3 + NVPTX → PTX"
    }
    fn hands(&self) -> ArtifactKind {
        ArtifactKind::Ptx
    }
    fn stages(&self) -> Vec<&'static str> {
        vec!["spirv", "llvm", "ptx"]
    }
    fn compile(&self, req: &CompileRequest<'_>) -> Result<Compiled, PathError> {
        compile_request(req, None)
    }
    fn compile_kernel(
        &self,
        req: &CompileRequest<'_>,
        kernel: &str,
    ) -> Result<Compiled, PathError> {
        compile_request(req, Some(kernel))
    }
    fn selects_kernels(&self) -> bool {
        true
    }
    fn compile_binary(
        &self,
        file_name: &str,
        bytes: &[u8],
        target: Target,
    ) -> Option<Result<Compiled, PathError>> {
        is_spirv(bytes).then(|| compile_spirv(file_name, bytes, target, false, 0.0))
    }
}

/// OpenCL C along the path, keeping only kernel `only` when given.
fn compile_request(req: &CompileRequest<'_>, only: Option<&str>) -> Result<Compiled, PathError> {
    let start = Instant::now();
    let bytes = to_spirv(req)?;
    let ftz = req
        .options
        .flags
        .iter()
        .any(|f| f == "-cl-denorms-are-zero");
    compile_spirv_kernels(
        req.file_name,
        &bytes,
        req.target,
        ftz,
        start.elapsed().as_secs_f64(),
        only,
    )
}
