//! Pointers: provenance (which [`Base`] a pointer points into: a global address, the k-th
//! buffer argument, `SHARED`, `PRIVATE` or `INPUT`, traced back to the roots of its
//! definition) and address arithmetic (`getelementptr`, `alloca`, pointer/integer casts)
//! on the pointer's offset.

use super::{unsupported, Base, Lower, LowerError, Opnd, Val, R};
use crate::ir::{Kind, Op, V};
use ir_tgsi::abi::ArgClass;
use ir_tgsi::{ImmType, Opcode};

impl Lower<'_> {
    pub(super) fn base_of(&mut self, v: V) -> R<Base> {
        if let Some(b) = self.bases.get(&v) {
            return Ok(*b);
        }
        let space = match v.ty().kind() {
            Kind::Ptr(a) => a,
            _ => return Err(LowerError::Internal("base of a non-pointer".into())),
        };
        match space {
            3 => return Ok(Base::Shared),
            5 => return Ok(Base::Private),
            _ => {}
        }
        // Trace to the roots.
        let mut seen = std::collections::HashSet::new();
        let mut work = vec![v];
        let mut found: Option<Base> = None;
        while let Some(x) = work.pop() {
            if !seen.insert(x) {
                continue;
            }
            let root = if x.is_argument() {
                let params = self.func.params();
                let i = params.iter().position(|p| *p == x).unwrap_or(0);
                Some(self.arg_base(i as u32, x)?)
            } else if x.is_global_variable() {
                match x.ty().kind() {
                    Kind::Ptr(3) => Some(Base::Shared),
                    _ if !self.prof.private_tables && x.is_global_constant() => Some(Base::Table),
                    _ => Some(Base::Private), // constant data, copied to private memory
                }
            } else if x.is_constant() && !x.is_const_expr() {
                None // null / undef: compatible with anything
            } else {
                match x.opcode() {
                    Some(
                        Op::LLVMGetElementPtr
                        | Op::LLVMBitCast
                        | Op::LLVMAddrSpaceCast
                        | Op::LLVMFreeze,
                    ) => {
                        work.push(x.operand(0));
                        None
                    }
                    Some(Op::LLVMPHI) => {
                        for i in 0..x.num_incoming() {
                            work.push(x.incoming(i).0);
                        }
                        None
                    }
                    Some(Op::LLVMSelect) => {
                        work.push(x.operand(1));
                        work.push(x.operand(2));
                        None
                    }
                    Some(Op::LLVMAlloca) => Some(Base::Private),
                    _ if !self.prof.pointers32 && matches!(space, 1 | 4) => Some(Base::Global),
                    _ => {
                        let what = if self.prof.pointers32 && matches!(space, 1 | 4) {
                            "a global pointer that is not derived from a kernel argument (32-bit buffer pointers)"
                        } else {
                            "a generic pointer of unknown origin"
                        };
                        return unsupported(what, Some(x));
                    }
                }
            };
            if let Some(r) = root {
                if found.is_some_and(|f| f != r) {
                    return unsupported(
                        "a pointer that may point into different buffers or address spaces",
                        Some(v),
                    );
                }
                found = Some(r);
            }
        }
        let b = found.unwrap_or(Base::Private);
        self.bases.insert(v, b);
        Ok(b)
    }

    fn arg_base(&self, i: u32, at: V) -> R<Base> {
        if self.func.param_byval_type(i).is_some() {
            return Ok(Base::Input);
        }
        match self.input.slots.get(i as usize).map(|s| s.class) {
            Some(ArgClass::GlobalPtr { buffer, .. }) => Ok(if self.prof.pointers32 {
                Base::Buffer(buffer)
            } else {
                Base::Global
            }),
            Some(ArgClass::LocalPtr) => Ok(Base::Shared),
            _ => unsupported("pointer argument of unknown kind", Some(at)),
        }
    }

    pub(super) fn gep(&mut self, i: V) -> R<Val> {
        let base_v = i.operand(0);
        if !matches!(base_v.ty().kind(), Kind::Ptr(_)) {
            return unsupported("vector of pointers", Some(i));
        }
        let base = self.base_of(i)?;
        let (_, mut off) = self.ptr(base_v)?;
        let wide = base.wide();
        let mut konst: u64 = 0;
        let mut t = i.gep_source_type();
        for k in 1..i.num_operands() {
            let idx = i.operand(k);
            let stride = if k == 1 {
                self.layout.alloc_size(t)
            } else {
                match t.kind() {
                    Kind::Struct => {
                        let f = idx
                            .const_int()
                            .ok_or_else(|| LowerError::Internal("struct index".into()))?
                            as u32;
                        konst = konst.wrapping_add(self.layout.field_offset(t, f));
                        t = t.field(f);
                        continue;
                    }
                    Kind::Array | Kind::Vector => {
                        t = t.elem();
                        self.layout.alloc_size(t)
                    }
                    _ => return Err(LowerError::Internal("gep into a scalar".into())),
                }
            };
            let ibits = match idx.ty().kind() {
                Kind::Int(b) => b,
                _ => return unsupported("vector index in getelementptr", Some(i)),
            };
            if let Some(c) = idx.const_int() {
                // Sign-extend the constant index to 64 bits.
                let c = if ibits < 64 {
                    ((c << (64 - ibits)) as i64 >> (64 - ibits)) as u64
                } else {
                    c
                };
                konst = konst.wrapping_add(c.wrapping_mul(stride));
                continue;
            }
            let term = match self.scaled.get(&(idx, stride, wide)) {
                Some(t) => *t,
                None => {
                    let t = self.gep_term(idx, ibits, stride, wide)?;
                    self.scaled.insert((idx, stride, wide), t);
                    t
                }
            };
            let zero = matches!(off, Opnd::I32(0, _) | Opnd::I64(0, _));
            off = match (zero, wide) {
                (true, _) => term,
                (false, true) => self.op(Opcode::U64ADD, true, &[off, term]),
                (false, false) => self.op(Opcode::UADD, false, &[off, term]),
            };
        }
        let off = self.add_const(wide, off, konst);
        Ok(Val::P(base, off))
    }

    /// `idx * stride` as a 64-bit (`wide`) or 32-bit byte offset; `idx` is sign-extended.
    fn gep_term(&mut self, idx: V, ibits: u32, stride: u64, wide: bool) -> R<Opnd> {
        let x = self.scalar(idx)?;
        let idx_wide = ibits == 64 && !self.prof.no_int64;
        Ok(if wide {
            let x64 = if idx_wide {
                x
            } else {
                let s = self.sext32(ibits, x);
                self.op(Opcode::I2I64, true, &[s])
            };
            if stride.is_power_of_two() {
                let sh = stride.trailing_zeros();
                if sh == 0 {
                    x64
                } else {
                    self.op(Opcode::U64SHL, true, &[x64, Self::u(sh)])
                }
            } else {
                self.op(
                    Opcode::U64MUL,
                    true,
                    &[x64, Opnd::I64(stride, ImmType::Uint64)],
                )
            }
        } else {
            let x32 = if idx_wide {
                Self::low(x)
            } else {
                self.sext32(ibits, x)
            };
            if stride.is_power_of_two() {
                let sh = stride.trailing_zeros();
                if sh == 0 {
                    x32
                } else {
                    self.op(Opcode::SHL, false, &[x32, Self::u(sh)])
                }
            } else {
                self.op(Opcode::UMUL, false, &[x32, Self::u(stride as u32)])
            }
        })
    }

    pub(super) fn ptr_to_int(&mut self, i: V) -> R<Val> {
        let (base, o) = self.ptr(i.operand(0))?;
        let s = self.sty(i.ty(), i)?;
        Ok(match (base.wide(), self.is_wide(s)) {
            (true, true) | (false, false) => Val::S(vec![o]),
            (true, false) => Val::S(vec![Self::low(o)]),
            (false, true) => Val::S(vec![self.op(Opcode::U2I64, true, &[o])]),
        })
    }

    pub(super) fn int_to_ptr(&mut self, i: V) -> R<Val> {
        let base = self.base_of(i)?;
        let o = self.scalar(i.operand(0))?;
        let s = self.sty(i.operand(0).ty(), i)?;
        let o = match (base.wide(), self.is_wide(s)) {
            (true, true) | (false, false) => o,
            (true, false) => self.op(Opcode::U2I64, true, &[o]),
            (false, true) => Self::low(o),
        };
        Ok(Val::P(base, o))
    }

    /// A fixed-size `alloca`: the next aligned offset in `PRIVATE` memory.
    pub(super) fn alloca(&mut self, i: V) -> R<Val> {
        let ty = i.allocated_type();
        let n = i
            .operand(0)
            .const_int()
            .ok_or_else(|| LowerError::Unsupported {
                construct: "variable-sized alloca".into(),
                location: i.location(),
            })?;
        let align = i.alignment().max(4);
        let off = self.private_bytes.div_ceil(align) * align;
        let size = (self.layout.alloc_size(ty) * n) as u32;
        self.private_bytes = off + size.div_ceil(4) * 4;
        Ok(Val::P(Base::Private, Self::u(off)))
    }
}
