//! A thin read-only view of LLVM IR through the C API (`llvm-sys`), for the lowering.
//!
//! inkwell's typed wrappers do not reach everything the lowering reads (GEP source types,
//! atomic operations, shuffle masks, debug locations), so the lowering walks the IR through
//! these small wrappers. Every handle is only valid while the module it came from is alive;
//! the lowering holds the module for as long as it holds handles.

use inkwell::llvm_sys::core as c;
use inkwell::llvm_sys::prelude::{LLVMBasicBlockRef, LLVMTypeRef, LLVMValueRef};
use inkwell::llvm_sys::target as t;
use inkwell::llvm_sys::LLVMTypeKind;
use std::ffi::CStr;

pub use inkwell::llvm_sys::LLVMOpcode as Op;
pub use inkwell::llvm_sys::{LLVMAtomicRMWBinOp, LLVMIntPredicate, LLVMRealPredicate};

/// An LLVM value (instruction, argument, constant, global, basic-block value).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct V(pub LLVMValueRef);

/// An LLVM type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct T(pub LLVMTypeRef);

/// An LLVM basic block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct B(pub LLVMBasicBlockRef);

/// What a type is, as far as the lowering cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Void,
    Int(u32),
    F32,
    F64,
    /// Pointer with its address space.
    Ptr(u32),
    Vector,
    Array,
    Struct,
    /// Anything else (half, labels, tokens, metadata…).
    Other,
}

fn cstr(p: *const std::os::raw::c_char, len: usize) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: LLVM returns a pointer to `len` bytes that live as long as the value.
    let bytes = unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) };
    String::from_utf8_lossy(bytes).into_owned()
}

impl T {
    pub fn kind(self) -> Kind {
        // SAFETY (all methods of T): `self.0` is a live type of a live context.
        unsafe {
            match c::LLVMGetTypeKind(self.0) {
                LLVMTypeKind::LLVMVoidTypeKind => Kind::Void,
                LLVMTypeKind::LLVMIntegerTypeKind => Kind::Int(c::LLVMGetIntTypeWidth(self.0)),
                LLVMTypeKind::LLVMFloatTypeKind => Kind::F32,
                LLVMTypeKind::LLVMDoubleTypeKind => Kind::F64,
                LLVMTypeKind::LLVMPointerTypeKind => {
                    Kind::Ptr(c::LLVMGetPointerAddressSpace(self.0))
                }
                LLVMTypeKind::LLVMVectorTypeKind => Kind::Vector,
                LLVMTypeKind::LLVMArrayTypeKind => Kind::Array,
                LLVMTypeKind::LLVMStructTypeKind => Kind::Struct,
                _ => Kind::Other,
            }
        }
    }
    /// Element type of a vector or array.
    pub fn elem(self) -> T {
        unsafe { T(c::LLVMGetElementType(self.0)) }
    }
    /// Number of elements of a vector, array or struct.
    pub fn len(self) -> u64 {
        unsafe {
            match c::LLVMGetTypeKind(self.0) {
                LLVMTypeKind::LLVMVectorTypeKind => u64::from(c::LLVMGetVectorSize(self.0)),
                LLVMTypeKind::LLVMArrayTypeKind => c::LLVMGetArrayLength2(self.0),
                LLVMTypeKind::LLVMStructTypeKind => {
                    u64::from(c::LLVMCountStructElementTypes(self.0))
                }
                _ => 1,
            }
        }
    }
    /// Field `i` of a struct.
    pub fn field(self, i: u32) -> T {
        unsafe { T(c::LLVMStructGetTypeAtIndex(self.0, i)) }
    }
    /// The type as LLVM prints it.
    pub fn print(self) -> String {
        unsafe {
            let p = c::LLVMPrintTypeToString(self.0);
            let s = CStr::from_ptr(p).to_string_lossy().into_owned();
            c::LLVMDisposeMessage(p);
            s
        }
    }
}

/// The module's data layout, for sizes and offsets.
#[derive(Debug)]
pub struct Layout(t::LLVMTargetDataRef);

impl Layout {
    /// The data layout of `module`.
    pub fn of(module: &inkwell::module::Module<'_>) -> Layout {
        // SAFETY: the module is alive; the returned layout is owned by it.
        unsafe { Layout(t::LLVMGetModuleDataLayout(module.as_mut_ptr())) }
    }
    /// Allocation size (ABI size, with tail padding).
    pub fn alloc_size(&self, ty: T) -> u64 {
        unsafe { t::LLVMABISizeOfType(self.0, ty.0) }
    }
    /// ABI alignment.
    pub fn align(&self, ty: T) -> u32 {
        unsafe { t::LLVMABIAlignmentOfType(self.0, ty.0) }
    }
    /// Byte offset of field `i` of struct `ty`.
    pub fn field_offset(&self, ty: T, i: u32) -> u64 {
        unsafe { t::LLVMOffsetOfElement(self.0, ty.0, i) }
    }
}

impl V {
    // SAFETY (all methods of V): `self.0` is a live value of a live module, and each call is
    // only made on the kind of value the LLVM function documents (checked by the callers
    // through `opcode()`, `is_*` or the type).
    pub fn ty(self) -> T {
        unsafe { T(c::LLVMTypeOf(self.0)) }
    }
    pub fn name(self) -> String {
        unsafe {
            let mut len = 0usize;
            let p = c::LLVMGetValueName2(self.0, &mut len);
            cstr(p, len)
        }
    }
    /// The value as LLVM prints it (for messages).
    pub fn print(self) -> String {
        unsafe {
            let p = c::LLVMPrintValueToString(self.0);
            let s = CStr::from_ptr(p).to_string_lossy().trim().to_string();
            c::LLVMDisposeMessage(p);
            s
        }
    }
    pub fn is_instruction(self) -> bool {
        unsafe { !c::LLVMIsAInstruction(self.0).is_null() }
    }
    pub fn is_argument(self) -> bool {
        unsafe { !c::LLVMIsAArgument(self.0).is_null() }
    }
    pub fn is_constant(self) -> bool {
        unsafe { c::LLVMIsConstant(self.0) != 0 }
    }
    pub fn is_global_variable(self) -> bool {
        unsafe { !c::LLVMIsAGlobalVariable(self.0).is_null() }
    }
    pub fn is_function(self) -> bool {
        unsafe { !c::LLVMIsAFunction(self.0).is_null() }
    }
    /// The PTX text of an inline-assembly callee, whitespace runs made single spaces (`None`
    /// for anything else).
    pub fn inline_asm(self) -> Option<String> {
        unsafe {
            if c::LLVMIsAInlineAsm(self.0).is_null() {
                return None;
            }
            let mut len = 0usize;
            let p = c::LLVMGetInlineAsmAsmString(self.0, &mut len);
            let bytes = std::slice::from_raw_parts(p.cast::<u8>(), len);
            let text = String::from_utf8_lossy(bytes);
            Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
        }
    }
    pub fn is_undef(self) -> bool {
        unsafe { c::LLVMIsUndef(self.0) != 0 || c::LLVMIsPoison(self.0) != 0 }
    }
    pub fn is_null_constant(self) -> bool {
        unsafe { c::LLVMIsNull(self.0) != 0 }
    }
    pub fn const_int(self) -> Option<u64> {
        unsafe {
            (!c::LLVMIsAConstantInt(self.0).is_null()).then(|| c::LLVMConstIntGetZExtValue(self.0))
        }
    }
    pub fn const_fp(self) -> Option<f64> {
        unsafe {
            if c::LLVMIsAConstantFP(self.0).is_null() {
                return None;
            }
            let mut lost = 0;
            Some(c::LLVMConstRealGetDouble(self.0, &mut lost))
        }
    }
    pub fn is_const_expr(self) -> bool {
        unsafe { !c::LLVMIsAConstantExpr(self.0).is_null() }
    }
    /// Element `i` of a constant aggregate (vector, array, struct, data sequence).
    pub fn aggregate_element(self, i: u32) -> Option<V> {
        unsafe {
            let e = c::LLVMGetAggregateElement(self.0, i);
            (!e.is_null()).then_some(V(e))
        }
    }
    /// Instruction or constant-expression opcode.
    pub fn opcode(self) -> Option<Op> {
        unsafe {
            if self.is_instruction() {
                Some(c::LLVMGetInstructionOpcode(self.0))
            } else if self.is_const_expr() {
                Some(c::LLVMGetConstOpcode(self.0))
            } else {
                None
            }
        }
    }
    pub fn num_operands(self) -> u32 {
        unsafe { c::LLVMGetNumOperands(self.0).max(0) as u32 }
    }
    pub fn operand(self, i: u32) -> V {
        unsafe { V(c::LLVMGetOperand(self.0, i)) }
    }
    pub fn icmp_predicate(self) -> LLVMIntPredicate {
        unsafe { c::LLVMGetICmpPredicate(self.0) }
    }
    pub fn fcmp_predicate(self) -> LLVMRealPredicate {
        unsafe { c::LLVMGetFCmpPredicate(self.0) }
    }
    pub fn gep_source_type(self) -> T {
        unsafe { T(c::LLVMGetGEPSourceElementType(self.0)) }
    }
    pub fn allocated_type(self) -> T {
        unsafe { T(c::LLVMGetAllocatedType(self.0)) }
    }
    /// The global's value type (`@g = global [4 x float]` → `[4 x float]`).
    pub fn global_value_type(self) -> T {
        unsafe { T(c::LLVMGlobalGetValueType(self.0)) }
    }
    pub fn initializer(self) -> Option<V> {
        unsafe {
            let i = c::LLVMGetInitializer(self.0);
            (!i.is_null()).then_some(V(i))
        }
    }
    pub fn is_global_constant(self) -> bool {
        unsafe { c::LLVMIsGlobalConstant(self.0) != 0 }
    }
    pub fn alignment(self) -> u32 {
        unsafe { c::LLVMGetAlignment(self.0) }
    }
    /// The called operand of a call.
    pub fn called(self) -> V {
        unsafe { V(c::LLVMGetCalledValue(self.0)) }
    }
    pub fn num_args(self) -> u32 {
        unsafe { c::LLVMGetNumArgOperands(self.0) }
    }
    pub fn arg(self, i: u32) -> V {
        unsafe { V(c::LLVMGetArgOperand(self.0, i)) }
    }
    pub fn rmw_op(self) -> LLVMAtomicRMWBinOp {
        unsafe { c::LLVMGetAtomicRMWBinOp(self.0) }
    }
    /// Indices of `extractvalue` / `insertvalue`.
    pub fn indices(self) -> Vec<u32> {
        unsafe {
            let n = c::LLVMGetNumIndices(self.0) as usize;
            let p = c::LLVMGetIndices(self.0);
            if p.is_null() {
                return Vec::new();
            }
            std::slice::from_raw_parts(p, n).to_vec()
        }
    }
    /// The mask of a `shufflevector` (`None` for undefined lanes).
    pub fn shuffle_mask(self) -> Vec<Option<u32>> {
        unsafe {
            let n = c::LLVMGetNumMaskElements(self.0);
            (0..n)
                .map(|i| {
                    let m = c::LLVMGetMaskValue(self.0, i);
                    (m >= 0).then_some(m as u32)
                })
                .collect()
        }
    }
    pub fn num_incoming(self) -> u32 {
        unsafe { c::LLVMCountIncoming(self.0) }
    }
    pub fn incoming(self, i: u32) -> (V, B) {
        unsafe {
            (
                V(c::LLVMGetIncomingValue(self.0, i)),
                B(c::LLVMGetIncomingBlock(self.0, i)),
            )
        }
    }
    pub fn num_successors(self) -> u32 {
        unsafe { c::LLVMGetNumSuccessors(self.0) }
    }
    pub fn successor(self, i: u32) -> B {
        unsafe { B(c::LLVMGetSuccessor(self.0, i)) }
    }
    pub fn is_conditional(self) -> bool {
        unsafe { c::LLVMIsConditional(self.0) != 0 }
    }
    pub fn condition(self) -> V {
        unsafe { V(c::LLVMGetCondition(self.0)) }
    }
    /// `file:line:col` of an instruction's debug location (`file:line` of a function's
    /// subprogram), if it has one.
    pub fn location(self) -> Option<String> {
        unsafe {
            if !self.is_instruction() && !self.is_function() {
                return None;
            }
            let line = c::LLVMGetDebugLocLine(self.0);
            if line == 0 {
                return None;
            }
            let mut len = 0u32;
            let p = c::LLVMGetDebugLocFilename(self.0, &mut len);
            let file = cstr(p, len as usize);
            // A function's location is its subprogram's line (no column).
            if self.is_function() {
                return Some(format!("{file}:{line}"));
            }
            let col = c::LLVMGetDebugLocColumn(self.0);
            Some(format!("{file}:{line}:{col}"))
        }
    }
    /// Function parameters.
    pub fn params(self) -> Vec<V> {
        unsafe {
            let n = c::LLVMCountParams(self.0);
            (0..n).map(|i| V(c::LLVMGetParam(self.0, i))).collect()
        }
    }
    /// Basic blocks of a function, entry first.
    pub fn blocks(self) -> Vec<B> {
        unsafe {
            let mut v = Vec::new();
            let mut b = c::LLVMGetFirstBasicBlock(self.0);
            while !b.is_null() {
                v.push(B(b));
                b = c::LLVMGetNextBasicBlock(b);
            }
            v
        }
    }
    /// Byval type of parameter `i` of function `self`, if it is `byval`.
    pub fn param_byval_type(self, i: u32) -> Option<T> {
        unsafe {
            let kind = c::LLVMGetEnumAttributeKindForName(c"byval".as_ptr(), 5);
            let a = c::LLVMGetEnumAttributeAtIndex(self.0, i + 1, kind);
            if a.is_null() {
                return None;
            }
            let ty = c::LLVMGetTypeAttributeValue(a);
            (!ty.is_null()).then_some(T(ty))
        }
    }
}

impl B {
    pub fn instructions(self) -> Vec<V> {
        // SAFETY: `self.0` is a live basic block.
        unsafe {
            let mut v = Vec::new();
            let mut i = c::LLVMGetFirstInstruction(self.0);
            while !i.is_null() {
                v.push(V(i));
                i = c::LLVMGetNextInstruction(i);
            }
            v
        }
    }
    pub fn terminator(self) -> Option<V> {
        // SAFETY: `self.0` is a live basic block.
        unsafe {
            let t = c::LLVMGetBasicBlockTerminator(self.0);
            (!t.is_null()).then_some(V(t))
        }
    }
}
