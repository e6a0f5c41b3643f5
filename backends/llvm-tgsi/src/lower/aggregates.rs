//! Aggregates: vectors, arrays and structs are lists of scalar operands, so element access
//! (`extractvalue`, `insertvalue`, `extractelement`, `insertelement`), `shufflevector` and
//! bit casts between aggregate shapes are mostly bookkeeping over those lists.

use super::{unsupported, Lower, LowerError, Opnd, Val, R};
use crate::ir::{Kind, T, V};
use ir_tgsi::program::mask;
use ir_tgsi::{Dst, Opcode};

impl Lower<'_> {
    /// `bitcast`, `addrspacecast` and `freeze`: the same bits, possibly regrouped.
    pub(super) fn bitcast(&mut self, i: V) -> R<Val> {
        if let Kind::Ptr(_) = i.ty().kind() {
            let base = self.base_of(i)?;
            let (_, o) = self.ptr(i.operand(0))?;
            return Ok(Val::P(base, o));
        }
        let a = self.elems(i.operand(0))?;
        let from = self.flatten(i.operand(0).ty(), i)?;
        let to = self.flatten(i.ty(), i)?;
        self.regroup(a, &from, &to, i)
    }

    pub(super) fn extract_value(&mut self, i: V) -> R<Val> {
        let agg = self.elems(i.operand(0))?;
        let (lo, n) = self.agg_range(i.operand(0).ty(), &i.indices(), i)?;
        Ok(Val::S(agg[lo..lo + n].to_vec()))
    }

    pub(super) fn insert_value(&mut self, i: V) -> R<Val> {
        let mut agg = self.elems(i.operand(0))?;
        let ins = self.elems(i.operand(1))?;
        let (lo, n) = self.agg_range(i.ty(), &i.indices(), i)?;
        agg[lo..lo + n].copy_from_slice(&ins[..n]);
        Ok(Val::S(agg))
    }

    /// A constant index picks the element; a variable one selects it with a `UCMP` chain.
    pub(super) fn extract_element(&mut self, i: V) -> R<Val> {
        let v = self.elems(i.operand(0))?;
        let idx = i.operand(1);
        Ok(match idx.const_int() {
            Some(k) => Val::S(vec![*v
                .get(k as usize)
                .ok_or_else(|| LowerError::Internal("index".into()))?]),
            None => {
                let ix = self.scalar(idx)?;
                let s = self.sty(i.ty(), i)?;
                let w = self.is_wide(s);
                let mut acc = v[0];
                for (k, e) in v.iter().enumerate().skip(1) {
                    let c = self.op(Opcode::USEQ, false, &[ix, Self::u(k as u32)]);
                    acc = self.op(Opcode::UCMP, w, &[c, *e, acc]);
                }
                Val::S(vec![acc])
            }
        })
    }

    pub(super) fn insert_element(&mut self, i: V) -> R<Val> {
        let mut v = self.elems(i.operand(0))?;
        let e = self.scalar(i.operand(1))?;
        match i.operand(2).const_int() {
            Some(k) if (k as usize) < v.len() => v[k as usize] = e,
            _ => return unsupported("insertelement with a variable index", Some(i)),
        }
        Ok(Val::S(v))
    }

    pub(super) fn shuffle_vector(&mut self, i: V) -> R<Val> {
        let a = self.elems(i.operand(0))?;
        let b = self.elems(i.operand(1))?;
        let all: Vec<Opnd> = a.iter().chain(b.iter()).copied().collect();
        let mut out = Vec::new();
        for m in i.shuffle_mask() {
            out.push(match m {
                Some(k) => all[k as usize],
                None => Self::u(0),
            });
        }
        Ok(Val::S(out))
    }

    /// The flattened element range addressed by `extractvalue`/`insertvalue` indices.
    fn agg_range(&self, t: T, idx: &[u32], at: V) -> R<(usize, usize)> {
        let mut lo = 0;
        let mut t = t;
        for &k in idx {
            let fields: Vec<T> = match t.kind() {
                Kind::Struct => (0..t.len() as u32).map(|j| t.field(j)).collect(),
                _ => (0..t.len()).map(|_| t.elem()).collect(),
            };
            for f in &fields[..k as usize] {
                lo += self.flatten(*f, at)?.len();
            }
            t = fields[k as usize];
        }
        Ok((lo, self.flatten(t, at)?.len()))
    }

    /// Reinterprets flattened operands of types `from` as types `to` (same bits).
    fn regroup(&mut self, a: Vec<Opnd>, from: &[(u64, T)], to: &[(u64, T)], at: V) -> R<Val> {
        let fw: Vec<bool> = from
            .iter()
            .map(|(_, t)| self.sty(*t, at).map(|s| self.is_wide(s)))
            .collect::<R<_>>()?;
        let tw: Vec<bool> = to
            .iter()
            .map(|(_, t)| self.sty(*t, at).map(|s| self.is_wide(s)))
            .collect::<R<_>>()?;
        if from.len() == to.len() && fw == tw {
            return Ok(Val::S(a));
        }
        for (_, t) in from.iter().chain(to) {
            if matches!(t.kind(), Kind::Int(b) if b < 32) {
                return unsupported(
                    "bit cast between vectors of 8- or 16-bit elements",
                    Some(at),
                );
            }
        }
        let mut words = Vec::new();
        for (o, w) in a.into_iter().zip(fw) {
            if w {
                words.push(Self::low(o));
                words.push(Self::high(o));
            } else {
                words.push(o);
            }
        }
        let mut out = Vec::new();
        let mut it = words.into_iter();
        for w in tw {
            if w {
                let (lo, hi) = (it.next(), it.next());
                let (lo, hi) = lo
                    .zip(hi)
                    .ok_or_else(|| LowerError::Internal("bitcast size".into()))?;
                let d = self.new_temp(true);
                let (ls, hs) = (self.src(lo), self.src(hi));
                let Opnd::R { reg, .. } = d else {
                    unreachable!()
                };
                self.b
                    .emit(Opcode::MOV, &[Dst { reg, mask: mask::X }], &[ls]);
                self.b
                    .emit(Opcode::MOV, &[Dst { reg, mask: mask::Y }], &[hs]);
                out.push(d);
            } else {
                out.push(
                    it.next()
                        .ok_or_else(|| LowerError::Internal("bitcast size".into()))?,
                );
            }
        }
        Ok(Val::S(out))
    }
}
