//! What the LLVM module must lose before it can be lowered to TGSI: calls and memory
//! intrinsics, which TGSI has no instruction for.
//!
//! * [`calls_left`] finds the calls LLVM's optimizer kept out of line (large helpers its
//!   cost model would not inline, `noinline` functions); [`inline_everything`] marks every
//!   function the kernels may call `alwaysinline`, so that a second optimization removes every
//!   call it can. Only a module that still has calls takes that second round, so code LLVM
//!   inlined by itself is unchanged. We inline rather than emit TGSI
//!   subroutines (`BGNSUB`/`CAL`/`RET`): TGSI subroutines take no arguments and share the
//!   caller's registers, so a call would need a calling convention of our own on top, and the
//!   finisher (NVIDIA's PTX assembler) sees straight-line code either way. What cannot be
//!   inlined — recursion — stays a call, and the lowering refuses it by name.
//! * [`expand_mem_intrinsics`] replaces `llvm.memcpy`, `llvm.memmove` and `llvm.memset` of a
//!   length known at compile time by loads and stores (struct copies between address spaces,
//!   by-value arguments copied into private memory). Every word is loaded before any is stored,
//!   so overlapping `memmove`s stay correct. A length known only at run time is left alone and
//!   refused by the lowering with its source location.

use crate::ir::V;
use inkwell::llvm_sys::core as c;
use inkwell::llvm_sys::prelude::{LLVMBuilderRef, LLVMValueRef};
use inkwell::module::Module;
use inkwell::values::AsValueRef;

/// The longest copy expanded into straight-line loads and stores, in bytes.
pub const MAX_EXPANDED_BYTES: u64 = 4096;

fn kind(name: &str) -> u32 {
    // SAFETY: the name is a valid byte string of the given length.
    unsafe { c::LLVMGetEnumAttributeKindForName(name.as_ptr().cast(), name.len()) }
}

/// Marks every defined function but the kernels (`keep`) `alwaysinline`, dropping `noinline`
/// and `optnone`, which would keep them out of line.
pub fn inline_everything(module: &Module<'_>, keep: &[String]) {
    let ctx = module.get_context();
    let always = kind("alwaysinline");
    let never = kind("noinline");
    let optnone = kind("optnone");
    for f in module.get_functions() {
        let name = f.get_name().to_string_lossy().into_owned();
        if f.count_basic_blocks() == 0 || keep.contains(&name) {
            continue;
        }
        let loc = inkwell::attributes::AttributeLoc::Function;
        f.remove_enum_attribute(loc, never);
        f.remove_enum_attribute(loc, optnone);
        f.add_attribute(loc, ctx.create_enum_attribute(always, 0));
    }
}

/// Do defined functions other than the kernels (`keep`) still have calls after the
/// optimizer? Those are the calls TGSI cannot express.
pub fn calls_left(module: &Module<'_>, keep: &[String]) -> bool {
    module.get_functions().any(|f| {
        let name = f.get_name().to_string_lossy().into_owned();
        f.count_basic_blocks() > 0
            && !keep.contains(&name)
            // SAFETY: `f` is a live function of `module`.
            && !unsafe { c::LLVMGetFirstUse(f.as_value_ref()) }.is_null()
    })
}

/// A memory intrinsic call to expand.
struct MemCall {
    call: LLVMValueRef,
    dst: LLVMValueRef,
    /// The source pointer (`memcpy`, `memmove`) or the byte value (`memset`).
    src: LLVMValueRef,
    is_set: bool,
    len: u64,
    align: u32,
}

/// The `align` attribute of call argument `i` (1 when there is none).
fn param_align(call: LLVMValueRef, i: u32) -> u32 {
    // SAFETY: `call` is a live call instruction; attribute index `i + 1` is argument `i`.
    unsafe {
        let a = c::LLVMGetCallSiteEnumAttribute(call, i + 1, kind("align"));
        if a.is_null() {
            1
        } else {
            c::LLVMGetEnumAttributeValue(a).max(1) as u32
        }
    }
}

fn mem_calls(module: &Module<'_>) -> Vec<MemCall> {
    let mut out = Vec::new();
    for f in module.get_functions() {
        let fv = V(f.as_value_ref());
        for b in fv.blocks() {
            for i in b.instructions() {
                if i.opcode() != Some(inkwell::llvm_sys::LLVMOpcode::LLVMCall) {
                    continue;
                }
                let callee = i.called();
                if !callee.is_function() {
                    continue;
                }
                let name = callee.name();
                let is_set = name.starts_with("llvm.memset.");
                let is_copy = name.starts_with("llvm.memcpy.") || name.starts_with("llvm.memmove.");
                if !(is_set || is_copy) {
                    continue;
                }
                let Some(len) = i.arg(2).const_int() else {
                    continue;
                };
                if len > MAX_EXPANDED_BYTES {
                    continue;
                }
                let align = if is_set {
                    param_align(i.0, 0)
                } else {
                    param_align(i.0, 0).min(param_align(i.0, 1))
                };
                out.push(MemCall {
                    call: i.0,
                    dst: i.arg(0).0,
                    src: i.arg(1).0,
                    is_set,
                    len,
                    align,
                });
            }
        }
    }
    out
}

/// `ptr + offset` bytes.
///
/// # Safety
/// `b` is positioned in a function of `ptr`'s module; `ptr` is a pointer value.
unsafe fn byte_offset(b: LLVMBuilderRef, ptr: LLVMValueRef, offset: u64) -> LLVMValueRef {
    if offset == 0 {
        return ptr;
    }
    // SAFETY: the caller's contract.
    unsafe {
        let ctx = c::LLVMGetTypeContext(c::LLVMTypeOf(ptr));
        let i8t = c::LLVMInt8TypeInContext(ctx);
        let mut idx = [c::LLVMConstInt(c::LLVMInt64TypeInContext(ctx), offset, 0)];
        c::LLVMBuildInBoundsGEP2(b, i8t, ptr, idx.as_mut_ptr(), 1, c"".as_ptr())
    }
}

/// The memset byte `v` (an `i8`) replicated into a word of `bytes` bytes.
///
/// # Safety
/// `b` is positioned before the memset; `v` is its `i8` value operand.
unsafe fn splat(b: LLVMBuilderRef, v: LLVMValueRef, bytes: u32) -> LLVMValueRef {
    if bytes == 1 {
        return v;
    }
    let mut pattern: u64 = 0;
    for k in 0..bytes {
        pattern |= 1 << (8 * k);
    }
    // SAFETY: the caller's contract.
    unsafe {
        let ctx = c::LLVMGetTypeContext(c::LLVMTypeOf(v));
        let wide = c::LLVMIntTypeInContext(ctx, bytes * 8);
        let z = c::LLVMBuildZExt(b, v, wide, c"".as_ptr());
        c::LLVMBuildMul(b, z, c::LLVMConstInt(wide, pattern, 0), c"".as_ptr())
    }
}

/// Replaces every memory intrinsic of a constant length up to [`MAX_EXPANDED_BYTES`] by
/// loads and stores of the widest words (up to 4 bytes) its alignment and length allow.
/// Returns how many calls were expanded.
pub fn expand_mem_intrinsics(module: &Module<'_>) -> usize {
    let calls = mem_calls(module);
    if calls.is_empty() {
        return 0;
    }
    // SAFETY: every value below belongs to `module`, which outlives the builder; each call is
    // erased once, after everything built from its operands.
    unsafe {
        let ctx = c::LLVMGetModuleContext(module.as_mut_ptr());
        let b = c::LLVMCreateBuilderInContext(ctx);
        for m in &calls {
            let word: u32 = match (m.align, m.len) {
                (a, l) if a >= 4 && l % 4 == 0 => 4,
                (a, l) if a >= 2 && l % 2 == 0 => 2,
                _ => 1,
            };
            let wt = c::LLVMIntTypeInContext(ctx, word * 8);
            c::LLVMPositionBuilderBefore(b, m.call);
            let offsets: Vec<u64> = (0..m.len / word as u64).map(|k| k * word as u64).collect();
            let values: Vec<LLVMValueRef> = if m.is_set {
                let v = splat(b, m.src, word);
                offsets.iter().map(|_| v).collect()
            } else {
                offsets
                    .iter()
                    .map(|&o| {
                        let p = byte_offset(b, m.src, o);
                        let l = c::LLVMBuildLoad2(b, wt, p, c"".as_ptr());
                        c::LLVMSetAlignment(l, word.min(m.align));
                        l
                    })
                    .collect()
            };
            for (&o, &v) in offsets.iter().zip(&values) {
                let p = byte_offset(b, m.dst, o);
                let s = c::LLVMBuildStore(b, v, p);
                c::LLVMSetAlignment(s, word.min(m.align));
            }
            c::LLVMInstructionEraseFromParent(m.call);
        }
        c::LLVMDisposeBuilder(b);
    }
    calls.len()
}
