//! The `no-int64` switch: 64-bit integers live in 32-bit lanes. Clang's `size_t` idioms
//! (`sext(trunc(x))` as `ashr (shl x, 32), k`, its `add …, 1 << 32` variants) keep only a
//! high word ([`Lower::hi`]), and a 64-bit product of 32-bit values shifted right by 32 or
//! more becomes `IMUL_HI`/`UMUL_HI`; other 64-bit right shifts are refused.

use super::{unsupported, Lower, Opnd, Val, R};
use crate::ir::{Kind, Op, V};
use ir_tgsi::{File, Opcode};

impl Lower<'_> {
    /// With `no-int64`, a 64-bit instruction `i` lowered as one of the narrowed idioms, or
    /// refused as a right shift that needs the low word; `None` to lower it normally.
    pub(super) fn narrow_int64(&mut self, op: Op, i: V) -> R<Option<Val>> {
        if !(self.prof.no_int64 && i.ty().kind() == Kind::Int(64)) {
            return Ok(None);
        }
        if let Some(x) = self.narrow_shifted(op, i)? {
            return Ok(Some(x));
        }
        if matches!(op, Op::LLVMAShr | Op::LLVMLShr)
            && i.num_operands() == 2
            && i.operand(1).const_int().is_none_or(|c| c >= 32)
        {
            return unsupported(
                "64-bit right shift of a value that does not fit 32 bits (no-int64)",
                Some(i),
            );
        }
        Ok(None)
    }

    /// With `no-int64`, 64-bit arithmetic on values shifted left by 32 or more: only their
    /// high word is kept ([`Lower::hi`]); shifting them back right gives a 32-bit value.
    /// `None` when `i` is not such an operation.
    fn narrow_shifted(&mut self, op: Op, i: V) -> R<Option<Val>> {
        use Opcode as O;
        if !matches!(
            op,
            Op::LLVMShl | Op::LLVMAShr | Op::LLVMLShr | Op::LLVMAdd | Op::LLVMSub | Op::LLVMMul
        ) {
            return Ok(None);
        }
        let (a, b) = (i.operand(0), i.operand(1));
        let count = b.const_int().filter(|c| *c < 64);
        // The high word of an operand: tracked, or a constant whose low word is zero.
        let high = |l: &Self, v: V| -> Option<Opnd> {
            if let Some(h) = l.hi.get(&v) {
                return Some(*h);
            }
            match v.const_int() {
                Some(c) if c as u32 == 0 && !v.is_undef() => Some(Self::u((c >> 32) as u32)),
                _ => None,
            }
        };
        let zero = Val::S(vec![Self::u(0)]);
        match op {
            Op::LLVMShl => {
                let Some(c) = count.filter(|c| *c >= 32) else {
                    return Ok(None);
                };
                let x = self.scalar(a)?;
                let h = if c == 32 {
                    x
                } else {
                    self.op(O::SHL, false, &[x, Self::u(c as u32 - 32)])
                };
                self.set_hi(i, h);
                Ok(Some(zero))
            }
            Op::LLVMAdd | Op::LLVMSub | Op::LLVMMul => {
                let (Some(ha), Some(hb)) = (high(self, a), high(self, b)) else {
                    return Ok(None);
                };
                if !self.hi.contains_key(&a) && !self.hi.contains_key(&b) {
                    return Ok(None);
                }
                let h = match op {
                    Op::LLVMAdd => self.op(O::UADD, false, &[ha, hb]),
                    Op::LLVMSub => {
                        let nb = self.op(O::INEG, false, &[hb]);
                        self.op(O::UADD, false, &[ha, nb])
                    }
                    // (x << 32) * (y << 32) has a zero low 64 bits.
                    _ => {
                        if self.hi.contains_key(&a) && self.hi.contains_key(&b) {
                            Self::u(0)
                        } else {
                            let (x, k) = if self.hi.contains_key(&a) {
                                (ha, b)
                            } else {
                                (hb, a)
                            };
                            let k = self.scalar(k)?;
                            self.op(O::UMUL, false, &[x, k])
                        }
                    }
                };
                self.set_hi(i, h);
                Ok(Some(zero))
            }
            Op::LLVMAShr | Op::LLVMLShr => {
                if let (Some(c @ 32..), Some(o)) = (count, self.mul_hi(a)?) {
                    if c == 32 {
                        return Ok(Some(Val::S(vec![o])));
                    }
                    let sh = if op == Op::LLVMAShr { O::ISHR } else { O::USHR };
                    let r = self.op(sh, false, &[o, Self::u(c as u32 - 32)]);
                    return Ok(Some(Val::S(vec![r])));
                }
                if let (Some(c @ 1..32), true) = (count, is_wide_product(a)) {
                    // A 32×32-bit product shifted right by less than 32 (LLVM folds
                    // `rotate(mul_hi(x, y), k)` into this): the low word takes bits of both
                    // halves, `lo >> c | hi << (32 - c)`, and the high word is `hi >> c`.
                    let lo = self.scalar(a)?;
                    if let Some(hi) = self.mul_hi(a)? {
                        let sh = if op == Op::LLVMAShr { O::ISHR } else { O::USHR };
                        let l = self.op(O::USHR, false, &[lo, Self::u(c as u32)]);
                        let h = self.op(O::SHL, false, &[hi, Self::u(32 - c as u32)]);
                        let r = self.op(O::OR, false, &[l, h]);
                        let top = self.op(sh, false, &[hi, Self::u(c as u32)]);
                        self.set_hi(i, top);
                        return Ok(Some(Val::S(vec![r])));
                    }
                }
                let (Some(h), Some(c)) = (self.hi.get(&a).copied(), count) else {
                    return Ok(None);
                };
                let r = match c {
                    32 => h,
                    0..32 => self.op(O::SHL, false, &[h, Self::u(32 - c as u32)]),
                    _ => {
                        let o = if op == Op::LLVMAShr { O::ISHR } else { O::USHR };
                        self.op(o, false, &[h, Self::u(c as u32 - 32)])
                    }
                };
                Ok(Some(Val::S(vec![r])))
            }
            _ => Ok(None),
        }
    }

    /// With `no-int64`: the high word of `m` when it is a 64-bit product of two 32-bit
    /// values: `IMUL_HI` when an operand is `sext` (the others `sext` or signed 32-bit
    /// constants), else `UMUL_HI` (`zext` operands or unsigned 32-bit constants).
    pub(super) fn mul_hi(&mut self, m: V) -> R<Option<Opnd>> {
        if m.opcode() != Some(Op::LLVMMul) {
            return Ok(None);
        }
        let (a, b) = (m.operand(0), m.operand(1));
        let signed = [a, b].iter().any(|v| v.opcode() == Some(Op::LLVMSExt));
        let fits = |v: V| -> bool {
            if let Some(c) = v.const_int() {
                return if signed {
                    i32::try_from(c as i64).is_ok()
                } else {
                    c <= u64::from(u32::MAX)
                };
            }
            if !signed && fits_u32(v, 4) {
                return true;
            }
            let ext = if signed { Op::LLVMSExt } else { Op::LLVMZExt };
            v.opcode() == Some(ext) && matches!(v.operand(0).ty().kind(), Kind::Int(b) if b <= 32)
        };
        if !fits(a) || !fits(b) {
            return Ok(None);
        }
        let mut ops = Vec::new();
        for v in [a, b] {
            ops.push(match v.const_int() {
                Some(c) => Self::u(c as u32),
                // `x & M`, `M` ≤ 0xffffffff: its lane is the value itself.
                None if !signed && v.opcode() != Some(Op::LLVMZExt) && fits_u32(v, 4) => {
                    self.scalar(v)?
                }
                None => {
                    let bits = match v.operand(0).ty().kind() {
                        Kind::Int(b) => b,
                        _ => 32,
                    };
                    let x = self.scalar(v.operand(0))?;
                    if signed {
                        self.sext32(bits, x)
                    } else {
                        x
                    }
                }
            });
        }
        let o = if signed {
            Opcode::IMUL_HI
        } else {
            Opcode::UMUL_HI
        };
        Ok(Some(self.op(o, false, &ops)))
    }

    /// With `no-int64`, an `icmp` of a 64-bit product of 32-bit values (LLVM tests bit 63 of
    /// `mul_hi(x, y)`'s product for `mul_hi(x, y) >> 31`): a sign test reads the high word
    /// (`UMUL_HI`/`IMUL_HI`); any other comparison of such a product is refused by name, as the
    /// low lane alone would answer it wrongly. `None`: not such a comparison.
    pub(super) fn narrow_icmp(&mut self, i: V) -> R<Option<Val>> {
        use inkwell::llvm_sys::LLVMIntPredicate as IP;
        let a = i.operand(0);
        if !(self.prof.no_int64 && a.ty().kind() == Kind::Int(64) && is_wide_product(a)) {
            return Ok(None);
        }
        let p = i.icmp_predicate();
        let k = i.operand(1).const_int().map(|c| c as i64);
        let sign = matches!(
            (p, k),
            (IP::LLVMIntSGT, Some(-1)) | (IP::LLVMIntSLT, Some(0))
        );
        match (sign, self.mul_hi(a)?) {
            (true, Some(hi)) => {
                let o = if p == IP::LLVMIntSGT {
                    // x > -1  ⟺  hi ≥ 0
                    self.op(Opcode::ISGE, false, &[hi, Self::u(0)])
                } else {
                    self.op(Opcode::ISLT, false, &[hi, Self::u(0)])
                };
                Ok(Some(Val::S(vec![o])))
            }
            _ => unsupported(
                "comparison of a 64-bit product that does not fit 32 bits (no-int64)",
                Some(i),
            ),
        }
    }

    /// Records the high word of `v` (a block emitted twice writes the first copy's register).
    fn set_hi(&mut self, v: V, h: Opnd) {
        match self.hi.get(&v).copied() {
            Some(old @ Opnd::R { reg, .. }) if reg.file == File::Temp => self.mov_to(old, h),
            _ => {
                let h = if matches!(h, Opnd::R { .. }) {
                    h
                } else {
                    // Keep it in a register so that a second copy can write it.
                    let t = self.new_temp(false);
                    self.mov_to(t, h);
                    t
                };
                self.hi.insert(v, h);
            }
        }
    }
}

/// Whether `m` is a 64-bit `mul` of two extended 32-bit values (what [`Lower::mul_hi`] can
/// take the high word of), without emitting anything.
pub(super) fn is_wide_product(m: V) -> bool {
    m.opcode() == Some(Op::LLVMMul)
        && [m.operand(0), m.operand(1)].iter().all(|v| {
            v.const_int().is_some()
                || fits_u32(*v, 4)
                || matches!(v.opcode(), Some(Op::LLVMZExt | Op::LLVMSExt))
        })
}

/// `x & M` on 64 bits with a constant `M` ≤ `0xffffffff`: a value within the low word, as
/// clang writes `(size_t)(uint)x` (`M = 0xffffffff`) or LLVM narrows one (`(uint)(c * c)` is
/// `c * c & 0xfffffffd`, since a square's bit 1 is clear — the campaign's kernel 8418).
fn is_low_word(v: V) -> bool {
    v.opcode() == Some(Op::LLVMAnd)
        && v.num_operands() == 2
        && v.operand(1)
            .const_int()
            .is_some_and(|m| m <= u64::from(u32::MAX))
}

/// Whether the 64-bit value `v` is known to fit 32 unsigned bits (so its lane is the value):
/// a constant, a `zext` of at most 32 bits, `x & M` (`M` ≤ `0xffffffff`), or a `phi`/`select` of such
/// values (looking `depth` levels deep).
fn fits_u32(v: V, depth: u32) -> bool {
    if let Some(c) = v.const_int() {
        return c <= u64::from(u32::MAX);
    }
    match v.opcode() {
        Some(Op::LLVMZExt) => matches!(v.operand(0).ty().kind(), Kind::Int(b) if b <= 32),
        Some(Op::LLVMAnd) => is_low_word(v),
        Some(Op::LLVMPHI) if depth > 0 => {
            (0..v.num_operands()).all(|k| fits_u32(v.operand(k), depth - 1))
        }
        Some(Op::LLVMSelect) if depth > 0 => {
            fits_u32(v.operand(1), depth - 1) && fits_u32(v.operand(2), depth - 1)
        }
        _ => false,
    }
}
