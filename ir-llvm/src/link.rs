//! Linking the builtin libraries, only what the program needs.
//!
//! Each library is loaded lazily (function bodies are read from the bitcode only when the
//! linker asks for them) and every external definition in it is turned `linkonce_odr` before
//! linking. The IR linker links such definitions only when the destination references them,
//! pulling their own references in turn: "link only needed" without walking call graphs
//! ourselves. After linking the remaining `linkonce_odr` definitions are internalized by
//! [`crate::optimize`].

use crate::LlvmError;
use inkwell::context::{AsContextRef, ContextRef};
use inkwell::llvm_sys::bit_reader::LLVMGetBitcodeModuleInContext2;
use inkwell::llvm_sys::core::LLVMCreateMemoryBufferWithMemoryRange;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::{Linkage, Module};
use inkwell::values::GlobalValue;
use std::path::PathBuf;
use std::sync::OnceLock;
use visabench_core::tools;

/// A builtin library's bitcode, read once per process.
struct Library {
    path: PathBuf,
    bytes: Vec<u8>,
}

fn load_file(
    what: &'static str,
    path: Result<PathBuf, tools::ToolError>,
) -> Result<Library, LlvmError> {
    let path = path?;
    let bytes = std::fs::read(&path).map_err(|e| LlvmError::Library {
        what,
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    Ok(Library { path, bytes })
}

fn cached(
    cell: &'static OnceLock<Result<Library, String>>,
    what: &'static str,
    find: fn() -> Result<PathBuf, tools::ToolError>,
) -> Result<&'static Library, LlvmError> {
    cell.get_or_init(|| load_file(what, find()).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|m| LlvmError::Cached(m.clone()))
}

static LIBCLC: OnceLock<Result<Library, String>> = OnceLock::new();
static LIBDEVICE: OnceLock<Result<Library, String>> = OnceLock::new();

/// Loads `lib` lazily into `ctx`.
fn lazy_module<'ctx>(
    ctx: ContextRef<'ctx>,
    what: &'static str,
    lib: &'static Library,
) -> Result<Module<'ctx>, LlvmError> {
    // SAFETY: the buffer references `lib.bytes`, which lives for the whole process (it sits
    // in a static OnceLock); LLVMGetBitcodeModuleInContext2 takes ownership of the buffer
    // object (not the bytes) on success, and we dispose it ourselves on failure. The module
    // is created in `ctx`, whose lifetime the returned Module carries.
    unsafe {
        let name = c"builtin-library";
        let buf = LLVMCreateMemoryBufferWithMemoryRange(
            lib.bytes.as_ptr().cast(),
            lib.bytes.len(),
            name.as_ptr(),
            0,
        );
        let mut m = std::ptr::null_mut();
        if LLVMGetBitcodeModuleInContext2(ctx.as_ctx_ref(), buf, &mut m) != 0 || m.is_null() {
            drop(MemoryBuffer::new(buf));
            return Err(LlvmError::Library {
                what,
                path: lib.path.display().to_string(),
                message: "not readable LLVM bitcode".into(),
            });
        }
        Ok(Module::new(m))
    }
}

fn make_linkonce(g: GlobalValue<'_>) {
    if !g.is_declaration()
        && matches!(
            g.get_linkage(),
            Linkage::External | Linkage::WeakAny | Linkage::WeakODR | Linkage::LinkOnceAny
        )
    {
        g.set_linkage(Linkage::LinkOnceODR);
    }
}

/// Links `lib` into `module`, only the definitions `module` needs.
fn link_needed<'ctx>(
    module: &Module<'ctx>,
    what: &'static str,
    lib: Module<'ctx>,
) -> Result<(), LlvmError> {
    // Same target description, so the linker has nothing to warn about.
    lib.set_triple(&module.get_triple());
    lib.set_data_layout(&module.get_data_layout());
    for f in lib.get_functions() {
        make_linkonce(f.as_global_value());
    }
    for g in lib.get_globals() {
        make_linkonce(g);
    }
    module.link_in_module(lib).map_err(|e| LlvmError::Link {
        what,
        message: e.to_string(),
    })
}

/// Links the builtins `module` calls: our 64-bit atomics, then libclc (which calls libdevice),
/// then NVIDIA's libdevice. Only needed definitions are linked.
pub fn link_builtins(module: &Module<'_>, libclc: bool, libdevice: bool) -> Result<(), LlvmError> {
    let ctx = module.get_context();
    let dl = module
        .get_data_layout()
        .as_str()
        .to_string_lossy()
        .into_owned();
    let triple = module.get_triple().as_str().to_string_lossy().into_owned();
    if libclc {
        let ir = crate::builtins::int64_atomics_ir(&dl, &triple);
        let buf =
            MemoryBuffer::create_from_memory_range_copy(ir.as_bytes(), "visabench-int64-atomics");
        let extra = ctx
            .create_module_from_ir(buf)
            .map_err(|e| LlvmError::Internal(format!("64-bit atomics library: {e}")))?;
        link_needed(module, "64-bit atomics", extra)?;
        let lib = cached(&LIBCLC, "libclc", tools::libclc)?;
        link_needed(module, "libclc", lazy_module(ctx, "libclc", lib)?)?;
    }
    if libdevice {
        let lib = cached(&LIBDEVICE, "libdevice", tools::libdevice)?;
        link_needed(module, "libdevice", lazy_module(ctx, "libdevice", lib)?)?;
    }
    Ok(())
}
