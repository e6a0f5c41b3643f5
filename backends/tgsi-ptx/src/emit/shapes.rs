//! Shapes: how an opcode's source channels map to its destination channels (per channel,
//! scalar, 64-bit lane pairs and the conversions between widths). Every shape that computes
//! unit by unit goes through the one lane loop, [`Emitter::lanes`], which also routes results
//! through scratch registers when a destination channel is still to be read.

use ir_tgsi::opcode::Ty;
use ir_tgsi::program::Chan;
use ir_tgsi::{Dst, Instruction};

use super::{Emitter, Res, T};

/// The units an instruction computes one at a time, in order.
pub(super) enum Units {
    /// 32-bit results for these destination channels: computed straight into them, or into
    /// scratch registers moved in at the end when `alias` (a later unit still reads a
    /// channel an earlier one writes).
    Words { chans: Vec<usize>, alias: bool },
    /// 64-bit results for these lane pairs: computed into scratch `.b64` registers and
    /// unpacked into the destination at the end.
    Pairs(Vec<usize>),
}

impl Emitter<'_> {
    /// The lane loop: for each unit u, `read(e, u)` reads what it needs, then
    /// `op(e, target, read)` computes into the unit's target; the results end up in the
    /// destination.
    pub(super) fn lanes<S>(
        &mut self,
        inst: &Instruction,
        units: Units,
        mut read: impl FnMut(&mut Self, usize) -> Res<S>,
        mut op: impl FnMut(&mut Self, &str, S) -> Res<()>,
    ) -> Res<()> {
        let d = inst.dst[0];
        match units {
            Units::Words { chans, alias } => {
                let mut later = Vec::new();
                for c in chans {
                    let s = read(self, c)?;
                    let target = if alias { self.s() } else { self.dst_reg(&d, c)? };
                    op(self, &target, s)?;
                    if alias {
                        later.push((self.dst_reg(&d, c)?, target));
                    }
                }
                for (r, s) in later {
                    self.line(format!("mov.b32 {r}, {s};"));
                }
                Ok(())
            }
            Units::Pairs(pairs) => {
                let mut results = Vec::new();
                for p in pairs {
                    let s = read(self, p)?;
                    let r = self.d();
                    op(self, &r, s)?;
                    results.push((p, r));
                }
                self.write_pairs(&d, results)
            }
        }
    }

    /// Every source at channel slot `slot`, as 32-bit values of type `t` — a negated source of
    /// an integer operand as its own integer type, so that `-` is integer negation there, as in
    /// Mesa.
    fn srcs32(&mut self, inst: &Instruction, slot: usize, t: T) -> Res<Vec<String>> {
        (0..inst.src.len())
            .map(|k| {
                let s = inst.src[k];
                let tk = match (s.negate, inst.op.src_ty_at(k)) {
                    (true, Ty::I32) => T::S32,
                    (true, Ty::U32) => T::U32,
                    _ => t,
                };
                self.read32(&s, slot, tk)
            })
            .collect()
    }

    /// Every source at lane pair `pair`, as 64-bit values of type `t`.
    fn srcs64(&mut self, inst: &Instruction, pair: usize, t: T) -> Res<Vec<String>> {
        (0..inst.src.len())
            .map(|k| {
                let s = inst.src[k];
                self.read64(&s, pair, t)
            })
            .collect()
    }

    /// The destination channels of a per-channel operation.
    pub(super) fn words(&self, inst: &Instruction) -> Res<Units> {
        let d = inst.dst[0];
        Ok(Units::Words { chans: Self::channels(d.mask), alias: Self::aliases(inst) })
    }

    /// The destination lane pairs of a 64-bit result.
    fn pairs(&self, inst: &Instruction) -> Res<Units> {
        let d = inst.dst[0];
        Ok(Units::Pairs((0..2).filter(|p| d.mask & (3 << (2 * p)) != 0).collect()))
    }

    /// Per-channel 32-bit operation: `f(e, dst, srcs)` computes one channel.
    pub(super) fn per_channel(
        &mut self,
        inst: &Instruction,
        t: T,
        f: impl Fn(&mut Self, &str, &[String]) -> Res<()>,
    ) -> Res<()> {
        let units = self.words(inst)?;
        self.lanes(inst, units, |e, c| e.srcs32(inst, c, t), |e, d, s| f(e, d, &s))
    }

    /// Writes one 32-bit result computed by `f(e, target)` into every enabled channel.
    pub(super) fn replicate(
        &mut self,
        inst: &Instruction,
        f: impl FnOnce(&mut Self, &str) -> Res<()>,
    ) -> Res<()> {
        let d = inst.dst[0];
        // Sources are read before the one result is written: no clobbering possible.
        let Some(&first) = Self::channels(d.mask).first() else {
            return Ok(());
        };
        let target = self.dst_reg(&d, first)?;
        f(self, &target)?;
        self.fill(&d, &target)
    }

    /// Moves `v` into every enabled channel of `d` (but the one it is already in).
    pub(super) fn fill(&mut self, d: &Dst, v: &str) -> Res<()> {
        for c in Self::channels(d.mask) {
            let r = self.dst_reg(d, c)?;
            if r != v {
                self.line(format!("mov.b32 {r}, {v};"));
            }
        }
        Ok(())
    }

    /// Scalar operation on the swizzled x channel of every source, replicated.
    pub(super) fn scalar(
        &mut self,
        inst: &Instruction,
        t: T,
        f: impl FnOnce(&mut Self, &str, &[String]) -> Res<()>,
    ) -> Res<()> {
        let srcs = self.srcs32(inst, 0, t)?;
        self.replicate(inst, |e, target| f(e, target, &srcs))
    }

    /// Writes 64-bit results (one per enabled lane pair) after computing all of them.
    fn write_pairs(&mut self, d: &Dst, results: Vec<(usize, String)>) -> Res<()> {
        for (p, r) in results {
            let lo_on = d.mask & (1 << (2 * p)) != 0;
            let hi_on = d.mask & (1 << (2 * p + 1)) != 0;
            let lo = if lo_on { self.dst_reg(d, 2 * p)? } else { self.s() };
            let hi = if hi_on { self.dst_reg(d, 2 * p + 1)? } else { self.s() };
            self.line(format!("mov.b64 {{{lo}, {hi}}}, {r};"));
        }
        Ok(())
    }

    /// 64-bit per lane pair: `f(e, dst64, srcs64)`.
    pub(super) fn wide(
        &mut self,
        inst: &Instruction,
        t: T,
        f: impl Fn(&mut Self, &str, &[String]) -> Res<()>,
    ) -> Res<()> {
        let units = self.pairs(inst)?;
        self.lanes(inst, units, |e, p| e.srcs64(inst, p, t), |e, d, s| f(e, d, &s))
    }

    /// 64-bit shift: pair p of source 0 by channel `swizzle[p]` of source 1, masked to 6 bits.
    pub(super) fn wide_shift(&mut self, inst: &Instruction, t: T, op: &str) -> Res<()> {
        let units = self.pairs(inst)?;
        let read = |e: &mut Self, p| {
            let a = e.read64(&inst.src[0], p, t)?;
            let n = e.read32(&inst.src[1], p, T::U32)?;
            Ok((a, e.mask_shift(n, 63)))
        };
        self.lanes(inst, units, read, |e, r, (a, n)| {
            e.line(format!("{op} {r}, {a}, {n};"));
            Ok(())
        })
    }

    /// 64-bit sources, 32-bit results: dst.x from pair xy, dst.y from pair zw.
    pub(super) fn wide_to_narrow(
        &mut self,
        inst: &Instruction,
        t: T,
        f: impl Fn(&mut Self, &str, &[String]) -> Res<()>,
    ) -> Res<()> {
        let d = inst.dst[0];
        let chans: Vec<usize> = (0..2).filter(|p| d.mask & (1 << p) != 0).collect();
        let alias = Self::clobbers(
            inst,
            &chans,
            |s, p| vec![s.swizzle[2 * p], s.swizzle[2 * p + 1]],
            |p| vec![p as Chan],
        );
        let units = Units::Words { chans, alias };
        self.lanes(inst, units, |e, p| e.srcs64(inst, p, t), |e, d, s| f(e, d, &s))
    }

    /// 32-bit sources, 64-bit results: pair xy from channel swizzle[0], zw from swizzle[1].
    pub(super) fn narrow_to_wide(&mut self, inst: &Instruction, t: T, op: &str) -> Res<()> {
        let units = self.pairs(inst)?;
        let read = |e: &mut Self, p| e.read32(&inst.src[0], p, t);
        self.lanes(inst, units, read, |e, r, a| {
            e.line(format!("{op} {r}, {a};"));
            Ok(())
        })
    }

    /// `F2I64`/`F2U64`: f32 channel `swizzle[p]` to lane pair p, NaN → 0.
    pub(super) fn f2i64(&mut self, inst: &Instruction, types: &str) -> Res<()> {
        let units = self.pairs(inst)?;
        let read = |e: &mut Self, p| e.read32(&inst.src[0], p, T::F32);
        self.lanes(inst, units, read, |e, r, a| e.float_to_int(r, &a, types))
    }

    /// A shift count masked to `mask` (folded for literals).
    pub(super) fn mask_shift(&mut self, n: String, mask: u32) -> String {
        match n.parse::<i64>() {
            Ok(v) => (v & i64::from(mask)).to_string(),
            Err(_) => {
                let s = self.s();
                self.line(format!("and.b32 {s}, {n}, {mask};"));
                s
            }
        }
    }
}
