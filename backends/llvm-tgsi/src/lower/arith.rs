//! Arithmetic: integer and floating-point binary operations, negation, comparisons,
//! selects and conversions, element by element on flattened vectors. Narrow integers are
//! kept zero-extended (re-normalized after each operation), `i1` is `~0`/`0`.

use super::{unsupported, Lower, LowerError, Opnd, Sty, Val, NEG1, R};
use crate::ir::{Kind, LLVMIntPredicate as IP, LLVMRealPredicate as RP, Op, V};
use ir_tgsi::{ImmType, Opcode};

impl Lower<'_> {
    /// `add` … `frem`, element by element.
    pub(super) fn binary(&mut self, op: Op, i: V) -> R<Val> {
        let a = self.elems(i.operand(0))?;
        let b = self.elems(i.operand(1))?;
        let tys = self.flatten(i.ty(), i)?;
        let mut out = Vec::new();
        for ((x, y), (_, t)) in a.into_iter().zip(b).zip(tys) {
            let s = self.sty(t, i)?;
            out.push(self.binop(op, s, x, y, i)?);
        }
        Ok(Val::S(out))
    }

    /// `fneg`: flips the sign bit.
    pub(super) fn fneg(&mut self, i: V) -> R<Val> {
        let a = self.elems(i.operand(0))?;
        let tys = self.flatten(i.ty(), i)?;
        let mut out = Vec::new();
        for (x, (_, t)) in a.into_iter().zip(tys) {
            out.push(match self.sty(t, i)? {
                Sty::F64 => self.op(Opcode::XOR, true, &[x, Opnd::I64(1 << 63, ImmType::Uint64)]),
                _ => self.op(Opcode::XOR, false, &[x, Self::u(0x8000_0000)]),
            });
        }
        Ok(Val::S(out))
    }

    /// `icmp` / `fcmp`, element by element.
    pub(super) fn compare(&mut self, op: Op, i: V) -> R<Val> {
        let a = self.elems(i.operand(0))?;
        let b = self.elems(i.operand(1))?;
        let tys = self.flatten(i.operand(0).ty(), i)?;
        let mut out = Vec::new();
        for ((x, y), (_, t)) in a.into_iter().zip(b).zip(tys) {
            let s = self.sty(t, i)?;
            out.push(if op == Op::LLVMICmp {
                self.icmp(i.icmp_predicate(), s, x, y)
            } else {
                self.fcmp(i.fcmp_predicate(), s, x, y, i)?
            });
        }
        Ok(Val::S(out))
    }

    /// `select` of pointers, or of values element by element (the condition is a scalar or
    /// a vector).
    pub(super) fn select(&mut self, i: V) -> R<Val> {
        let c = self.elems(i.operand(0))?;
        if let Kind::Ptr(_) = i.ty().kind() {
            let base = self.base_of(i)?;
            let (_, a) = self.ptr(i.operand(1))?;
            let (_, b) = self.ptr(i.operand(2))?;
            let o = self.op(Opcode::UCMP, base.wide(), &[c[0], a, b]);
            return Ok(Val::P(base, o));
        }
        let a = self.elems(i.operand(1))?;
        let b = self.elems(i.operand(2))?;
        let tys = self.flatten(i.ty(), i)?;
        let mut out = Vec::new();
        for (k, ((x, y), (_, t))) in a.into_iter().zip(b).zip(tys).enumerate() {
            let s = self.sty(t, i)?;
            let w = self.is_wide(s);
            let cc = if c.len() == 1 { c[0] } else { c[k] };
            out.push(self.op(Opcode::UCMP, w, &[cc, x, y]));
        }
        Ok(Val::S(out))
    }

    /// Integer and floating-point conversions (`trunc` … `fpext`), element by element.
    pub(super) fn convert(&mut self, op: Op, i: V) -> R<Val> {
        let a = self.elems(i.operand(0))?;
        let from = self.flatten(i.operand(0).ty(), i)?;
        let to = self.flatten(i.ty(), i)?;
        let mut out = Vec::new();
        for ((x, (_, ft)), (_, tt)) in a.into_iter().zip(from).zip(to) {
            let fs = self.sty(ft, i)?;
            let ts = self.sty(tt, i)?;
            out.push(self.cast(op, fs, ts, x, i)?);
        }
        Ok(Val::S(out))
    }

    fn binop(&mut self, op: Op, s: Sty, a: Opnd, b: Opnd, at: V) -> R<Opnd> {
        use Opcode as O;
        Ok(match s {
            Sty::I(1) => match op {
                Op::LLVMAnd | Op::LLVMMul => self.op(O::AND, false, &[a, b]),
                Op::LLVMOr => self.op(O::OR, false, &[a, b]),
                Op::LLVMXor | Op::LLVMAdd | Op::LLVMSub => self.op(O::XOR, false, &[a, b]),
                _ => return unsupported("arithmetic on i1", Some(at)),
            },
            Sty::I(bits) if bits <= 32 => {
                let r = match op {
                    Op::LLVMAdd => self.op(O::UADD, false, &[a, b]),
                    Op::LLVMSub => {
                        let nb = self.op(O::INEG, false, &[b]);
                        self.op(O::UADD, false, &[a, nb])
                    }
                    Op::LLVMMul => self.op(O::UMUL, false, &[a, b]),
                    Op::LLVMUDiv => self.div64_check(O::UDIV, a, b, at)?,
                    Op::LLVMURem => self.div64_check(O::UMOD, a, b, at)?,
                    Op::LLVMSDiv | Op::LLVMSRem => {
                        let (x, y) = (self.sext32(bits, a), self.sext32(bits, b));
                        let o = if op == Op::LLVMSDiv { O::IDIV } else { O::MOD };
                        self.div64_check(o, x, y, at)?
                    }
                    Op::LLVMShl => self.op(O::SHL, false, &[a, b]),
                    Op::LLVMLShr => self.op(O::USHR, false, &[a, b]),
                    Op::LLVMAShr => {
                        let x = self.sext32(bits, a);
                        self.op(O::ISHR, false, &[x, b])
                    }
                    // `and i64 x, 0xffffffff` (zext of a 32-bit index) once narrowed.
                    Op::LLVMAnd if b == Self::u(NEG1) => return Ok(a),
                    Op::LLVMAnd if a == Self::u(NEG1) => return Ok(b),
                    Op::LLVMAnd => return Ok(self.op(O::AND, false, &[a, b])),
                    Op::LLVMOr => return Ok(self.op(O::OR, false, &[a, b])),
                    Op::LLVMXor => return Ok(self.op(O::XOR, false, &[a, b])),
                    _ => return Err(LowerError::Internal("float op on integers".into())),
                };
                self.norm(bits, r)
            }
            Sty::I(_) => {
                let lo = Self::low(b);
                let sb = self.src(lo);
                match op {
                    Op::LLVMAdd => self.op(O::U64ADD, true, &[a, b]),
                    Op::LLVMSub => {
                        let nb = self.op(O::I64NEG, true, &[b]);
                        self.op(O::U64ADD, true, &[a, nb])
                    }
                    Op::LLVMMul => self.op(O::U64MUL, true, &[a, b]),
                    Op::LLVMUDiv => self.op(O::U64DIV, true, &[a, b]),
                    Op::LLVMSDiv => self.op(O::I64DIV, true, &[a, b]),
                    Op::LLVMURem => self.op(O::U64MOD, true, &[a, b]),
                    Op::LLVMSRem => self.op(O::I64MOD, true, &[a, b]),
                    Op::LLVMShl | Op::LLVMLShr | Op::LLVMAShr => {
                        let o = match op {
                            Op::LLVMShl => O::U64SHL,
                            Op::LLVMLShr => O::U64SHR,
                            _ => O::I64SHR,
                        };
                        let sa = self.src(a);
                        self.op_s(o, true, &[sa, sb])
                    }
                    Op::LLVMAnd => self.op(O::AND, true, &[a, b]),
                    Op::LLVMOr => self.op(O::OR, true, &[a, b]),
                    Op::LLVMXor => self.op(O::XOR, true, &[a, b]),
                    _ => return Err(LowerError::Internal("float op on integers".into())),
                }
            }
            Sty::F32 => match op {
                Op::LLVMFAdd => self.op(O::ADD, false, &[a, b]),
                Op::LLVMFSub => {
                    let (sa, sb) = (self.src(a), self.neg(b));
                    self.op_s(O::ADD, false, &[sa, sb])
                }
                Op::LLVMFMul => self.op(O::MUL, false, &[a, b]),
                Op::LLVMFDiv => self.op(O::DIV, false, &[a, b]),
                _ => return unsupported("floating-point remainder (fmod)", Some(at)),
            },
            Sty::F64 => match op {
                Op::LLVMFAdd => self.op(O::DADD, true, &[a, b]),
                Op::LLVMFSub => {
                    let (sa, sb) = (self.src(a), self.neg(b));
                    self.op_s(O::DADD, true, &[sa, sb])
                }
                Op::LLVMFMul => self.op(O::DMUL, true, &[a, b]),
                Op::LLVMFDiv => self.op(O::DDIV, true, &[a, b]),
                _ => return unsupported("floating-point remainder (fmod)", Some(at)),
            },
            Sty::P(_) => return Err(LowerError::Internal("arithmetic on pointers".into())),
        })
    }

    /// 32-bit division; with `no-int64`, a division of a narrowed 64-bit value is refused.
    fn div64_check(&mut self, o: Opcode, a: Opnd, b: Opnd, at: V) -> R<Opnd> {
        if self.prof.no_int64 && matches!(at.ty().kind(), Kind::Int(64)) {
            return unsupported("64-bit integer division", Some(at));
        }
        Ok(self.op(o, false, &[a, b]))
    }

    fn icmp(&mut self, p: IP, s: Sty, a: Opnd, b: Opnd) -> Opnd {
        use Opcode as O;
        let bits = match s {
            Sty::I(b) => b,
            Sty::P(_) if self.is_wide(s) => 64,
            _ => 32,
        };
        let signed = matches!(
            p,
            IP::LLVMIntSGT | IP::LLVMIntSGE | IP::LLVMIntSLT | IP::LLVMIntSLE
        );
        let (a, b) = if signed && bits < 32 {
            (self.sext32(bits, a), self.sext32(bits, b))
        } else {
            (a, b)
        };
        // (opcode, swap operands)
        let (o, swap) = if bits == 64 {
            match p {
                IP::LLVMIntEQ => (O::U64SEQ, false),
                IP::LLVMIntNE => (O::U64SNE, false),
                IP::LLVMIntULT => (O::U64SLT, false),
                IP::LLVMIntUGE => (O::U64SGE, false),
                IP::LLVMIntUGT => (O::U64SLT, true),
                IP::LLVMIntULE => (O::U64SGE, true),
                IP::LLVMIntSLT => (O::I64SLT, false),
                IP::LLVMIntSGE => (O::I64SGE, false),
                IP::LLVMIntSGT => (O::I64SLT, true),
                IP::LLVMIntSLE => (O::I64SGE, true),
            }
        } else {
            match p {
                IP::LLVMIntEQ => (O::USEQ, false),
                IP::LLVMIntNE => (O::USNE, false),
                IP::LLVMIntULT => (O::USLT, false),
                IP::LLVMIntUGE => (O::USGE, false),
                IP::LLVMIntUGT => (O::USLT, true),
                IP::LLVMIntULE => (O::USGE, true),
                IP::LLVMIntSLT => (O::ISLT, false),
                IP::LLVMIntSGE => (O::ISGE, false),
                IP::LLVMIntSGT => (O::ISLT, true),
                IP::LLVMIntSLE => (O::ISGE, true),
            }
        };
        let (x, y) = if swap { (b, a) } else { (a, b) };
        self.op(o, false, &[x, y])
    }

    fn fcmp(&mut self, p: RP, s: Sty, a: Opnd, b: Opnd, at: V) -> R<Opnd> {
        use Opcode as O;
        let d = s == Sty::F64;
        let (lt, ge, eq, ne) = if d {
            (O::DSLT, O::DSGE, O::DSEQ, O::DSNE)
        } else {
            (O::FSLT, O::FSGE, O::FSEQ, O::FSNE)
        };
        let ord = |l: &mut Self| {
            let x = l.op(eq, false, &[a, a]);
            let y = l.op(eq, false, &[b, b]);
            l.op(O::AND, false, &[x, y])
        };
        Ok(match p {
            RP::LLVMRealPredicateFalse => Self::u(0),
            RP::LLVMRealPredicateTrue => Self::u(NEG1),
            RP::LLVMRealOEQ => self.op(eq, false, &[a, b]),
            RP::LLVMRealUNE => self.op(ne, false, &[a, b]),
            RP::LLVMRealOLT => self.op(lt, false, &[a, b]),
            RP::LLVMRealOGE => self.op(ge, false, &[a, b]),
            RP::LLVMRealOGT => self.op(lt, false, &[b, a]),
            RP::LLVMRealOLE => self.op(ge, false, &[b, a]),
            RP::LLVMRealUGE => {
                let x = self.op(lt, false, &[a, b]);
                self.op(O::NOT, false, &[x])
            }
            RP::LLVMRealULT => {
                let x = self.op(ge, false, &[a, b]);
                self.op(O::NOT, false, &[x])
            }
            RP::LLVMRealULE => {
                let x = self.op(lt, false, &[b, a]);
                self.op(O::NOT, false, &[x])
            }
            RP::LLVMRealUGT => {
                let x = self.op(ge, false, &[b, a]);
                self.op(O::NOT, false, &[x])
            }
            RP::LLVMRealORD => ord(self),
            RP::LLVMRealUNO => {
                let x = ord(self);
                self.op(O::NOT, false, &[x])
            }
            RP::LLVMRealONE => {
                let x = self.op(ne, false, &[a, b]);
                let o = ord(self);
                self.op(O::AND, false, &[x, o])
            }
            RP::LLVMRealUEQ => {
                let x = self.op(ne, false, &[a, b]);
                let o = ord(self);
                let one = self.op(O::AND, false, &[x, o]);
                let _ = at;
                self.op(O::NOT, false, &[one])
            }
        })
    }

    fn cast(&mut self, op: Op, fs: Sty, ts: Sty, x: Opnd, at: V) -> R<Opnd> {
        use Opcode as O;
        let ib = |s: Sty| if let Sty::I(b) = s { b } else { 0 };
        Ok(match op {
            Op::LLVMTrunc => {
                let x = if self.is_wide(fs) { Self::low(x) } else { x };
                match ib(ts) {
                    1 => {
                        let b = self.op(O::AND, false, &[x, Self::u(1)]);
                        self.op(O::INEG, false, &[b])
                    }
                    b => self.norm(b, x),
                }
            }
            Op::LLVMZExt => {
                let x = if ib(fs) == 1 {
                    self.op(O::AND, false, &[x, Self::u(1)])
                } else {
                    x
                };
                if self.is_wide(ts) {
                    self.op(O::U2I64, true, &[x])
                } else {
                    x
                }
            }
            Op::LLVMSExt => {
                let x = self.sext32(ib(fs), x);
                if self.is_wide(ts) {
                    self.op(O::I2I64, true, &[x])
                } else {
                    self.norm(ib(ts), x)
                }
            }
            Op::LLVMFPToUI | Op::LLVMFPToSI => {
                let signed = op == Op::LLVMFPToSI;
                let wide_to = self.is_wide(ts);
                let o = match (fs, wide_to, signed) {
                    (Sty::F32, false, false) => O::F2U,
                    (Sty::F32, false, true) => O::F2I,
                    (Sty::F32, true, false) => O::F2U64,
                    (Sty::F32, true, true) => O::F2I64,
                    (_, false, false) => O::D2U,
                    (_, false, true) => O::D2I,
                    (_, true, false) => O::D2U64,
                    (_, true, true) => O::D2I64,
                };
                let r = self.op(o, wide_to, &[x]);
                if ib(ts) == 1 {
                    self.op(O::USNE, false, &[r, Self::u(0)])
                } else {
                    self.norm(ib(ts), r)
                }
            }
            Op::LLVMUIToFP | Op::LLVMSIToFP => {
                let signed = op == Op::LLVMSIToFP;
                let wide_from = self.is_wide(fs);
                let bits = ib(fs);
                let x = if bits == 1 && !signed {
                    self.op(O::AND, false, &[x, Self::u(1)])
                } else if signed {
                    self.sext32(bits, x)
                } else {
                    x
                };
                let o = match (ts, wide_from, signed) {
                    (Sty::F32, false, false) => O::U2F,
                    (Sty::F32, false, true) => O::I2F,
                    (Sty::F32, true, false) => O::U642F,
                    (Sty::F32, true, true) => O::I642F,
                    (_, false, false) => O::U2D,
                    (_, false, true) => O::I2D,
                    (_, true, false) => O::U642D,
                    (_, true, true) => O::I642D,
                };
                self.op(o, ts == Sty::F64, &[x])
            }
            Op::LLVMFPExt => self.op(O::F2D, true, &[x]),
            Op::LLVMFPTrunc => self.op(O::D2F, false, &[x]),
            _ => return unsupported(format!("cast `{}`", at.print()), Some(at)),
        })
    }
}
