//! One SPIR-V instruction of a function body into LLVM IR (`Tr::instruction`, which hands it
//! to the translator of its family: memory, arithmetic and comparison, conversions, composites,
//! synchronization and atomics, control flow), with the saturating conversions and composite
//! paths they need.

use super::*;

/// What a family's translator did with an instruction: not one of its family, or translated
/// (with the value it defines, if any).
enum Handled<'ctx> {
    Not,
    Done(Option<BasicValueEnum<'ctx>>),
}

impl<'ctx> Tr<'ctx, '_> {
    pub(super) fn instruction(&mut self, inst: &Instruction) -> R<()> {
        let op = inst.class.opcode;
        let out = match op {
            Op::Nop
            | Op::Line
            | Op::NoLine
            | Op::LoopMerge
            | Op::SelectionMerge
            | Op::LifetimeStart
            | Op::LifetimeStop => None,
            _ => {
                let families = [
                    Self::memory_op,
                    Self::arithmetic_op,
                    Self::conversion_op,
                    Self::composite_op,
                    Self::sync_op,
                    Self::control_op,
                ];
                let mut out = Handled::Not;
                for f in families {
                    out = f(self, inst)?;
                    if matches!(out, Handled::Done(_)) {
                        break;
                    }
                }
                match out {
                    Handled::Done(x) => x,
                    Handled::Not => {
                        return Err(self.unsupported(format!("instruction Op{op:?} in a function")))
                    }
                }
            }
        };
        if let Some(x) = out {
            if let (Some(rid), Some(rty)) = (inst.result_id, inst.result_type) {
                if self.basic(rty).ok() != Some(x.get_type()) && !matches!(op, Op::FunctionCall) {
                    return Err(
                        self.malformed(format!("result of Op{op:?} is not of its result type"))
                    );
                }
                self.define(rid, rty, x);
            }
        }
        Ok(())
    }

    /// A saturating conversion: OpenCL C's `convert_<type>_sat`, which libclc defines.
    pub(super) fn saturated(&self, inst: &Instruction, op: Op) -> R<BasicValueEnum<'ctx>> {
        let x = self.val(self.id(inst, 0)?)?;
        let to = self.basic(self.result_type(inst)?)?;
        let (to_signed, from_signed) = match op {
            Op::ConvertFToU | Op::UConvert => (false, false),
            Op::ConvertFToS => (true, false),
            Op::SConvert => (true, true),
            Op::SatConvertSToU => (false, true),
            _ => (true, false),
        };
        let w = scalar_width(to);
        let base = match (w, to_signed) {
            (8, true) => "char",
            (8, false) => "uchar",
            (16, true) => "short",
            (16, false) => "ushort",
            (32, true) => "int",
            (32, false) => "uint",
            (64, true) => "long",
            (64, false) => "ulong",
            _ => return Err(self.unsupported(format!("saturating conversion to {w} bits"))),
        };
        let n = match to {
            BasicTypeEnum::VectorType(v) => v.get_size().to_string(),
            _ => String::new(),
        };
        let name = self.builtin_name(&format!("convert_{base}{n}_sat"), &[x], from_signed)?;
        self.call(&name, Some(to), &[x])?
            .ok_or_else(|| self.malformed("saturating conversion"))
    }

    pub(super) fn insert_path(
        &self,
        base: BasicValueEnum<'ctx>,
        part: BasicValueEnum<'ctx>,
        path: &[u32],
    ) -> R<BasicValueEnum<'ctx>> {
        match path {
            [] => Ok(part),
            [i] => self.insert(base, part, *i),
            [i, rest @ ..] => {
                let inner = self.extract(base, *i)?;
                let inner = self.insert_path(inner, part, rest)?;
                self.insert(base, inner, *i)
            }
        }
    }

    pub(super) fn block(&self, id: Word) -> R<BasicBlock<'ctx>> {
        self.blocks
            .get(&id)
            .copied()
            .ok_or_else(|| self.malformed(format!("%{id} is no block of this function")))
    }

    /// Variables, loads, stores, copies and access chains.
    fn memory_op(&mut self, inst: &Instruction) -> R<Handled<'ctx>> {
        let op = inst.class.opcode;
        let v = |i: usize| -> R<BasicValueEnum<'ctx>> { self.val(self.id(inst, i)?) };
        Ok(Handled::Done(match op {
            Op::Undef => Some(undef(self.basic(self.result_type(inst)?)?)),
            Op::Variable => {
                let rty = self.result_type(inst)?;
                let (_, pointee) = match self.ty(rty)? {
                    Ty::Pointer(s, p) => (*s, *p),
                    _ => return Err(self.malformed("OpVariable of a non-pointer type")),
                };
                let t = self.basic(pointee)?;
                let a = self.b.build_alloca(t, "").map_err(|e| self.llvm(e))?;
                if let Some(al) = self.alignment(self.result(inst)?) {
                    a.as_instruction()
                        .map(|i| i.set_alignment(al))
                        .transpose()
                        .map_err(|e| self.llvm(e))?;
                }
                if let Some(init) = id_of(inst, 1) {
                    self.b
                        .build_store(a, self.val(init)?)
                        .map_err(|e| self.llvm(e))?;
                }
                Some(a.into())
            }
            Op::Load => {
                let pid = self.id(inst, 0)?;
                let rty = self.result_type(inst)?;
                let t = self.basic(rty)?;
                if let Some(b) = self.builtins.get(&pid).copied() {
                    Some(self.builtin_load(b, t)?)
                } else {
                    let p = self.ptr_val(pid)?;
                    let x = self.b.build_load(t, p, "").map_err(|e| self.llvm(e))?;
                    let (align, vol) = self.memory_access(inst, 1);
                    if let Some(i) = x.as_instruction_value() {
                        if let Some(a) = align {
                            i.set_alignment(a).map_err(|e| self.llvm(e))?;
                        }
                        if vol {
                            i.set_volatile(true).map_err(|e| self.llvm(e))?;
                        }
                    }
                    Some(x)
                }
            }
            Op::Store => {
                let pid = self.id(inst, 0)?;
                if self.builtins.contains_key(&pid) {
                    return Err(self.malformed("store to a builtin variable"));
                }
                let p = self.ptr_val(pid)?;
                let x = v(1)?;
                let s = self.b.build_store(p, x).map_err(|e| self.llvm(e))?;
                let (align, vol) = self.memory_access(inst, 2);
                if let Some(a) = align {
                    s.set_alignment(a).map_err(|e| self.llvm(e))?;
                }
                if vol {
                    s.set_volatile(true).map_err(|e| self.llvm(e))?;
                }
                None
            }
            Op::CopyMemorySized => {
                let d = self.ptr_val(self.id(inst, 0)?)?;
                let s = self.ptr_val(self.id(inst, 1)?)?;
                let n = self.int_val(self.id(inst, 2)?)?;
                let (align, _) = self.memory_access(inst, 3);
                let a = align.unwrap_or(1);
                self.b
                    .build_memcpy(d, a, s, a, n)
                    .map_err(|e| self.llvm(e))?;
                None
            }
            Op::AccessChain | Op::InBoundsAccessChain => Some(self.gep(inst, false)?),
            Op::PtrAccessChain | Op::InBoundsPtrAccessChain => Some(self.gep(inst, true)?),
            _ => return Ok(Handled::Not),
        }))
    }

    /// Integer, float and logical arithmetic, comparisons, selection.
    fn arithmetic_op(&mut self, inst: &Instruction) -> R<Handled<'ctx>> {
        let op = inst.class.opcode;
        let v = |i: usize| -> R<BasicValueEnum<'ctx>> { self.val(self.id(inst, i)?) };
        Ok(Handled::Done(match op {
            Op::CopyObject => Some(v(0)?),
            Op::IAdd => Some(self.binop(O::Add, v(0)?, v(1)?)?),
            Op::ISub => Some(self.binop(O::Sub, v(0)?, v(1)?)?),
            Op::IMul => Some(self.binop(O::Mul, v(0)?, v(1)?)?),
            Op::UDiv => Some(self.binop(O::UDiv, v(0)?, v(1)?)?),
            Op::SDiv => Some(self.binop(O::SDiv, v(0)?, v(1)?)?),
            Op::UMod => Some(self.binop(O::URem, v(0)?, v(1)?)?),
            Op::SRem => Some(self.binop(O::SRem, v(0)?, v(1)?)?),
            Op::FAdd => Some(self.binop(O::FAdd, v(0)?, v(1)?)?),
            Op::FSub => Some(self.binop(O::FSub, v(0)?, v(1)?)?),
            Op::FMul => Some(self.binop(O::FMul, v(0)?, v(1)?)?),
            Op::FDiv => Some(self.binop(O::FDiv, v(0)?, v(1)?)?),
            Op::FRem => Some(self.binop(O::FRem, v(0)?, v(1)?)?),
            Op::BitwiseAnd | Op::LogicalAnd => Some(self.binop(O::And, v(0)?, v(1)?)?),
            Op::BitwiseOr | Op::LogicalOr => Some(self.binop(O::Or, v(0)?, v(1)?)?),
            Op::BitwiseXor => Some(self.binop(O::Xor, v(0)?, v(1)?)?),
            Op::ShiftLeftLogical | Op::ShiftRightLogical | Op::ShiftRightArithmetic => {
                let a = v(0)?;
                let mut s = v(1)?;
                if s.get_type() != a.get_type() {
                    if !is_int(&s) || !is_int(&a) || self.elem_count(&s) != self.elem_count(&a) {
                        return Err(self.malformed("shift of non-integers"));
                    }
                    let (wa, ws) = (int_width(&a), int_width(&s));
                    s = self.cast(if ws > wa { O::Trunc } else { O::ZExt }, s, a.get_type())?;
                }
                let o = match op {
                    Op::ShiftLeftLogical => O::Shl,
                    Op::ShiftRightLogical => O::LShr,
                    _ => O::AShr,
                };
                Some(self.binop(o, a, s)?)
            }
            Op::Not | Op::LogicalNot => match v(0)? {
                BasicValueEnum::IntValue(x) => {
                    Some(self.b.build_not(x, "").map_err(|e| self.llvm(e))?.into())
                }
                BasicValueEnum::VectorValue(x) if is_int(&x.into()) => {
                    Some(self.b.build_not(x, "").map_err(|e| self.llvm(e))?.into())
                }
                _ => return Err(self.malformed("OpNot of a non-integer")),
            },
            Op::SNegate => match v(0)? {
                BasicValueEnum::IntValue(x) => Some(
                    self.b
                        .build_int_neg(x, "")
                        .map_err(|e| self.llvm(e))?
                        .into(),
                ),
                BasicValueEnum::VectorValue(x) if is_int(&x.into()) => Some(
                    self.b
                        .build_int_neg(x, "")
                        .map_err(|e| self.llvm(e))?
                        .into(),
                ),
                _ => return Err(self.malformed("OpSNegate of a non-integer")),
            },
            Op::FNegate => match v(0)? {
                BasicValueEnum::FloatValue(x) => Some(
                    self.b
                        .build_float_neg(x, "")
                        .map_err(|e| self.llvm(e))?
                        .into(),
                ),
                BasicValueEnum::VectorValue(x) if is_float(&x.into()) => Some(
                    self.b
                        .build_float_neg(x, "")
                        .map_err(|e| self.llvm(e))?
                        .into(),
                ),
                _ => return Err(self.malformed("OpFNegate of a non-float")),
            },
            Op::IEqual | Op::LogicalEqual => Some(self.icmp(IntPredicate::EQ, v(0)?, v(1)?)?),
            Op::INotEqual | Op::LogicalNotEqual => {
                Some(self.icmp(IntPredicate::NE, v(0)?, v(1)?)?)
            }
            Op::UGreaterThan => Some(self.icmp(IntPredicate::UGT, v(0)?, v(1)?)?),
            Op::SGreaterThan => Some(self.icmp(IntPredicate::SGT, v(0)?, v(1)?)?),
            Op::UGreaterThanEqual => Some(self.icmp(IntPredicate::UGE, v(0)?, v(1)?)?),
            Op::SGreaterThanEqual => Some(self.icmp(IntPredicate::SGE, v(0)?, v(1)?)?),
            Op::ULessThan => Some(self.icmp(IntPredicate::ULT, v(0)?, v(1)?)?),
            Op::SLessThan => Some(self.icmp(IntPredicate::SLT, v(0)?, v(1)?)?),
            Op::ULessThanEqual => Some(self.icmp(IntPredicate::ULE, v(0)?, v(1)?)?),
            Op::SLessThanEqual => Some(self.icmp(IntPredicate::SLE, v(0)?, v(1)?)?),
            Op::FOrdEqual => Some(self.fcmp(FloatPredicate::OEQ, v(0)?, v(1)?)?),
            Op::FUnordEqual => Some(self.fcmp(FloatPredicate::UEQ, v(0)?, v(1)?)?),
            Op::FOrdNotEqual => Some(self.fcmp(FloatPredicate::ONE, v(0)?, v(1)?)?),
            Op::FUnordNotEqual => Some(self.fcmp(FloatPredicate::UNE, v(0)?, v(1)?)?),
            Op::FOrdLessThan => Some(self.fcmp(FloatPredicate::OLT, v(0)?, v(1)?)?),
            Op::FUnordLessThan => Some(self.fcmp(FloatPredicate::ULT, v(0)?, v(1)?)?),
            Op::FOrdGreaterThan => Some(self.fcmp(FloatPredicate::OGT, v(0)?, v(1)?)?),
            Op::FUnordGreaterThan => Some(self.fcmp(FloatPredicate::UGT, v(0)?, v(1)?)?),
            Op::FOrdLessThanEqual => Some(self.fcmp(FloatPredicate::OLE, v(0)?, v(1)?)?),
            Op::FUnordLessThanEqual => Some(self.fcmp(FloatPredicate::ULE, v(0)?, v(1)?)?),
            Op::FOrdGreaterThanEqual => Some(self.fcmp(FloatPredicate::OGE, v(0)?, v(1)?)?),
            Op::FUnordGreaterThanEqual => Some(self.fcmp(FloatPredicate::UGE, v(0)?, v(1)?)?),
            Op::IsNan => {
                let x = v(0)?;
                Some(self.fcmp(FloatPredicate::UNO, x, x)?)
            }
            Op::IsInf => {
                let x = v(0)?;
                let rty = self.basic(self.result_type(inst)?)?;
                let args = [x];
                let name = self.builtin_name("isinf", &args, false)?;
                let r = self
                    .call(&name, Some(int_like(self.ctx, &x)), &args)?
                    .ok_or_else(|| self.malformed("isinf"))?;
                let zero = r.get_type().const_zero();
                let ne = self.icmp(IntPredicate::NE, r, zero)?;
                if ne.get_type() != rty {
                    return Err(self.malformed("OpIsInf result type"));
                }
                Some(ne)
            }
            Op::Select => {
                let c = v(0)?;
                let (a, b) = (v(1)?, v(2)?);
                self.same_type(&a, &b)?;
                let r = match c {
                    BasicValueEnum::IntValue(c) => self.b.build_select(c, a, b, ""),
                    BasicValueEnum::VectorValue(c) => self.b.build_select(c, a, b, ""),
                    _ => return Err(self.malformed("OpSelect condition is no boolean")),
                };
                Some(r.map_err(|e| self.llvm(e))?)
            }
            _ => return Ok(Handled::Not),
        }))
    }

    /// Conversions and casts.
    fn conversion_op(&mut self, inst: &Instruction) -> R<Handled<'ctx>> {
        let op = inst.class.opcode;
        let v = |i: usize| -> R<BasicValueEnum<'ctx>> { self.val(self.id(inst, i)?) };
        Ok(Handled::Done(match op {
            Op::SatConvertSToU | Op::SatConvertUToS => Some(self.saturated(inst, op)?),
            Op::UConvert | Op::SConvert | Op::ConvertFToU | Op::ConvertFToS
                if inst.result_id.is_some_and(|r| {
                    self.decoration(r, Decoration::SaturatedConversion)
                        .is_some()
                }) =>
            {
                Some(self.saturated(inst, op)?)
            }
            Op::UConvert
            | Op::SConvert
            | Op::FConvert
            | Op::ConvertFToU
            | Op::ConvertFToS
            | Op::ConvertSToF
            | Op::ConvertUToF
            | Op::Bitcast
            | Op::ConvertPtrToU
            | Op::ConvertUToPtr
            | Op::PtrCastToGeneric
            | Op::GenericCastToPtr => {
                let x = v(0)?;
                let to = self.basic(self.result_type(inst)?)?;
                if x.get_type() == to {
                    Some(x)
                } else {
                    let o = match op {
                        Op::UConvert | Op::SConvert => {
                            if !is_int(&x) {
                                return Err(self.malformed("integer conversion of a non-integer"));
                            }
                            let (wf, wt) = (int_width(&x), scalar_width(to));
                            match (wf > wt, op) {
                                (true, _) => O::Trunc,
                                (false, Op::UConvert) => O::ZExt,
                                _ => O::SExt,
                            }
                        }
                        Op::FConvert => {
                            if !is_float(&x) {
                                return Err(self.malformed("OpFConvert of a non-float"));
                            }
                            if float_width(&x) > scalar_width(to) {
                                O::FPTrunc
                            } else {
                                O::FPExt
                            }
                        }
                        Op::ConvertFToU => O::FPToUI,
                        Op::ConvertFToS => O::FPToSI,
                        Op::ConvertSToF => O::SIToFP,
                        Op::ConvertUToF => O::UIToFP,
                        Op::ConvertPtrToU => O::PtrToInt,
                        Op::ConvertUToPtr => O::IntToPtr,
                        Op::PtrCastToGeneric | Op::GenericCastToPtr => O::AddrSpaceCast,
                        _ => O::BitCast,
                    };
                    self.check_cast(o, &x, to)?;
                    Some(self.cast(o, x, to)?)
                }
            }
            _ => return Ok(Handled::Not),
        }))
    }

    /// Composites, vectors, dot products and bit counts.
    fn composite_op(&mut self, inst: &Instruction) -> R<Handled<'ctx>> {
        let op = inst.class.opcode;
        let v = |i: usize| -> R<BasicValueEnum<'ctx>> { self.val(self.id(inst, i)?) };
        Ok(Handled::Done(match op {
            Op::CompositeExtract => {
                let mut x = v(0)?;
                for i in 1..inst.operands.len() {
                    x = self.extract(x, self.lit(inst, i)?)?;
                }
                Some(x)
            }
            Op::CompositeInsert => {
                let part = v(0)?;
                let base = v(1)?;
                let path: Vec<u32> = (2..inst.operands.len())
                    .map(|i| self.lit(inst, i))
                    .collect::<R<_>>()?;
                Some(self.insert_path(base, part, &path)?)
            }
            Op::CompositeConstruct => {
                let rty = self.basic(self.result_type(inst)?)?;
                let mut parts = Vec::new();
                for i in 0..inst.operands.len() {
                    let x = v(i)?;
                    match (rty, self.elem_count(&x)) {
                        (BasicTypeEnum::VectorType(_), Some(n)) => {
                            for k in 0..n {
                                parts.push(self.extract(x, k)?);
                            }
                        }
                        _ => parts.push(x),
                    }
                }
                let mut acc = undef(rty);
                for (k, p) in parts.into_iter().enumerate() {
                    acc = self.insert(acc, p, k as u32)?;
                }
                Some(acc)
            }
            Op::VectorShuffle => {
                let (a, b) = (v(0)?, v(1)?);
                let na = self
                    .elem_count(&a)
                    .ok_or_else(|| self.malformed("shuffle of a non-vector"))?;
                let nb = self
                    .elem_count(&b)
                    .ok_or_else(|| self.malformed("shuffle of a non-vector"))?;
                let rty = self.basic(self.result_type(inst)?)?;
                let mut acc = undef(rty);
                for (k, i) in (2..inst.operands.len()).enumerate() {
                    let c = self.lit(inst, i)?;
                    if c == u32::MAX {
                        continue;
                    }
                    let e = if c < na {
                        self.extract(a, c)?
                    } else if c - na < nb {
                        self.extract(b, c - na)?
                    } else {
                        return Err(self.malformed(format!("shuffle component {c} out of range")));
                    };
                    acc = self.insert(acc, e, k as u32)?;
                }
                Some(acc)
            }
            Op::VectorExtractDynamic => match (v(0)?, v(1)?) {
                (BasicValueEnum::VectorValue(x), BasicValueEnum::IntValue(i)) => Some(
                    self.b
                        .build_extract_element(x, i, "")
                        .map_err(|e| self.llvm(e))?,
                ),
                _ => return Err(self.malformed("OpVectorExtractDynamic operands")),
            },
            Op::VectorInsertDynamic => match (v(0)?, v(1)?, v(2)?) {
                (BasicValueEnum::VectorValue(x), p, BasicValueEnum::IntValue(i))
                    if x.get_type().get_element_type() == p.get_type() =>
                {
                    Some(
                        self.b
                            .build_insert_element(x, p, i, "")
                            .map_err(|e| self.llvm(e))?
                            .into(),
                    )
                }
                _ => return Err(self.malformed("OpVectorInsertDynamic operands")),
            },
            Op::Dot => {
                let (a, b) = (v(0)?, v(1)?);
                let p = self.binop(O::FMul, a, b)?;
                let n = self
                    .elem_count(&p)
                    .ok_or_else(|| self.malformed("OpDot of scalars"))?;
                let mut acc = self.extract(p, 0)?;
                for k in 1..n {
                    let e = self.extract(p, k)?;
                    acc = self.binop(O::FAdd, acc, e)?;
                }
                Some(acc)
            }
            Op::Any | Op::All => {
                let x = v(0)?;
                let n = self
                    .elem_count(&x)
                    .ok_or_else(|| self.malformed("OpAny of a scalar"))?;
                let mut acc = self.extract(x, 0)?;
                for k in 1..n {
                    let e = self.extract(x, k)?;
                    acc = self.binop(if op == Op::Any { O::Or } else { O::And }, acc, e)?;
                }
                Some(acc)
            }
            Op::BitCount => {
                let x = v(0)?;
                let args = [x];
                let name = self.builtin_name("popcount", &args, false)?;
                let r = self
                    .call(&name, Some(x.get_type()), &args)?
                    .ok_or_else(|| self.malformed("popcount"))?;
                let to = self.basic(self.result_type(inst)?)?;
                if to == r.get_type() {
                    Some(r)
                } else {
                    return Err(self.unsupported("OpBitCount of another result width"));
                }
            }
            _ => return Ok(Handled::Not),
        }))
    }

    /// Barriers and atomics.
    fn sync_op(&mut self, inst: &Instruction) -> R<Handled<'ctx>> {
        let op = inst.class.opcode;
        let v = |i: usize| -> R<BasicValueEnum<'ctx>> { self.val(self.id(inst, i)?) };
        Ok(Handled::Done(match op {
            Op::ControlBarrier => {
                let sem = self.id(inst, 2)?;
                let flags = self.ctx.i32_type().const_int(self.fence_flags(sem), false);
                self.call("_Z7barrierj", None, &[flags.into()])?;
                None
            }
            Op::MemoryBarrier => {
                let sem = self.id(inst, 1)?;
                let flags = self.ctx.i32_type().const_int(self.fence_flags(sem), false);
                self.call("_Z9mem_fencej", None, &[flags.into()])?;
                None
            }
            Op::AtomicLoad => {
                let p = self.ptr_val(self.id(inst, 0)?)?;
                let t = self.basic(self.result_type(inst)?)?;
                let x = self.b.build_load(t, p, "").map_err(|e| self.llvm(e))?;
                let ord = self.ordering(self.id(inst, 2)?);
                if let Some(i) = x.as_instruction_value() {
                    i.set_atomic_ordering(ord).map_err(|e| self.llvm(e))?;
                    i.set_alignment(scalar_width(t) / 8)
                        .map_err(|e| self.llvm(e))?;
                }
                Some(x)
            }
            Op::AtomicStore => {
                let p = self.ptr_val(self.id(inst, 0)?)?;
                let x = v(3)?;
                let s = self.b.build_store(p, x).map_err(|e| self.llvm(e))?;
                let ord = self.ordering(self.id(inst, 2)?);
                s.set_atomic_ordering(ord).map_err(|e| self.llvm(e))?;
                s.set_alignment(scalar_width(x.get_type()) / 8)
                    .map_err(|e| self.llvm(e))?;
                None
            }
            Op::AtomicExchange
            | Op::AtomicIAdd
            | Op::AtomicISub
            | Op::AtomicSMin
            | Op::AtomicUMin
            | Op::AtomicSMax
            | Op::AtomicUMax
            | Op::AtomicAnd
            | Op::AtomicOr
            | Op::AtomicXor
            | Op::AtomicIIncrement
            | Op::AtomicIDecrement => {
                let p = self.ptr_val(self.id(inst, 0)?)?;
                let ord = self.ordering(self.id(inst, 2)?);
                let x = if matches!(op, Op::AtomicIIncrement | Op::AtomicIDecrement) {
                    let t = self.basic(self.result_type(inst)?)?;
                    match t {
                        BasicTypeEnum::IntType(t) => t.const_int(1, false),
                        _ => return Err(self.malformed("atomic of a non-integer")),
                    }
                } else {
                    self.int_val(self.id(inst, 3)?)?
                };
                let rmw = match op {
                    Op::AtomicExchange => AtomicRMWBinOp::Xchg,
                    Op::AtomicIAdd | Op::AtomicIIncrement => AtomicRMWBinOp::Add,
                    Op::AtomicISub | Op::AtomicIDecrement => AtomicRMWBinOp::Sub,
                    Op::AtomicSMin => AtomicRMWBinOp::Min,
                    Op::AtomicUMin => AtomicRMWBinOp::UMin,
                    Op::AtomicSMax => AtomicRMWBinOp::Max,
                    Op::AtomicUMax => AtomicRMWBinOp::UMax,
                    Op::AtomicAnd => AtomicRMWBinOp::And,
                    Op::AtomicOr => AtomicRMWBinOp::Or,
                    _ => AtomicRMWBinOp::Xor,
                };
                Some(
                    self.b
                        .build_atomicrmw(rmw, p, x, ord)
                        .map_err(|e| self.llvm(e))?
                        .into(),
                )
            }
            Op::AtomicCompareExchange => {
                let p = self.ptr_val(self.id(inst, 0)?)?;
                let ok = self.ordering(self.id(inst, 2)?);
                let fail = match self.ordering(self.id(inst, 3)?) {
                    AtomicOrdering::Release => AtomicOrdering::Monotonic,
                    AtomicOrdering::AcquireRelease => AtomicOrdering::Acquire,
                    o => o,
                };
                let (new, cmp) = (
                    self.int_val(self.id(inst, 4)?)?,
                    self.int_val(self.id(inst, 5)?)?,
                );
                if new.get_type() != cmp.get_type() {
                    return Err(self.malformed("cmpxchg operands of different types"));
                }
                let r = self
                    .b
                    .build_cmpxchg(p, cmp, new, ok, fail)
                    .map_err(|e| self.llvm(e))?;
                Some(
                    self.b
                        .build_extract_value(r, 0, "")
                        .map_err(|e| self.llvm(e))?,
                )
            }
            _ => return Ok(Handled::Not),
        }))
    }

    /// Calls, extended instructions, branches and returns.
    fn control_op(&mut self, inst: &Instruction) -> R<Handled<'ctx>> {
        let op = inst.class.opcode;
        let v = |i: usize| -> R<BasicValueEnum<'ctx>> { self.val(self.id(inst, i)?) };
        Ok(Handled::Done(match op {
            Op::FunctionCall => {
                let f = self.id(inst, 0)?;
                let fv = *self
                    .functions
                    .get(&f)
                    .ok_or_else(|| self.malformed(format!("%{f} is no function")))?;
                let args: Vec<BasicValueEnum> =
                    (1..inst.operands.len()).map(&v).collect::<R<_>>()?;
                let pts = fv.get_type().get_param_types();
                if pts.len() != args.len()
                    || pts
                        .iter()
                        .zip(&args)
                        .any(|(p, a)| *p != a.get_type().into())
                {
                    return Err(
                        self.malformed("call arguments differ from the callee's parameters")
                    );
                }
                let margs: Vec<BasicMetadataValueEnum> = args.iter().map(|a| (*a).into()).collect();
                let c = self
                    .b
                    .build_call(fv, &margs, "")
                    .map_err(|e| self.llvm(e))?;
                c.try_as_basic_value().basic()
            }
            Op::ExtInst => self.ext_inst(inst)?,
            Op::Branch => {
                let bb = self.block(self.id(inst, 0)?)?;
                self.b
                    .build_unconditional_branch(bb)
                    .map_err(|e| self.llvm(e))?;
                None
            }
            Op::BranchConditional => {
                let c = self.int_val(self.id(inst, 0)?)?;
                if c.get_type().get_bit_width() != 1 {
                    return Err(self.malformed("branch condition is no boolean"));
                }
                let (t, f) = (
                    self.block(self.id(inst, 1)?)?,
                    self.block(self.id(inst, 2)?)?,
                );
                self.b
                    .build_conditional_branch(c, t, f)
                    .map_err(|e| self.llvm(e))?;
                None
            }
            Op::Switch => {
                let sel = self.int_val(self.id(inst, 0)?)?;
                let def = self.block(self.id(inst, 1)?)?;
                let mut cases = Vec::new();
                let mut i = 2;
                while i < inst.operands.len() {
                    let k = match inst.operands.get(i) {
                        Some(Operand::LiteralBit32(k)) => u64::from(*k),
                        Some(Operand::LiteralBit64(k)) => *k,
                        _ => return Err(self.malformed("OpSwitch literal")),
                    };
                    let bb = self.block(self.id(inst, i + 1)?)?;
                    cases.push((sel.get_type().const_int(k, false), bb));
                    i += 2;
                }
                self.b
                    .build_switch(sel, def, &cases)
                    .map_err(|e| self.llvm(e))?;
                None
            }
            Op::Return => {
                self.b.build_return(None).map_err(|e| self.llvm(e))?;
                None
            }
            Op::ReturnValue => {
                let x = v(0)?;
                self.b.build_return(Some(&x)).map_err(|e| self.llvm(e))?;
                None
            }
            Op::Unreachable => {
                self.b.build_unreachable().map_err(|e| self.llvm(e))?;
                None
            }
            _ => return Ok(Handled::Not),
        }))
    }
}
