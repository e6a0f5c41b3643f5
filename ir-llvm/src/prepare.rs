//! The LLVM front half every LLVM-based path shares: OpenCL C → clang → LLVM module with the
//! builtin libraries linked, the kernels chosen and annotated, ready for a path's own
//! optimization and back end.
//!
//! What every path gets, and why:
//! * **`nvvm-reflect-ftz`** = 1 under `-cl-denorms-are-zero`: libdevice picks its
//!   flush-to-zero variants through NVVMReflect, so without the flag a path would compute
//!   with denormals the program said to flush.
//! * **`nvvm.reqntid`** from `reqd_work_group_size`: LLVM then knows the block size as NVIDIA's
//!   compiler does (ranges of the thread-id intrinsics). The `llvm` path also hands it to ptxas
//!   as `.reqntid`; the TGSI paths carry the block size as `CS_FIXED_BLOCK_*` properties, which
//!   the profile's `no-block-size` switch drops — the annotation only informs LLVM's passes.
//! * **The resolved-symbol check** ([`check_resolved`]) after the path's optimization: a call to
//!   a function no library defines is `Unsupported`, naming the builtin. The TGSI paths keep
//!   some libdevice declarations on purpose (they become TGSI instructions) and exempt them.
//!
//! What differs per path is the hook between linking libclc and libdevice
//! ([`FrontHalf::between_links`]: the TGSI paths rename the libdevice functions they map to
//! opcodes), line tables for error locations ([`FrontHalf::line_tables`]) and which library
//! computes the math builtins ([`FrontHalf::libdevice_math`], [`crate::math`]).

use crate::{link_builtins, LlvmError};
use inkwell::attributes::AttributeLoc;
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::values::{AsValueRef, BasicValue, InstructionOpcode};
use std::time::Instant;
use visabench_core::{BuildOptions, CompileRequest, KernelSignature, PathError};

/// How a path wants the front half.
#[derive(Default)]
pub struct FrontHalf<'a> {
    /// Keep only this kernel (`compile --kernel`); `None`: every kernel.
    pub only: Option<&'a str>,
    /// Compile with `-gline-tables-only`, so that later errors can name `file:line:col`.
    pub line_tables: bool,
    /// Runs after libclc is linked and before libdevice is.
    pub between_links: Option<&'a dyn Fn(&Module<'_>)>,
    /// Take OpenCL's scalar math builtins from libdevice instead of libclc ([`crate::math`]):
    /// those whose libdevice function (`sinf`, `pow`, …, without `__nv_`) this accepts.
    pub libdevice_math: Option<&'a dyn Fn(&str) -> bool>,
}

impl std::fmt::Debug for FrontHalf<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FrontHalf")
            .field("only", &self.only)
            .field("line_tables", &self.line_tables)
            .field("between_links", &self.between_links.is_some())
            .field("libdevice_math", &self.libdevice_math.is_some())
            .finish()
    }
}

/// The front half's product.
#[derive(Debug)]
pub struct Prepared<'ctx> {
    pub module: Module<'ctx>,
    /// The kept kernels' signatures, in source order.
    pub signatures: Vec<KernelSignature>,
    /// Seconds for clang and loading its bitcode.
    pub frontend_seconds: f64,
    /// Seconds for linking the builtin libraries.
    pub link_seconds: f64,
}

impl Prepared<'_> {
    /// The kept kernels' names.
    pub fn kernel_names(&self) -> Vec<String> {
        self.signatures.iter().map(|s| s.name.clone()).collect()
    }
}

/// Runs the front half of `req` for path `path` (which names it in errors).
pub fn prepare<'ctx>(
    ctx: &'ctx Context,
    req: &CompileRequest<'_>,
    path: &str,
    how: &FrontHalf<'_>,
) -> Result<Prepared<'ctx>, PathError> {
    let start = Instant::now();
    let mut options: BuildOptions = req.options.clone();
    if how.line_tables {
        options.flags.push("-gline-tables-only".into());
    }
    let req2 = CompileRequest {
        options: &options,
        ..req.clone()
    };
    let module = frontend_opencl::compile(ctx, &req2).map_err(|e| e.into_path_error(path))?;
    let mut signatures =
        frontend_opencl::kernel_signatures(&module).map_err(|e| e.into_path_error(path))?;
    if let Some(k) = how.only {
        if !signatures.iter().any(|s| s.name == k) {
            return Err(PathError::NoSuchKernel {
                name: k.into(),
                file: req.file_name.into(),
                available: signatures.into_iter().map(|s| s.name).collect(),
            });
        }
        signatures.retain(|s| s.name == k);
    }
    let frontend_seconds = start.elapsed().as_secs_f64();
    if req
        .options
        .flags
        .iter()
        .any(|f| f == "-cl-denorms-are-zero")
    {
        let one = ctx.i32_type().const_int(1, false);
        module.add_basic_value_flag(
            "nvvm-reflect-ftz",
            inkwell::module::FlagBehavior::Override,
            one,
        );
    }
    let start = Instant::now();
    let link = |libclc, libdevice| {
        link_builtins(&module, libclc, libdevice).map_err(|e| e.into_path_error(path))
    };
    if let Some(take) = how.libdevice_math {
        crate::math::divert(&module, take);
    }
    link(true, false)?;
    if let Some(hook) = how.between_links {
        hook(&module);
    }
    if how.libdevice_math.is_some() {
        crate::math::restore(&module).map_err(|e| e.into_path_error(path))?;
    }
    link(false, true)?;
    annotate_work_group_sizes(&module, &signatures);
    Ok(Prepared {
        module,
        signatures,
        frontend_seconds,
        link_seconds: start.elapsed().as_secs_f64(),
    })
}

/// `reqd_work_group_size(x, y, z)` becomes the NVPTX attribute `nvvm.reqntid` (PTX
/// `.reqntid x, y, z`), as NVIDIA's compiler would tell ptxas.
fn annotate_work_group_sizes(module: &Module<'_>, signatures: &[KernelSignature]) {
    let ctx = module.get_context();
    for sig in signatures {
        if let (Some([x, y, z]), Some(f)) =
            (sig.reqd_work_group_size, module.get_function(&sig.name))
        {
            let a = ctx.create_string_attribute("nvvm.reqntid", &format!("{x},{y},{z}"));
            f.add_attribute(AttributeLoc::Function, a);
        }
    }
}

/// Every function still called must be defined, be an intrinsic, or be `allowed` (a path's
/// own deliberate declarations).
pub fn check_resolved(
    module: &Module<'_>,
    allowed: &dyn Fn(&str) -> bool,
) -> Result<(), LlvmError> {
    for f in module.get_functions() {
        let name = f.get_name().to_string_lossy().into_owned();
        if f.count_basic_blocks() > 0
            || name.starts_with("llvm.")
            || f.get_intrinsic_id() != 0
            || allowed(&name)
        {
            continue;
        }
        if f.as_global_value()
            .as_pointer_value()
            .get_first_use()
            .is_none()
        {
            continue;
        }
        let caller = module
            .get_functions()
            .find(|g| {
                g.get_basic_block_iter().any(|bb| {
                    bb.get_instructions().any(|i| {
                        i.get_opcode() == InstructionOpcode::Call
                            && i.get_operand(i.get_num_operands() - 1)
                                .and_then(|o| o.value())
                                .is_some_and(|v| v.as_value_ref() == f.as_value_ref())
                    })
                })
            })
            .map(|g| g.get_name().to_string_lossy().into_owned())
            .unwrap_or_else(|| "?".into());
        return Err(LlvmError::Unresolved {
            function: name,
            caller,
        });
    }
    Ok(())
}
