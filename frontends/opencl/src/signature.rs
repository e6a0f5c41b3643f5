//! Kernel signatures from clang's `!kernel_arg_*` metadata and the module's data layout.

use crate::metadata::{function_node, Operand};
use crate::FrontendError;
use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::module::Module;
use inkwell::targets::TargetData;
use inkwell::types::{AnyType, AnyTypeEnum, BasicTypeEnum};
use inkwell::values::FunctionValue;
use visabench_core::{AddressSpace, ArgKind, KernelArg, KernelSignature};

/// LLVM's calling convention number for `ptx_kernel` (`CallingConv::PTX_Kernel`).
pub const PTX_KERNEL_CC: u32 = 71;

/// The name clang 22 gives the body of kernel `k` (the kernel itself becomes a wrapper that
/// calls it).
pub const KERNEL_BODY_PREFIX: &str = "__clang_ocl_kern_imp_";

/// The kernel entry points of `module`, in definition order.
pub fn kernels<'ctx>(module: &Module<'ctx>) -> Vec<FunctionValue<'ctx>> {
    module
        .get_functions()
        .filter(|f| f.get_call_conventions() == PTX_KERNEL_CC && f.count_basic_blocks() > 0)
        .collect()
}

/// The kernel names of `module`, in definition order.
pub fn kernel_names(module: &Module<'_>) -> Vec<String> {
    kernels(module)
        .into_iter()
        .map(|f| f.get_name().to_string_lossy().into_owned())
        .collect()
}

fn strings(
    module: &Module<'_>,
    f: FunctionValue<'_>,
    kernel: &str,
    kind: &str,
    n: usize,
) -> Result<Vec<String>, FrontendError> {
    let node = function_node(module, f, kind).ok_or_else(|| FrontendError::Metadata {
        kernel: kernel.to_string(),
        message: format!(
            "no `!{kind}` metadata (was the module compiled with -cl-kernel-arg-info?)"
        ),
    })?;
    if node.len() != n {
        return Err(FrontendError::Metadata {
            kernel: kernel.to_string(),
            message: format!("`!{kind}` has {} entries for {n} parameters", node.len()),
        });
    }
    node.into_iter()
        .map(|o| match o {
            Operand::Str(s) => Ok(s),
            Operand::Int(i) => Ok(i.to_string()),
            Operand::Other => Err(FrontendError::Metadata {
                kernel: kernel.to_string(),
                message: format!(
                    "`!{kind}` holds an operand that is neither a string nor an integer"
                ),
            }),
        })
        .collect()
}

fn space(n: &str) -> Option<AddressSpace> {
    // OpenCL's logical numbering, as clang writes it into `!kernel_arg_addr_space`.
    match n {
        "0" => Some(AddressSpace::Private),
        "1" => Some(AddressSpace::Global),
        "2" => Some(AddressSpace::Constant),
        "3" => Some(AddressSpace::Local),
        "4" => Some(AddressSpace::Generic),
        _ => None,
    }
}

fn sized(td: &TargetData, t: &AnyTypeEnum<'_>) -> Option<(u32, u32, bool)> {
    let b = BasicTypeEnum::try_from(*t).ok()?;
    let is_struct = matches!(
        b,
        BasicTypeEnum::StructType(_) | BasicTypeEnum::ArrayType(_)
    );
    Some((
        td.get_abi_size(&b) as u32,
        td.get_abi_alignment(&b),
        is_struct,
    ))
}

/// The signature of one kernel function.
pub fn signature(
    module: &Module<'_>,
    f: FunctionValue<'_>,
) -> Result<KernelSignature, FrontendError> {
    let name = f.get_name().to_string_lossy().into_owned();
    let n = f.count_params() as usize;
    let spaces = strings(module, f, &name, "kernel_arg_addr_space", n)?;
    let types = strings(module, f, &name, "kernel_arg_type", n)?;
    let quals = strings(module, f, &name, "kernel_arg_type_qual", n)?;
    let names = strings(module, f, &name, "kernel_arg_name", n)?;
    let td = TargetData::create(&module.get_data_layout().as_str().to_string_lossy());
    let byval = Attribute::get_named_enum_kind_id("byval");
    let mut args = Vec::with_capacity(n);
    for i in 0..n {
        let bad = |message: String| FrontendError::Metadata {
            kernel: name.clone(),
            message: format!("parameter `{}`: {message}", names[i]),
        };
        let sp =
            space(&spaces[i]).ok_or_else(|| bad(format!("unknown address space {}", spaces[i])))?;
        let kind = match sp {
            AddressSpace::Private => {
                let param = f
                    .get_nth_param(i as u32)
                    .ok_or_else(|| bad("missing in the LLVM function".into()))?;
                // Aggregates may come as a `byval(T)` pointer: the argument is the T.
                let attr = f.get_enum_attribute(AttributeLoc::Param(i as u32), byval);
                let (size, align, is_struct) = match &attr {
                    Some(a) if a.is_type() => sized(&td, &a.get_type_value()),
                    _ => sized(&td, &param.get_type().as_any_type_enum()),
                }
                .ok_or_else(|| bad(format!("unsized type of `{}`", types[i])))?;
                ArgKind::ByValue {
                    size,
                    align,
                    is_struct,
                }
            }
            AddressSpace::Global
            | AddressSpace::Constant
            | AddressSpace::Local
            | AddressSpace::Generic => {
                let pointee = types[i]
                    .trim_end()
                    .strip_suffix('*')
                    .ok_or_else(|| {
                        bad(format!(
                            "pointer argument with non-pointer type `{}`",
                            types[i]
                        ))
                    })?
                    .trim_end()
                    .to_string();
                ArgKind::Pointer { space: sp, pointee }
            }
        };
        args.push(KernelArg {
            name: names[i].clone(),
            type_name: types[i].clone(),
            qualifiers: quals[i].split_whitespace().map(str::to_string).collect(),
            kind,
        });
    }
    let reqd_work_group_size = match function_node(module, f, "reqd_work_group_size") {
        None => None,
        Some(ops) => match ops.as_slice() {
            [Operand::Int(x), Operand::Int(y), Operand::Int(z)] => {
                Some([*x as u32, *y as u32, *z as u32])
            }
            _ => {
                return Err(FrontendError::Metadata {
                    kernel: name,
                    message: "`!reqd_work_group_size` is not three integers".into(),
                })
            }
        },
    };
    Ok(KernelSignature {
        name,
        args,
        reqd_work_group_size,
    })
}
