//! Our SPIR-V → LLVM IR translator (inkwell), for the NVPTX finisher the `llvm` path uses.
//!
//! * Storage classes become NVPTX address spaces: `CrossWorkgroup` 1, `Workgroup` 3,
//!   `UniformConstant` 4, `Function` and `Generic` 0.
//! * Builtin variables (`GlobalInvocationId`, …) become calls of the OpenCL C builtins
//!   (`get_global_id`, …) that libclc defines, one per component.
//! * `OpenCL.std` instructions become calls of the mangled OpenCL C builtins (libclc), except
//!   `vloadn`/`vstoren`, which are loads and stores of vectors.
//! * Barriers call `barrier`/`mem_fence` (libclc); atomics are LLVM `atomicrmw`/`cmpxchg`.
//! * Entry points are `ptx_kernel` functions; `LocalSize` becomes `nvvm.reqntid` as in
//!   [`ir_llvm::prepare`].
//!
//! What the hop drops (the `spirv` vs `llvm` comparison measures it): TBAA and alias scopes,
//! loop metadata (`OpLoopMerge`'s controls are ignored), fast-math flags (`FPFastMathMode` is
//! ignored: we compute strictly), `nsw`/`nuw`.
//!
//! Files: this one holds the translator's state, types, function declarations and bodies and
//! the value helpers; `globals` the module-scope constants and variables; `instruction` one
//! body instruction, by opcode family; `ext` the `OpenCL.std` builtins.

use crate::module::Module as SpvModule;
use crate::SpirvError;
use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::types::{AnyType, BasicMetadataTypeEnum, BasicType, BasicTypeEnum, FunctionType};
use inkwell::values::{
    BasicMetadataValueEnum, BasicValue, BasicValueEnum, FunctionValue, IntValue, PhiValue,
    PointerValue,
};
use inkwell::{AddressSpace, AtomicOrdering, AtomicRMWBinOp, FloatPredicate, IntPredicate};
use rspirv::dr::{Instruction, Operand};
use rspirv::spirv::{
    BuiltIn, Decoration, ExecutionMode, FunctionParameterAttribute, LinkageType, MemoryAccess,
    MemorySemantics, Op, OpenclStd100Op as Cl, StorageClass, Word,
};
use std::collections::HashMap;

use crate::mangle::{mangle, Arg, Scalar};

mod ext;
mod globals;
mod instruction;
use inkwell::values::InstructionOpcode as O;

/// A SPIR-V type, as far as translation goes.
#[derive(Clone, Debug)]
enum Ty {
    Void,
    Bool,
    Int(u32),
    Float(u32),
    Vector(Word, u32),
    Array(Word, u32),
    Struct(Vec<Word>),
    Pointer(StorageClass, Word),
    Function(Word, Vec<Word>),
}

/// The address space of a storage class on NVPTX.
fn address_space(sc: StorageClass) -> AddressSpace {
    AddressSpace::from(match sc {
        StorageClass::CrossWorkgroup => 1u16,
        StorageClass::Workgroup => 3,
        StorageClass::UniformConstant => 4,
        _ => 0,
    })
}

type R<T> = Result<T, SpirvError>;

/// A translated module and its kernels.
#[derive(Debug)]
pub struct Translated<'ctx> {
    pub module: Module<'ctx>,
    /// The entry points' names, in order.
    pub kernels: Vec<String>,
}

struct Tr<'ctx, 'm> {
    ctx: &'ctx Context,
    module: Module<'ctx>,
    b: Builder<'ctx>,
    spv: &'m SpvModule,
    types: HashMap<Word, Ty>,
    values: HashMap<Word, BasicValueEnum<'ctx>>,
    /// The SPIR-V type of each value.
    value_ty: HashMap<Word, Word>,
    /// Integer constants' values.
    ints: HashMap<Word, u64>,
    functions: HashMap<Word, FunctionValue<'ctx>>,
    builtins: HashMap<Word, BuiltIn>,
    decorations: HashMap<Word, Vec<(Decoration, Vec<Operand>)>>,
    names: HashMap<Word, String>,
    blocks: HashMap<Word, BasicBlock<'ctx>>,
    /// The offset of the instruction being translated, for errors.
    at: usize,
    cursor: usize,
}

/// Translates `spv` into a new LLVM module of `ctx` for `triple`/`data_layout`.
pub fn translate<'ctx>(
    ctx: &'ctx Context,
    spv: &SpvModule,
    name: &str,
    triple: &str,
    data_layout: &inkwell::data_layout::DataLayout,
) -> R<Translated<'ctx>> {
    let module = ctx.create_module(name);
    module.set_triple(&inkwell::targets::TargetTriple::create(triple));
    module.set_data_layout(data_layout);
    let mut t = Tr {
        ctx,
        module,
        b: ctx.create_builder(),
        spv,
        types: HashMap::new(),
        values: HashMap::new(),
        value_ty: HashMap::new(),
        ints: HashMap::new(),
        functions: HashMap::new(),
        builtins: HashMap::new(),
        decorations: HashMap::new(),
        names: HashMap::new(),
        blocks: HashMap::new(),
        at: 0,
        cursor: 0,
    };
    t.annotations();
    for inst in &spv.dr.types_global_values {
        t.at = inst.result_id.map_or(0, |id| spv.offset_of(id));
        t.global(inst)?;
    }
    let kernels = t.declare_functions()?;
    for f in &spv.dr.functions {
        t.body(f)?;
    }
    Ok(Translated {
        module: t.module,
        kernels,
    })
}

fn id_of(inst: &Instruction, i: usize) -> Option<Word> {
    match inst.operands.get(i) {
        Some(Operand::IdRef(w) | Operand::IdScope(w) | Operand::IdMemorySemantics(w)) => Some(*w),
        _ => None,
    }
}

fn lit_of(inst: &Instruction, i: usize) -> Option<u32> {
    match inst.operands.get(i) {
        Some(Operand::LiteralBit32(w) | Operand::LiteralExtInstInteger(w)) => Some(*w),
        _ => None,
    }
}

impl<'ctx> Tr<'ctx, '_> {
    fn malformed(&self, message: impl Into<String>) -> SpirvError {
        SpirvError::Malformed {
            offset: self.at,
            message: message.into(),
        }
    }
    fn unsupported(&self, construct: impl Into<String>) -> SpirvError {
        SpirvError::Unsupported {
            construct: construct.into(),
            offset: self.at,
        }
    }
    fn llvm(&self, e: impl std::fmt::Display) -> SpirvError {
        SpirvError::Translate {
            offset: self.at,
            message: e.to_string(),
        }
    }

    fn id(&self, inst: &Instruction, i: usize) -> R<Word> {
        id_of(inst, i).ok_or_else(|| self.malformed(format!("operand {i} is not an id")))
    }
    fn lit(&self, inst: &Instruction, i: usize) -> R<u32> {
        lit_of(inst, i).ok_or_else(|| self.malformed(format!("operand {i} is not a literal")))
    }
    fn result(&self, inst: &Instruction) -> R<Word> {
        inst.result_id
            .ok_or_else(|| self.malformed("instruction without a result id"))
    }
    fn result_type(&self, inst: &Instruction) -> R<Word> {
        inst.result_type
            .ok_or_else(|| self.malformed("instruction without a result type"))
    }

    fn annotations(&mut self) {
        for inst in &self.spv.dr.annotations {
            if inst.class.opcode != Op::Decorate {
                continue;
            }
            if let (Some(target), Some(Operand::Decoration(d))) =
                (id_of(inst, 0), inst.operands.get(1))
            {
                if *d == Decoration::BuiltIn {
                    if let Some(Operand::BuiltIn(b)) = inst.operands.get(2) {
                        self.builtins.insert(target, *b);
                    }
                }
                self.decorations
                    .entry(target)
                    .or_default()
                    .push((*d, inst.operands[2..].to_vec()));
            }
        }
        for inst in &self.spv.dr.debug_names {
            if inst.class.opcode == Op::Name {
                if let (Some(t), Some(Operand::LiteralString(s))) =
                    (id_of(inst, 0), inst.operands.get(1))
                {
                    self.names.insert(t, s.clone());
                }
            }
        }
    }

    fn decoration(&self, id: Word, d: Decoration) -> Option<&[Operand]> {
        self.decorations
            .get(&id)?
            .iter()
            .find(|(x, _)| *x == d)
            .map(|(_, o)| o.as_slice())
    }

    /// The `Alignment` decoration of `id`, when it is a power of two (LLVM takes no other).
    fn alignment(&self, id: Word) -> Option<u32> {
        match self.decoration(id, Decoration::Alignment)?.first() {
            Some(Operand::LiteralBit32(a)) if a.is_power_of_two() => Some(*a),
            _ => None,
        }
    }

    fn ty(&self, id: Word) -> R<&Ty> {
        self.types
            .get(&id)
            .ok_or_else(|| self.malformed(format!("%{id} is not a type")))
    }

    fn basic(&self, id: Word) -> R<BasicTypeEnum<'ctx>> {
        Ok(match self.ty(id)?.clone() {
            Ty::Void | Ty::Function(..) => {
                return Err(self.malformed(format!("%{id} is not a value type")))
            }
            Ty::Bool => self.ctx.bool_type().into(),
            Ty::Int(w) => int_type(self.ctx, w)
                .ok_or_else(|| self.unsupported(format!("{w}-bit integer")))?
                .into(),
            Ty::Float(16) => self.ctx.f16_type().into(),
            Ty::Float(32) => self.ctx.f32_type().into(),
            Ty::Float(64) => self.ctx.f64_type().into(),
            Ty::Float(w) => return Err(self.unsupported(format!("{w}-bit float"))),
            Ty::Vector(e, n) => match self.basic(e)? {
                BasicTypeEnum::IntType(t) => t.vec_type(n).into(),
                BasicTypeEnum::FloatType(t) => t.vec_type(n).into(),
                BasicTypeEnum::PointerType(t) => t.vec_type(n).into(),
                _ => return Err(self.malformed("vector of a non-scalar")),
            },
            Ty::Array(e, n) => self.basic(e)?.array_type(n).into(),
            Ty::Struct(ms) => {
                let ms: Vec<BasicTypeEnum> = ms.iter().map(|m| self.basic(*m)).collect::<R<_>>()?;
                self.ctx.struct_type(&ms, false).into()
            }
            Ty::Pointer(sc, _) => self.ctx.ptr_type(address_space(sc)).into(),
        })
    }

    fn fn_type(&self, id: Word) -> R<FunctionType<'ctx>> {
        let Ty::Function(ret, params) = self.ty(id)?.clone() else {
            return Err(self.malformed(format!("%{id} is not a function type")));
        };
        let ps: Vec<BasicMetadataTypeEnum> = params
            .iter()
            .map(|p| self.basic(*p).map(Into::into))
            .collect::<R<_>>()?;
        Ok(match self.ty(ret)? {
            Ty::Void => self.ctx.void_type().fn_type(&ps, false),
            _ => self.basic(ret)?.fn_type(&ps, false),
        })
    }

    fn val(&self, id: Word) -> R<BasicValueEnum<'ctx>> {
        self.values.get(&id).copied().ok_or_else(|| {
            self.malformed(format!("%{id} is used but not defined (or not a value)"))
        })
    }
    fn int_val(&self, id: Word) -> R<IntValue<'ctx>> {
        match self.val(id)? {
            BasicValueEnum::IntValue(v) => Ok(v),
            _ => Err(self.malformed(format!("%{id} is not a scalar integer"))),
        }
    }
    fn ptr_val(&self, id: Word) -> R<PointerValue<'ctx>> {
        match self.val(id)? {
            BasicValueEnum::PointerValue(v) => Ok(v),
            _ => Err(self.malformed(format!("%{id} is not a pointer"))),
        }
    }
    /// The SPIR-V pointee type of pointer value `id`.
    fn pointee(&self, id: Word) -> R<(StorageClass, Word)> {
        let t = *self
            .value_ty
            .get(&id)
            .ok_or_else(|| self.malformed(format!("%{id} has no type")))?;
        match self.ty(t)? {
            Ty::Pointer(sc, p) => Ok((*sc, *p)),
            _ => Err(self.malformed(format!("%{id} is not a pointer"))),
        }
    }

    fn define(&mut self, id: Word, ty: Word, v: BasicValueEnum<'ctx>) {
        self.values.insert(id, v);
        self.value_ty.insert(id, ty);
    }

    fn linkage_name(&self, id: Word) -> Option<(String, LinkageType)> {
        let ops = self.decoration(id, Decoration::LinkageAttributes)?;
        match (ops.first(), ops.get(1)) {
            (Some(Operand::LiteralString(s)), Some(Operand::LinkageType(l))) => {
                Some((s.clone(), *l))
            }
            _ => None,
        }
    }

    fn declare_functions(&mut self) -> R<Vec<String>> {
        let mut entry: HashMap<Word, String> = HashMap::new();
        let mut kernels = Vec::new();
        for e in &self.spv.dr.entry_points {
            if let (Some(f), Some(Operand::LiteralString(n))) = (id_of(e, 1), e.operands.get(2)) {
                entry.insert(f, n.clone());
                kernels.push(n.clone());
            }
        }
        let mut reqntid: HashMap<Word, [u32; 3]> = HashMap::new();
        for m in &self.spv.dr.execution_modes {
            if let (Some(f), Some(Operand::ExecutionMode(ExecutionMode::LocalSize))) =
                (id_of(m, 0), m.operands.get(1))
            {
                if let (Some(x), Some(y), Some(z)) = (lit_of(m, 2), lit_of(m, 3), lit_of(m, 4)) {
                    reqntid.insert(f, [x, y, z]);
                }
            }
        }
        for f in &self.spv.dr.functions {
            let Some(def) = &f.def else { continue };
            let rid = self.result(def)?;
            self.at = self.spv.offset_of(rid);
            let fty = self.id(def, 1)?;
            let llty = self.fn_type(fty)?;
            let link = self.linkage_name(rid);
            let name = entry
                .get(&rid)
                .cloned()
                .or_else(|| link.as_ref().map(|l| l.0.clone()))
                .or_else(|| self.names.get(&rid).cloned())
                .unwrap_or_else(|| format!("spv.f{rid}"));
            if self.module.get_function(&name).is_some() {
                return Err(self.malformed(format!("two functions named `{name}`")));
            }
            let fv = self.module.add_function(&name, llty, None);
            let is_kernel = entry.contains_key(&rid);
            if is_kernel {
                fv.set_call_conventions(frontend_opencl::PTX_KERNEL_CC);
                if let Some([x, y, z]) = reqntid.get(&rid) {
                    let a = self
                        .ctx
                        .create_string_attribute("nvvm.reqntid", &format!("{x},{y},{z}"));
                    fv.add_attribute(AttributeLoc::Function, a);
                }
            } else if !f.blocks.is_empty() && !matches!(link, Some((_, LinkageType::Export))) {
                fv.set_linkage(Linkage::Internal);
            }
            let Ty::Function(_, ptys) = self.ty(fty)?.clone() else {
                return Err(self.malformed("function of a non-function type"));
            };
            if f.parameters.len() != ptys.len() {
                return Err(self.malformed("parameter count differs from the function type"));
            }
            for (i, p) in f.parameters.iter().enumerate() {
                let pid = self.result(p)?;
                let pv = fv
                    .get_nth_param(i as u32)
                    .ok_or_else(|| self.malformed("missing parameter"))?;
                self.define(pid, ptys[i], pv);
                self.param_attributes(fv, i as u32, pid, ptys[i])?;
            }
            self.functions.insert(rid, fv);
        }
        Ok(kernels)
    }

    fn param_attributes(&self, fv: FunctionValue<'ctx>, i: u32, pid: Word, ty: Word) -> R<()> {
        let loc = AttributeLoc::Param(i);
        let kind = Attribute::get_named_enum_kind_id;
        if let Some(a) = self.alignment(pid) {
            fv.add_attribute(
                loc,
                self.ctx.create_enum_attribute(kind("align"), u64::from(a)),
            );
        }
        for (d, ops) in self.decorations.get(&pid).into_iter().flatten() {
            if *d != Decoration::FuncParamAttr {
                continue;
            }
            match ops.first() {
                Some(Operand::FunctionParameterAttribute(FunctionParameterAttribute::NoAlias)) => {
                    fv.add_attribute(loc, self.ctx.create_enum_attribute(kind("noalias"), 0));
                }
                Some(Operand::FunctionParameterAttribute(FunctionParameterAttribute::ByVal)) => {
                    let (_, pointee) = match self.ty(ty)? {
                        Ty::Pointer(s, p) => (*s, *p),
                        _ => return Err(self.malformed("ByVal parameter is no pointer")),
                    };
                    let pt = self.basic(pointee)?;
                    fv.add_attribute(
                        loc,
                        self.ctx
                            .create_type_attribute(kind("byval"), pt.as_any_type_enum()),
                    );
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Moves the error cursor to the next instruction with opcode `op`.
    fn advance(&mut self, op: Op) {
        let ins = &self.spv.instructions;
        let mut c = self.cursor;
        while c < ins.len() && ins[c].1 != op {
            c += 1;
        }
        if c < ins.len() {
            self.at = ins[c].0;
            self.cursor = c + 1;
        }
    }

    fn body(&mut self, f: &rspirv::dr::Function) -> R<()> {
        let Some(def) = &f.def else { return Ok(()) };
        self.advance(Op::Function);
        let rid = self.result(def)?;
        let fv = *self
            .functions
            .get(&rid)
            .ok_or_else(|| self.malformed("function not declared"))?;
        if f.blocks.is_empty() {
            return Ok(());
        }
        self.blocks.clear();
        for bl in &f.blocks {
            let l = bl
                .label
                .as_ref()
                .and_then(|l| l.result_id)
                .ok_or_else(|| self.malformed("block without a label"))?;
            let bb = self.ctx.append_basic_block(fv, &format!("b{l}"));
            self.blocks.insert(l, bb);
        }
        let mut phis: Vec<(PhiValue<'ctx>, Vec<(Word, Word)>)> = Vec::new();
        for bl in &f.blocks {
            self.advance(Op::Label);
            let l = bl.label.as_ref().and_then(|l| l.result_id).unwrap_or(0);
            let bb = self.blocks[&l];
            self.b.position_at_end(bb);
            for inst in &bl.instructions {
                self.advance(inst.class.opcode);
                if inst.class.opcode == Op::Phi {
                    let rid = self.result(inst)?;
                    let rty = self.result_type(inst)?;
                    let phi = self
                        .b
                        .build_phi(self.basic(rty)?, "")
                        .map_err(|e| self.llvm(e))?;
                    let mut inc = Vec::new();
                    for i in (0..inst.operands.len()).step_by(2) {
                        inc.push((self.id(inst, i)?, self.id(inst, i + 1)?));
                    }
                    phis.push((phi, inc));
                    self.define(rid, rty, phi.as_basic_value());
                    continue;
                }
                self.instruction(inst)?;
            }
        }
        for (phi, inc) in phis {
            for (v, bl) in inc {
                let v = self.val(v)?;
                if v.get_type() != phi.as_basic_value().get_type() {
                    return Err(self.malformed("OpPhi operand of another type"));
                }
                let bb = *self
                    .blocks
                    .get(&bl)
                    .ok_or_else(|| self.malformed(format!("OpPhi names %{bl}, no block")))?;
                // LLVM wants one entry per edge: a switch whose cases share a target, or a
                // conditional branch with both arms alike, is several edges from one block.
                let here = phi.as_instruction().get_parent();
                let edges = bb.get_terminator().map_or(1, |t| {
                    (0..t.get_num_operands())
                        .filter(|&i| {
                            matches!(t.get_operand(i), Some(inkwell::values::Operand::Block(b)) if Some(b) == here)
                        })
                        .count()
                });
                for _ in 0..edges.max(1) {
                    phi.add_incoming(&[(&v as &dyn BasicValue, bb)]);
                }
            }
        }
        Ok(())
    }

    fn same_type(&self, a: &BasicValueEnum<'ctx>, b: &BasicValueEnum<'ctx>) -> R<()> {
        if a.get_type() != b.get_type() {
            return Err(self.malformed("operands of different types"));
        }
        Ok(())
    }

    fn binop(
        &self,
        op: O,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> R<BasicValueEnum<'ctx>> {
        self.same_type(&a, &b)?;
        let float = is_float(&a);
        let int = is_int(&a);
        let want_float = matches!(op, O::FAdd | O::FSub | O::FMul | O::FDiv | O::FRem);
        if (want_float && !float) || (!want_float && !int) {
            return Err(self.malformed(format!("{op:?} of operands of the wrong kind")));
        }
        self.b.build_binop(op, a, b, "").map_err(|e| self.llvm(e))
    }

    /// LLVM's casts (and its constant folder) trust their operands' kinds: check them. Returns
    /// an error for a cast SPIR-V allows but this path does not translate (a bitcast between
    /// pointers and integers, or of aggregates).
    fn check_cast(&self, op: O, x: &BasicValueEnum<'ctx>, to: BasicTypeEnum<'ctx>) -> R<()> {
        #[derive(PartialEq, Clone, Copy)]
        enum K {
            Int,
            Float,
            Ptr,
            Other,
        }
        let shape = |t: BasicTypeEnum<'ctx>| -> (K, u32, u32) {
            let (e, n) = match t {
                BasicTypeEnum::VectorType(v) => (v.get_element_type(), v.get_size()),
                other => (other, 1),
            };
            let k = match e {
                BasicTypeEnum::IntType(_) => K::Int,
                BasicTypeEnum::FloatType(_) => K::Float,
                BasicTypeEnum::PointerType(_) => K::Ptr,
                _ => K::Other,
            };
            (k, n, scalar_width(e))
        };
        let (fk, fnum, fw) = shape(x.get_type());
        let (tk, tnum, tw) = shape(to);
        let ok = match op {
            O::BitCast => {
                fk != K::Other
                    && tk != K::Other
                    && fk != K::Ptr
                    && tk != K::Ptr
                    && u64::from(fnum) * u64::from(fw) == u64::from(tnum) * u64::from(tw)
            }
            O::Trunc => fk == K::Int && tk == K::Int && fnum == tnum && fw > tw,
            O::ZExt | O::SExt => fk == K::Int && tk == K::Int && fnum == tnum && fw < tw,
            O::FPTrunc => fk == K::Float && tk == K::Float && fnum == tnum && fw > tw,
            O::FPExt => fk == K::Float && tk == K::Float && fnum == tnum && fw < tw,
            O::FPToUI | O::FPToSI => fk == K::Float && tk == K::Int && fnum == tnum,
            O::UIToFP | O::SIToFP => fk == K::Int && tk == K::Float && fnum == tnum,
            O::PtrToInt => fk == K::Ptr && tk == K::Int && fnum == tnum,
            O::IntToPtr => fk == K::Int && tk == K::Ptr && fnum == tnum,
            O::AddrSpaceCast => fk == K::Ptr && tk == K::Ptr && fnum == tnum,
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(self.malformed(format!("{op:?} between these types")))
        }
    }

    fn cast(
        &self,
        op: O,
        v: BasicValueEnum<'ctx>,
        to: BasicTypeEnum<'ctx>,
    ) -> R<BasicValueEnum<'ctx>> {
        self.b.build_cast(op, v, to, "").map_err(|e| self.llvm(e))
    }

    fn icmp(
        &self,
        p: IntPredicate,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> R<BasicValueEnum<'ctx>> {
        self.same_type(&a, &b)?;
        match (a, b) {
            (BasicValueEnum::IntValue(x), BasicValueEnum::IntValue(y)) => Ok(self
                .b
                .build_int_compare(p, x, y, "")
                .map_err(|e| self.llvm(e))?
                .into()),
            (BasicValueEnum::VectorValue(x), BasicValueEnum::VectorValue(y)) if is_int(&a) => {
                Ok(self
                    .b
                    .build_int_compare(p, x, y, "")
                    .map_err(|e| self.llvm(e))?
                    .into())
            }
            (BasicValueEnum::PointerValue(x), BasicValueEnum::PointerValue(y)) => {
                let i = self.ctx.i64_type();
                let x = self
                    .b
                    .build_ptr_to_int(x, i, "")
                    .map_err(|e| self.llvm(e))?;
                let y = self
                    .b
                    .build_ptr_to_int(y, i, "")
                    .map_err(|e| self.llvm(e))?;
                Ok(self
                    .b
                    .build_int_compare(p, x, y, "")
                    .map_err(|e| self.llvm(e))?
                    .into())
            }
            _ => Err(self.malformed("integer comparison of non-integers")),
        }
    }

    fn fcmp(
        &self,
        p: FloatPredicate,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> R<BasicValueEnum<'ctx>> {
        self.same_type(&a, &b)?;
        match (a, b) {
            (BasicValueEnum::FloatValue(x), BasicValueEnum::FloatValue(y)) => Ok(self
                .b
                .build_float_compare(p, x, y, "")
                .map_err(|e| self.llvm(e))?
                .into()),
            (BasicValueEnum::VectorValue(x), BasicValueEnum::VectorValue(y)) if is_float(&a) => {
                Ok(self
                    .b
                    .build_float_compare(p, x, y, "")
                    .map_err(|e| self.llvm(e))?
                    .into())
            }
            _ => Err(self.malformed("float comparison of non-floats")),
        }
    }

    fn memory_access(&self, inst: &Instruction, from: usize) -> (Option<u32>, bool) {
        match inst.operands.get(from) {
            Some(Operand::MemoryAccess(m)) => {
                let align = if m.contains(MemoryAccess::ALIGNED) {
                    lit_of(inst, from + 1).filter(|a| a.is_power_of_two())
                } else {
                    None
                };
                (align, m.contains(MemoryAccess::VOLATILE))
            }
            _ => (None, false),
        }
    }

    fn elem_count(&self, v: &BasicValueEnum<'ctx>) -> Option<u32> {
        match v {
            BasicValueEnum::VectorValue(x) => Some(x.get_type().get_size()),
            _ => None,
        }
    }

    fn extract(&self, v: BasicValueEnum<'ctx>, i: u32) -> R<BasicValueEnum<'ctx>> {
        let idx = self.ctx.i32_type().const_int(u64::from(i), false);
        match v {
            BasicValueEnum::VectorValue(x) if i < x.get_type().get_size() => self
                .b
                .build_extract_element(x, idx, "")
                .map_err(|e| self.llvm(e)),
            BasicValueEnum::StructValue(x) if i < x.get_type().count_fields() => self
                .b
                .build_extract_value(x, i, "")
                .map_err(|e| self.llvm(e)),
            BasicValueEnum::ArrayValue(x) if i < x.get_type().len() => self
                .b
                .build_extract_value(x, i, "")
                .map_err(|e| self.llvm(e)),
            _ => Err(self.malformed(format!("component {i} out of range or not a composite"))),
        }
    }

    fn insert(
        &self,
        v: BasicValueEnum<'ctx>,
        part: BasicValueEnum<'ctx>,
        i: u32,
    ) -> R<BasicValueEnum<'ctx>> {
        let idx = self.ctx.i32_type().const_int(u64::from(i), false);
        Ok(match v {
            BasicValueEnum::VectorValue(x)
                if i < x.get_type().get_size()
                    && x.get_type().get_element_type() == part.get_type() =>
            {
                self.b
                    .build_insert_element(x, part, idx, "")
                    .map_err(|e| self.llvm(e))?
                    .into()
            }
            BasicValueEnum::StructValue(x)
                if x.get_type().get_field_type_at_index(i) == Some(part.get_type()) =>
            {
                self.b
                    .build_insert_value(x, part, i, "")
                    .map_err(|e| self.llvm(e))?
                    .as_basic_value_enum()
            }
            BasicValueEnum::ArrayValue(x)
                if i < x.get_type().len() && x.get_type().get_element_type() == part.get_type() =>
            {
                self.b
                    .build_insert_value(x, part, i, "")
                    .map_err(|e| self.llvm(e))?
                    .as_basic_value_enum()
            }
            _ => return Err(self.malformed(format!("cannot insert component {i}"))),
        })
    }

    fn call(
        &self,
        name: &str,
        ret: Option<BasicTypeEnum<'ctx>>,
        args: &[BasicValueEnum<'ctx>],
    ) -> R<Option<BasicValueEnum<'ctx>>> {
        let f = match self.module.get_function(name) {
            Some(f) => f,
            None => {
                let ps: Vec<BasicMetadataTypeEnum> =
                    args.iter().map(|a| a.get_type().into()).collect();
                let ft = match ret {
                    Some(r) => r.fn_type(&ps, false),
                    None => self.ctx.void_type().fn_type(&ps, false),
                };
                self.module.add_function(name, ft, None)
            }
        };
        let margs: Vec<BasicMetadataValueEnum> = args.iter().map(|a| (*a).into()).collect();
        let c = self.b.build_call(f, &margs, "").map_err(|e| self.llvm(e))?;
        Ok(c.try_as_basic_value().basic())
    }

    fn builtin_load(&self, b: BuiltIn, ty: BasicTypeEnum<'ctx>) -> R<BasicValueEnum<'ctx>> {
        let name = match b {
            BuiltIn::GlobalInvocationId => "_Z13get_global_idj",
            BuiltIn::LocalInvocationId => "_Z12get_local_idj",
            BuiltIn::WorkgroupId => "_Z12get_group_idj",
            BuiltIn::WorkgroupSize => "_Z14get_local_sizej",
            BuiltIn::EnqueuedWorkgroupSize => "_Z23get_enqueued_local_sizej",
            BuiltIn::GlobalSize => "_Z15get_global_sizej",
            BuiltIn::NumWorkgroups => "_Z14get_num_groupsj",
            BuiltIn::GlobalOffset => "_Z17get_global_offsetj",
            BuiltIn::WorkDim => {
                return self
                    .call("_Z12get_work_dimv", Some(ty), &[])?
                    .ok_or_else(|| self.malformed("get_work_dim"));
            }
            other => return Err(self.unsupported(format!("builtin variable {other:?}"))),
        };
        let BasicTypeEnum::VectorType(vt) = ty else {
            return Err(self.malformed(format!("builtin {b:?} loaded as a non-vector")));
        };
        let et = vt.get_element_type();
        let mut v = undef(ty);
        for d in 0..vt.get_size() {
            let dim = self.ctx.i32_type().const_int(u64::from(d), false);
            let c = self
                .call(name, Some(et), &[dim.into()])?
                .ok_or_else(|| self.malformed("builtin call"))?;
            v = self.insert(v, c, d)?;
        }
        Ok(v)
    }

    fn ordering(&self, sem: Word) -> AtomicOrdering {
        let s = self.ints.get(&sem).copied().unwrap_or(0) as u32;
        let s = MemorySemantics::from_bits_truncate(s);
        if s.contains(MemorySemantics::SEQUENTIALLY_CONSISTENT) {
            AtomicOrdering::SequentiallyConsistent
        } else if s.contains(MemorySemantics::ACQUIRE_RELEASE)
            || (s.contains(MemorySemantics::ACQUIRE) && s.contains(MemorySemantics::RELEASE))
        {
            AtomicOrdering::AcquireRelease
        } else if s.contains(MemorySemantics::ACQUIRE) {
            AtomicOrdering::Acquire
        } else if s.contains(MemorySemantics::RELEASE) {
            AtomicOrdering::Release
        } else {
            AtomicOrdering::Monotonic
        }
    }

    /// OpenCL's `CLK_*_MEM_FENCE` flags of a barrier's memory semantics.
    fn fence_flags(&self, sem: Word) -> u64 {
        let s =
            MemorySemantics::from_bits_truncate(self.ints.get(&sem).copied().unwrap_or(0) as u32);
        let mut f = 0;
        if s.contains(MemorySemantics::WORKGROUP_MEMORY) {
            f |= 1;
        }
        if s.contains(MemorySemantics::CROSS_WORKGROUP_MEMORY) {
            f |= 2;
        }
        f
    }

    fn gep(&self, inst: &Instruction, first_is_element: bool) -> R<BasicValueEnum<'ctx>> {
        let base = self.id(inst, 0)?;
        let (_, mut cur) = self.pointee(base)?;
        let elem_ty = self.basic(cur)?;
        let ptr = self.ptr_val(base)?;
        let mut idx: Vec<IntValue<'ctx>> = Vec::new();
        let mut rest = 1;
        if first_is_element {
            idx.push(self.int_val(self.id(inst, 1)?)?);
            rest = 2;
        } else {
            idx.push(self.ctx.i64_type().const_zero());
        }
        for i in rest..inst.operands.len() {
            let id = self.id(inst, i)?;
            match self.ty(cur)?.clone() {
                Ty::Struct(ms) => {
                    let k = *self
                        .ints
                        .get(&id)
                        .ok_or_else(|| self.malformed("struct index is not a constant"))?;
                    cur = *ms
                        .get(k as usize)
                        .ok_or_else(|| self.malformed("struct index out of range"))?;
                    idx.push(self.ctx.i32_type().const_int(k, false));
                }
                Ty::Array(e, _) | Ty::Vector(e, _) => {
                    cur = e;
                    idx.push(self.int_val(id)?);
                }
                _ => return Err(self.malformed("access chain indexes a scalar")),
            }
        }
        let inb = matches!(
            inst.class.opcode,
            Op::InBoundsPtrAccessChain | Op::InBoundsAccessChain
        );
        // SAFETY: LLVM's GEP with these indices is what the SPIR-V access chain computes;
        // the element type was checked against the SPIR-V pointee type above.
        let p = unsafe {
            if inb {
                self.b.build_in_bounds_gep(elem_ty, ptr, &idx, "")
            } else {
                self.b.build_gep(elem_ty, ptr, &idx, "")
            }
        }
        .map_err(|e| self.llvm(e))?;
        Ok(p.into())
    }
}

fn undef(t: BasicTypeEnum<'_>) -> BasicValueEnum<'_> {
    match t {
        BasicTypeEnum::ArrayType(x) => x.get_undef().into(),
        BasicTypeEnum::FloatType(x) => x.get_undef().into(),
        BasicTypeEnum::IntType(x) => x.get_undef().into(),
        BasicTypeEnum::PointerType(x) => x.get_undef().into(),
        BasicTypeEnum::StructType(x) => x.get_undef().into(),
        BasicTypeEnum::VectorType(x) => x.get_undef().into(),
        BasicTypeEnum::ScalableVectorType(x) => x.get_undef().into(),
    }
}

fn elem_type(t: BasicTypeEnum<'_>) -> BasicTypeEnum<'_> {
    match t {
        BasicTypeEnum::VectorType(v) => v.get_element_type(),
        other => other,
    }
}
fn is_int(v: &BasicValueEnum<'_>) -> bool {
    elem_type(v.get_type()).is_int_type()
}
fn is_float(v: &BasicValueEnum<'_>) -> bool {
    elem_type(v.get_type()).is_float_type()
}
fn scalar_width(t: BasicTypeEnum<'_>) -> u32 {
    match elem_type(t) {
        BasicTypeEnum::IntType(i) => i.get_bit_width(),
        BasicTypeEnum::FloatType(f) => {
            let ctx = f.get_context();
            if f == ctx.f16_type() {
                16
            } else if f == ctx.f32_type() {
                32
            } else {
                64
            }
        }
        _ => 64,
    }
}
fn int_width(v: &BasicValueEnum<'_>) -> u32 {
    scalar_width(v.get_type())
}
fn float_width(v: &BasicValueEnum<'_>) -> u32 {
    scalar_width(v.get_type())
}
/// The `int`/`intn` type of a float's width (what `isinf` returns).
fn int_like<'ctx>(ctx: &'ctx Context, v: &BasicValueEnum<'ctx>) -> BasicTypeEnum<'ctx> {
    let w = if float_width(v) == 64 { 64 } else { 32 };
    let i = if w == 64 {
        ctx.i64_type()
    } else {
        ctx.i32_type()
    };
    match v.get_type() {
        BasicTypeEnum::VectorType(t) => i.vec_type(t.get_size()).into(),
        _ => i.into(),
    }
}

fn half_to_f64(h: u16) -> f64 {
    let s = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    match e {
        0 => s * m * 2f64.powi(-24),
        31 if m == 0.0 => s * f64::INFINITY,
        31 => f64::NAN,
        _ => s * (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

/// An integer type of `w` bits (1 to 64; SPIR-V for OpenCL has 8, 16, 32, 64).
fn int_type(ctx: &Context, w: u32) -> Option<inkwell::types::IntType<'_>> {
    match w {
        1..=64 => ctx
            .custom_width_int_type(std::num::NonZeroU32::new(w)?)
            .ok(),
        _ => None,
    }
}
