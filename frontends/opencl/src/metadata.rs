//! Reading metadata attached to a function (the LLVM C API has no direct accessor for a
//! function's metadata by kind; this small module wraps the FFI calls).

use inkwell::llvm_sys::core::{
    LLVMDisposeValueMetadataEntries, LLVMGetMDKindIDInContext, LLVMGetModuleContext,
    LLVMGlobalCopyAllMetadata, LLVMMetadataAsValue, LLVMValueMetadataEntriesGetKind,
    LLVMValueMetadataEntriesGetMetadata,
};
use inkwell::module::Module;
use inkwell::values::{AsValueRef, BasicMetadataValueEnum, FunctionValue, MetadataValue};

/// One operand of a metadata node, reduced to what kernel-argument metadata holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Operand {
    Str(String),
    Int(u64),
    Other,
}

/// The operands of the metadata node of kind `kind` attached to `function`, if any.
pub(crate) fn function_node(
    module: &Module<'_>,
    function: FunctionValue<'_>,
    kind: &str,
) -> Option<Vec<Operand>> {
    let f = function.as_value_ref();
    // SAFETY: `f` is a live function of `module`; the entries array returned by
    // LLVMGlobalCopyAllMetadata is read within bounds and disposed exactly once; the metadata
    // value is wrapped in the module's own context.
    let node = unsafe {
        let ctx = LLVMGetModuleContext(module.as_mut_ptr());
        let kind_id = LLVMGetMDKindIDInContext(ctx, kind.as_ptr().cast(), kind.len() as u32);
        let mut n: usize = 0;
        let entries = LLVMGlobalCopyAllMetadata(f, &mut n);
        let mut found = None;
        if !entries.is_null() {
            for i in 0..n {
                if LLVMValueMetadataEntriesGetKind(entries, i as u32) == kind_id {
                    found = Some(LLVMValueMetadataEntriesGetMetadata(entries, i as u32));
                    break;
                }
            }
            LLVMDisposeValueMetadataEntries(entries);
        }
        let md = found?;
        MetadataValue::new(LLVMMetadataAsValue(ctx, md))
    };
    let values = node.get_node_values()?;
    Some(
        values
            .into_iter()
            .map(|v| match v {
                BasicMetadataValueEnum::MetadataValue(m) => m
                    .get_string_value()
                    .map(|s| Operand::Str(String::from_utf8_lossy(s).into_owned()))
                    .unwrap_or(Operand::Other),
                BasicMetadataValueEnum::IntValue(i) => i
                    .get_zero_extended_constant()
                    .map(Operand::Int)
                    .unwrap_or(Operand::Other),
                _ => Operand::Other,
            })
            .collect(),
    )
}
