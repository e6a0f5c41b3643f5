//! Shapes: how an opcode's source channels map to its destination channels (per channel,
//! scalar, 64-bit lane pairs and the conversions between widths), with results going through
//! scratch registers when a destination channel is still to be read.

use ir_tgsi::program::Chan;
use ir_tgsi::{Dst, Instruction};

use super::{Emitter, Res, T};

impl Emitter<'_> {
    // ---- shapes ------------------------------------------------------------------------------

    /// Per-channel 32-bit operation: `f(e, dst, srcs)` computes one channel.
    pub(super) fn per_channel(
        &mut self,
        inst: &Instruction,
        t: T,
        f: impl Fn(&mut Self, &str, &[String]) -> Res<()>,
    ) -> Res<()> {
        let d = self.dst(inst)?;
        let alias = Self::aliases(inst);
        let mut later = Vec::new();
        for c in 0..4 {
            if d.mask & (1 << c) == 0 {
                continue;
            }
            let srcs = (0..inst.src.len())
                .map(|k| {
                    let s = *self.src(inst, k)?;
                    self.read32(&s, c, t)
                })
                .collect::<Res<Vec<_>>>()?;
            let target = if alias { self.s() } else { self.dst_reg(&d, c)? };
            f(self, &target, &srcs)?;
            if alias {
                later.push((self.dst_reg(&d, c)?, target));
            }
        }
        for (r, s) in later {
            self.line(format!("mov.b32 {r}, {s};"));
        }
        Ok(())
    }

    /// Writes one 32-bit result computed by `f(e, target)` into every enabled channel.
    pub(super) fn replicate(
        &mut self,
        inst: &Instruction,
        f: impl FnOnce(&mut Self, &str) -> Res<()>,
    ) -> Res<()> {
        let d = self.dst(inst)?;
        if d.mask & 15 == 0 {
            return Ok(());
        }
        // Sources are read before the one result is written: no clobbering possible.
        let first = (0..4).find(|c| d.mask & (1 << c) != 0).unwrap_or(0);
        let target = self.dst_reg(&d, first)?;
        f(self, &target)?;
        for c in 0..4 {
            if d.mask & (1 << c) != 0 {
                let r = self.dst_reg(&d, c)?;
                if r != target {
                    self.line(format!("mov.b32 {r}, {target};"));
                }
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
        let srcs = (0..inst.src.len())
            .map(|k| {
                let s = *self.src(inst, k)?;
                self.read32(&s, 0, t)
            })
            .collect::<Res<Vec<_>>>()?;
        self.replicate(inst, |e, target| f(e, target, &srcs))
    }

    /// Writes 64-bit results (one per enabled lane pair) after computing all of them.
    pub(super) fn write_pairs(&mut self, d: &Dst, results: Vec<(usize, String)>) -> Res<()> {
        for (p, r) in results {
            let lo_on = d.mask & (1 << (2 * p)) != 0;
            let hi_on = d.mask & (1 << (2 * p + 1)) != 0;
            let lo = if lo_on { self.dst_reg(d, 2 * p)? } else { self.s() };
            let hi = if hi_on { self.dst_reg(d, 2 * p + 1)? } else { self.s() };
            self.line(format!("mov.b64 {{{lo}, {hi}}}, {r};"));
        }
        Ok(())
    }

    pub(super) fn pairs(d: &Dst) -> impl Iterator<Item = usize> + '_ {
        (0..2).filter(move |p| d.mask & (3 << (2 * p)) != 0)
    }

    /// 64-bit per lane pair: `f(e, dst64, srcs64)`.
    pub(super) fn wide(
        &mut self,
        inst: &Instruction,
        t: T,
        f: impl Fn(&mut Self, &str, &[String]) -> Res<()>,
    ) -> Res<()> {
        let d = self.dst(inst)?;
        let mut results = Vec::new();
        for p in Self::pairs(&d).collect::<Vec<_>>() {
            let srcs = (0..inst.src.len())
                .map(|k| {
                    let s = *self.src(inst, k)?;
                    self.read64(&s, p, t)
                })
                .collect::<Res<Vec<_>>>()?;
            let r = self.d();
            f(self, &r, &srcs)?;
            results.push((p, r));
        }
        self.write_pairs(&d, results)
    }

    /// 64-bit shift: pair p of source 0 by channel `swizzle[p]` of source 1, masked to 6 bits.
    pub(super) fn wide_shift(&mut self, inst: &Instruction, t: T, op: &str) -> Res<()> {
        let d = self.dst(inst)?;
        let mut results = Vec::new();
        for p in Self::pairs(&d).collect::<Vec<_>>() {
            let a = self.read64(self.src(inst, 0)?, p, t)?;
            let n = self.read32(self.src(inst, 1)?, p, T::U32)?;
            let n = self.mask_shift(n, 63);
            let r = self.d();
            self.line(format!("{op} {r}, {a}, {n};"));
            results.push((p, r));
        }
        self.write_pairs(&d, results)
    }

    /// 64-bit sources, 32-bit results: dst.x from pair xy, dst.y from pair zw.
    pub(super) fn wide_to_narrow(
        &mut self,
        inst: &Instruction,
        t: T,
        f: impl Fn(&mut Self, &str, &[String]) -> Res<()>,
    ) -> Res<()> {
        let d = self.dst(inst)?;
        let units: Vec<usize> = (0..2).filter(|p| d.mask & (1 << p) != 0).collect();
        let alias = Self::clobbers(
            inst,
            &units,
            |s, p| vec![s.swizzle[2 * p], s.swizzle[2 * p + 1]],
            |p| vec![p as Chan],
        );
        let mut later = Vec::new();
        for p in 0..2 {
            if d.mask & (1 << p) == 0 {
                continue;
            }
            let srcs = (0..inst.src.len())
                .map(|k| {
                    let s = *self.src(inst, k)?;
                    self.read64(&s, p, t)
                })
                .collect::<Res<Vec<_>>>()?;
            let target = if alias { self.s() } else { self.dst_reg(&d, p)? };
            f(self, &target, &srcs)?;
            if alias {
                later.push((self.dst_reg(&d, p)?, target));
            }
        }
        for (r, s) in later {
            self.line(format!("mov.b32 {r}, {s};"));
        }
        Ok(())
    }

    /// 32-bit sources, 64-bit results: pair xy from channel swizzle[0], zw from swizzle[1].
    pub(super) fn narrow_to_wide(&mut self, inst: &Instruction, t: T, op: &str) -> Res<()> {
        let d = self.dst(inst)?;
        let mut results = Vec::new();
        for p in Self::pairs(&d).collect::<Vec<_>>() {
            let a = self.read32(self.src(inst, 0)?, p, t)?;
            let r = self.d();
            self.line(format!("{op} {r}, {a};"));
            results.push((p, r));
        }
        self.write_pairs(&d, results)
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
