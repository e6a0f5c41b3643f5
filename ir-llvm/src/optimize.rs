//! Internalizing, the `default<O3>` pipeline, and the NVPTX target machine.

use crate::LlvmError;
use inkwell::attributes::AttributeLoc;
use inkwell::module::{FlagBehavior, Linkage, Module};
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, InitializationConfig, RelocMode, Target as LlvmTarget, TargetMachine, TargetTriple,
};

use inkwell::OptimizationLevel;
use std::sync::Once;
use visabench_core::Target;

/// The `-mattr` features for `target`: the PTX ISA version (`+ptx85`).
pub fn features(target: &Target) -> String {
    format!("+ptx{}{}", target.ptx_isa.0, target.ptx_isa.1)
}

/// An NVPTX target machine for `triple` and `target` (`sm_90`, `+ptx85`), optimizing at O3.
pub fn target_machine(triple: &str, target: &Target) -> Result<TargetMachine, LlvmError> {
    static INIT: Once = Once::new();
    INIT.call_once(|| LlvmTarget::initialize_nvptx(&InitializationConfig::default()));
    let triple = TargetTriple::create(triple);
    let cpu = target.sm_name();
    let features = features(target);
    let t = LlvmTarget::from_triple(&triple).map_err(|e| LlvmError::TargetMachine {
        cpu: cpu.clone(),
        features: features.clone(),
        message: e.to_string(),
    })?;
    t.create_target_machine(
        &triple,
        &cpu,
        &features,
        OptimizationLevel::Aggressive,
        RelocMode::Default,
        CodeModel::Default,
    )
    .ok_or_else(|| LlvmError::TargetMachine {
        cpu,
        features,
        message: "LLVM refused to create the target machine".into(),
    })
}

fn module_triple(module: &Module<'_>) -> String {
    module.get_triple().as_str().to_string_lossy().into_owned()
}

/// Prepares a linked module for optimization: keeps denormals (`nvvm-reflect-ftz` 0, as clang
/// does for OpenCL without -cl-denorms-are-zero) unless already set, drops the per-function
/// `target-cpu`/`target-features` clang and libclc stamp on (so the target machine alone
/// decides), and internalizes every definition except the functions named in `keep`. Every
/// path that starts from the frontend's module calls this before its pipeline.
pub fn internalize(module: &Module<'_>, keep: &[String]) {
    if module.get_flag("nvvm-reflect-ftz").is_none() {
        module.add_basic_value_flag(
            "nvvm-reflect-ftz",
            FlagBehavior::Override,
            module.get_context().i32_type().const_zero(),
        );
    }
    for f in module.get_functions() {
        f.remove_string_attribute(AttributeLoc::Function, "target-cpu");
        f.remove_string_attribute(AttributeLoc::Function, "target-features");
        if f.count_basic_blocks() > 0
            && !keep.iter().any(|k| f.get_name().to_bytes() == k.as_bytes())
        {
            f.set_linkage(Linkage::Internal);
        }
    }
    for g in module.get_globals() {
        let name = g.get_name().to_bytes();
        if !g.is_declaration() && !name.starts_with(b"llvm.") {
            g.set_linkage(Linkage::Internal);
        }
    }
}

/// [`internalize`]s every definition except the functions named in `keep`, then runs LLVM's
/// `default<O3>` pipeline with an NVPTX target machine for `target` (so NVVMReflect and the
/// NVPTX-specific passes run). Fails if a called function is still undefined afterwards (a
/// builtin no library provides). [`crate::prepare`] has annotated the kernels before.
pub fn optimize(module: &Module<'_>, target: &Target, keep: &[String]) -> Result<(), LlvmError> {
    internalize(module, keep);
    let tm = target_machine(&module_triple(module), target)?;
    module
        .run_passes("default<O3>", &tm, PassBuilderOptions::create())
        .map_err(|e| LlvmError::Passes(e.to_string()))?;
    module
        .verify()
        .map_err(|e| LlvmError::Verify(e.to_string()))?;
    crate::prepare::check_resolved(module, &|_| false)
}

/// Emits the PTX of `module` (already optimized) for `target`.
pub fn emit_ptx(module: &Module<'_>, target: &Target) -> Result<String, LlvmError> {
    let tm = target_machine(&module_triple(module), target)?;
    let buf = tm
        .write_to_memory_buffer(module, inkwell::targets::FileType::Assembly)
        .map_err(|e| LlvmError::Emit(e.to_string()))?;
    String::from_utf8(buf.as_slice().to_vec())
        .map_err(|e| LlvmError::Emit(format!("PTX is not UTF-8: {e}")))
}
