//! Module-scope declarations: `OpType*` checks, constants and global variables (`Tr::global`).

use super::*;

impl<'ctx> Tr<'ctx, '_> {
    pub(super) fn global(&mut self, inst: &Instruction) -> R<()> {
        let op = inst.class.opcode;
        let rid = self.result(inst)?;
        let ty = match op {
            Op::TypeVoid => Some(Ty::Void),
            Op::TypeBool => Some(Ty::Bool),
            Op::TypeInt => Some(Ty::Int(self.lit(inst, 0)?)),
            Op::TypeFloat => Some(Ty::Float(self.lit(inst, 0)?)),
            Op::TypeVector => Some(Ty::Vector(self.id(inst, 0)?, self.lit(inst, 1)?)),
            Op::TypeArray => {
                let len = self.id(inst, 1)?;
                let n = *self
                    .ints
                    .get(&len)
                    .ok_or_else(|| self.malformed("array length is not a constant"))?;
                let n = u32::try_from(n).map_err(|_| self.unsupported("array of 2^32 or more"))?;
                Some(Ty::Array(self.id(inst, 0)?, n))
            }
            Op::TypeStruct => Some(Ty::Struct(
                (0..inst.operands.len())
                    .map(|i| self.id(inst, i))
                    .collect::<R<_>>()?,
            )),
            Op::TypePointer => match inst.operands.first() {
                Some(Operand::StorageClass(sc)) => Some(Ty::Pointer(*sc, self.id(inst, 1)?)),
                _ => return Err(self.malformed("OpTypePointer without a storage class")),
            },
            Op::TypeFunction => Some(Ty::Function(
                self.id(inst, 0)?,
                (1..inst.operands.len())
                    .map(|i| self.id(inst, i))
                    .collect::<R<_>>()?,
            )),
            _ => None,
        };
        if let Some(t) = ty {
            self.check_type(&t)?;
            self.types.insert(rid, t);
            return Ok(());
        }
        let rty = self.result_type(inst)?;
        let v: BasicValueEnum<'ctx> = match op {
            Op::Constant => {
                let w0 = self.lit_or_64(inst)?;
                match self.basic(rty)? {
                    BasicTypeEnum::IntType(t) => {
                        let bits = t.get_bit_width();
                        let v = if bits < 64 {
                            w0 & ((1u64 << bits) - 1)
                        } else {
                            w0
                        };
                        self.ints.insert(rid, v);
                        t.const_int(v, false).into()
                    }
                    BasicTypeEnum::FloatType(t) => {
                        let f = match self.ty(rty)? {
                            Ty::Float(16) => half_to_f64(w0 as u16),
                            Ty::Float(32) => f64::from(f32::from_bits(w0 as u32)),
                            _ => f64::from_bits(w0),
                        };
                        t.const_float(f).into()
                    }
                    _ => return Err(self.malformed("OpConstant of a non-scalar type")),
                }
            }
            Op::ConstantTrue => self.ctx.bool_type().const_int(1, false).into(),
            Op::ConstantFalse => self.ctx.bool_type().const_zero().into(),
            Op::ConstantNull => self.basic(rty)?.const_zero(),
            Op::Undef => undef(self.basic(rty)?),
            Op::ConstantComposite => {
                let parts: Vec<BasicValueEnum> = (0..inst.operands.len())
                    .map(|i| self.id(inst, i).and_then(|p| self.val(p)))
                    .collect::<R<_>>()?;
                self.const_composite(rty, &parts)?
            }
            Op::Variable => return self.global_variable(inst, rid, rty),
            _ => return Err(self.unsupported(format!("Op{op:?} at module scope"))),
        };
        self.define(rid, rty, v);
        Ok(())
    }

    /// A type must name only types defined before it (so types are never cyclic) and have the
    /// widths and vector sizes OpenCL has.
    pub(super) fn check_type(&self, t: &Ty) -> R<()> {
        let known = |id: &Word| -> R<()> {
            if self.types.contains_key(id) {
                Ok(())
            } else {
                Err(self.malformed(format!("type names %{id}, no type defined before it")))
            }
        };
        match t {
            Ty::Void | Ty::Bool => Ok(()),
            Ty::Int(8 | 16 | 32 | 64) => Ok(()),
            Ty::Float(16 | 32 | 64) => Ok(()),
            Ty::Int(w) => Err(self.unsupported(format!("{w}-bit integer type"))),
            Ty::Float(w) => Err(self.unsupported(format!("{w}-bit float type"))),
            Ty::Vector(e, n) => {
                known(e)?;
                if !matches!(n, 2 | 3 | 4 | 8 | 16) {
                    return Err(self.unsupported(format!("vector of {n} components")));
                }
                match self.ty(*e)? {
                    Ty::Int(_) | Ty::Float(_) | Ty::Bool => Ok(()),
                    _ => Err(self.malformed("vector of a non-scalar type")),
                }
            }
            Ty::Array(e, _) | Ty::Pointer(_, e) => known(e),
            Ty::Struct(ms) => ms.iter().try_for_each(known),
            Ty::Function(r, ps) => {
                known(r)?;
                ps.iter().try_for_each(known)
            }
        }
    }

    pub(super) fn lit_or_64(&self, inst: &Instruction) -> R<u64> {
        match inst.operands.first() {
            Some(Operand::LiteralBit32(w)) => Ok(u64::from(*w)),
            Some(Operand::LiteralBit64(w)) => Ok(*w),
            _ => Err(self.malformed("constant without a literal")),
        }
    }

    pub(super) fn const_composite(
        &self,
        ty: Word,
        parts: &[BasicValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        // LLVM's constant constructors trust their operands: check count and types here.
        let want: Vec<BasicTypeEnum<'ctx>> = match self.ty(ty)?.clone() {
            Ty::Vector(_, n) | Ty::Array(_, n) if n as usize != parts.len() => {
                return Err(self.malformed("OpConstantComposite of the wrong length"))
            }
            Ty::Vector(e, n) | Ty::Array(e, n) => vec![self.basic(e)?; n as usize],
            Ty::Struct(ms) => ms.iter().map(|m| self.basic(*m)).collect::<R<_>>()?,
            _ => return Err(self.malformed("OpConstantComposite of a scalar type")),
        };
        if want.len() != parts.len() || want.iter().zip(parts).any(|(t, p)| *t != p.get_type()) {
            return Err(self.malformed("OpConstantComposite constituents differ from its type"));
        }
        Ok(match self.basic(ty)? {
            BasicTypeEnum::VectorType(_) => inkwell::types::VectorType::const_vector(parts).into(),
            BasicTypeEnum::ArrayType(a) => match a.get_element_type() {
                BasicTypeEnum::IntType(e) => {
                    let v: Vec<IntValue> = parts
                        .iter()
                        .map(|p| match p {
                            BasicValueEnum::IntValue(i) => Ok(*i),
                            _ => Err(self.malformed("array constant of mixed types")),
                        })
                        .collect::<R<_>>()?;
                    e.const_array(&v).into()
                }
                BasicTypeEnum::FloatType(e) => {
                    let v: Vec<_> = parts
                        .iter()
                        .map(|p| match p {
                            BasicValueEnum::FloatValue(i) => Ok(*i),
                            _ => Err(self.malformed("array constant of mixed types")),
                        })
                        .collect::<R<_>>()?;
                    e.const_array(&v).into()
                }
                BasicTypeEnum::VectorType(e) => {
                    let v: Vec<_> = parts
                        .iter()
                        .map(|p| match p {
                            BasicValueEnum::VectorValue(i) => Ok(*i),
                            _ => Err(self.malformed("array constant of mixed types")),
                        })
                        .collect::<R<_>>()?;
                    e.const_array(&v).into()
                }
                BasicTypeEnum::StructType(e) => {
                    let v: Vec<_> = parts
                        .iter()
                        .map(|p| match p {
                            BasicValueEnum::StructValue(i) => Ok(*i),
                            _ => Err(self.malformed("array constant of mixed types")),
                        })
                        .collect::<R<_>>()?;
                    e.const_array(&v).into()
                }
                BasicTypeEnum::ArrayType(e) => {
                    let v: Vec<_> = parts
                        .iter()
                        .map(|p| match p {
                            BasicValueEnum::ArrayValue(i) => Ok(*i),
                            _ => Err(self.malformed("array constant of mixed types")),
                        })
                        .collect::<R<_>>()?;
                    e.const_array(&v).into()
                }
                _ => return Err(self.unsupported("constant array of this element type")),
            },
            BasicTypeEnum::StructType(s) => s.const_named_struct(parts).into(),
            _ => return Err(self.malformed("OpConstantComposite of a scalar type")),
        })
    }

    pub(super) fn global_variable(&mut self, inst: &Instruction, rid: Word, rty: Word) -> R<()> {
        let Some(Operand::StorageClass(sc)) = inst.operands.first() else {
            return Err(self.malformed("OpVariable without a storage class"));
        };
        let (_, pointee) = match self.ty(rty)? {
            Ty::Pointer(s, p) => (*s, *p),
            _ => return Err(self.malformed("OpVariable of a non-pointer type")),
        };
        if *sc == StorageClass::Input {
            if !self.builtins.contains_key(&rid) {
                return Err(self.unsupported("Input variable that is no builtin"));
            }
            self.value_ty.insert(rid, rty);
            return Ok(());
        }
        let ty = self.basic(pointee)?;
        let name = self
            .names
            .get(&rid)
            .cloned()
            .unwrap_or_else(|| format!("spv.g{rid}"));
        let g = self.module.add_global(ty, Some(address_space(*sc)), &name);
        g.set_linkage(Linkage::Internal);
        match id_of(inst, 1) {
            Some(init) => {
                let v = self.val(init)?;
                if v.get_type() != ty {
                    return Err(self.malformed("variable initializer of another type"));
                }
                g.set_initializer(&v)
            }
            None if *sc == StorageClass::Workgroup => g.set_initializer(&undef(ty)),
            None => g.set_initializer(&ty.const_zero()),
        }
        if self.decoration(rid, Decoration::Constant).is_some() {
            g.set_constant(true);
        }
        if let Some(a) = self.alignment(rid) {
            g.set_alignment(a);
        }
        self.define(rid, rty, g.as_pointer_value().into());
        Ok(())
    }
}
