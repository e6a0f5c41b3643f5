//! Operands: reading a source channel (or lane pair) as a PTX value of the opcode's type,
//! modifiers applied, and naming the PTX register of a destination channel. The validator
//! has checked that every register is declared and may be read or written where it appears,
//! and that modifiers appear only on float and double sources.

use ir_tgsi::program::Chan;
use ir_tgsi::{Dst, File, Instruction, Register, Semantic, Src};

use super::{lit, Emitter, Res, Val, T};

impl Emitter<'_> {
    /// The raw 32-bit value of channel `chan` of register `r` (no modifiers).
    pub(super) fn raw32(&mut self, r: &Register, chan: Chan) -> Res<Val> {
        let c = u32::from(chan & 3);
        if let Some(ind) = r.indirect {
            if r.file != File::Imm {
                return Err(self.unsupported("indirect register addressing"));
            }
            // IMM[ADDR[a].c + i]: the immediates are the `.const` table `{kernel}_imm`, one
            // 16-byte row each, or (dense) one x word each; read the word at
            // stride·(ADDR + i) + 4·chan.
            self.uses_imm_table = true;
            let stride = self.imm_stride;
            if stride == 4 && c != 0 {
                return Err(self.unsupported("indexed immediate channel in a dense table"));
            }
            let a = format!("%a{}", 4 * ind.index + u32::from(ind.chan & 3));
            let (w, b, at) = (self.d(), self.d(), self.d());
            self.line(format!("mul.wide.s32 {w}, {a}, {stride};"));
            self.line(format!("mov.u64 {b}, {}_imm;", self.kernel));
            self.line(format!("add.s64 {at}, {b}, {w};"));
            let s = self.s();
            let off = i64::from(stride) * i64::from(r.index as i32) + 4 * i64::from(c);
            let at = if off == 0 { format!("[{at}]") } else { format!("[{at}+{off}]") };
            self.line(format!("ld.const.b32 {s}, {at};"));
            return Ok(Val::Reg(s));
        }
        match r.file {
            File::Temp => Ok(Val::Reg(format!("%t{}", 4 * r.index + c))),
            File::Addr => Ok(Val::Reg(format!("%a{}", 4 * r.index + c))),
            File::Imm => {
                Ok(Val::Imm(u64::from(self.prog.imms[r.index as usize].lanes[c as usize])))
            }
            File::Sv => {
                let sem = self.v.semantic(r.index);
                let xyz = ["x", "y", "z"];
                let sreg = match sem {
                    Semantic::ThreadId if c < 3 => format!("%tid.{}", xyz[c as usize]),
                    Semantic::BlockId if c < 3 => format!("%ctaid.{}", xyz[c as usize]),
                    Semantic::BlockSize if c < 3 => format!("%ntid.{}", xyz[c as usize]),
                    Semantic::GridSize if c < 3 => format!("%nctaid.{}", xyz[c as usize]),
                    Semantic::ThreadId
                    | Semantic::BlockId
                    | Semantic::BlockSize
                    | Semantic::GridSize => return Ok(Val::Imm(0)),
                    Semantic::WorkDim => {
                        self.uses_workdim = true;
                        return Ok(Val::Reg("%workdim".to_string()));
                    }
                };
                if self.opts.reuse_pairs {
                    // Read once, at the entry: a work-item's special registers do not change.
                    let name = format!("%sv_{}", sreg.trim_start_matches('%').replace('.', "_"));
                    self.sv_regs.insert(name.clone(), sreg);
                    return Ok(Val::Reg(name));
                }
                let s = self.s();
                self.line(format!("mov.u32 {s}, {sreg};"));
                Ok(Val::Reg(s))
            }
            File::Const if r.dim.unwrap_or(0) == 0 => {
                // CONST[0][i] is the INPUT block seen as vec4s: word 4i + c.
                let s = self.s();
                self.input_word(&s, 16 * u64::from(r.index) + 4 * u64::from(c))?;
                Ok(Val::Reg(s))
            }
            File::Const => {
                Err(self
                    .unsupported(format!("register file {} in a compute program", r.file.name())))
            }
            File::In | File::Out | File::Buffer | File::Memory => {
                unreachable!("the validator rejects {} as a value", r.file.name())
            }
        }
    }

    /// Source `s`, channel slot `slot` (so channel `s.swizzle[slot]`), read as a 32-bit
    /// value of type `t`, modifiers applied. Returns a register name or literal.
    pub(super) fn read32(&mut self, s: &Src, slot: usize, t: T) -> Res<String> {
        let v = self.raw32(&s.reg, s.swizzle[slot])?;
        if !(s.abs || s.negate) {
            return Ok(match v {
                Val::Reg(r) => r,
                Val::Imm(b) => lit(b, t),
            });
        }
        // On a 32-bit integer source `-` is integer negation (the validator allows no `|…|`
        // there); elsewhere modifiers are float modifiers: the validator allows them only on
        // float sources (and on MOV's, as Mesa does).
        if matches!(t, T::S32 | T::U32) && s.negate {
            return Ok(match v {
                Val::Imm(b) => lit(u64::from((b as u32).wrapping_neg()), t),
                Val::Reg(r) => {
                    let n = self.s();
                    self.line(format!("neg.s32 {n}, {r};"));
                    n
                }
            });
        }
        match v {
            Val::Imm(b) => {
                let mut b = b as u32;
                if s.abs {
                    b &= 0x7fff_ffff;
                }
                if s.negate {
                    b ^= 0x8000_0000;
                }
                Ok(lit(u64::from(b), T::F32))
            }
            Val::Reg(mut r) => {
                if s.abs {
                    let n = self.s();
                    self.line(format!("abs.f32 {n}, {r};"));
                    r = n;
                }
                if s.negate {
                    let n = self.s();
                    self.line(format!("neg.f32 {n}, {r};"));
                    r = n;
                }
                Ok(r)
            }
        }
    }

    /// A register holding `v` (immediates are moved into a scratch register).
    pub(super) fn reg32(&mut self, v: String) -> String {
        if v.starts_with('%') {
            v
        } else {
            let s = self.s();
            self.line(format!("mov.b32 {s}, {v};"));
            s
        }
    }

    /// Source `s`, lane pair `pair` (channels `swizzle[2p]`, `swizzle[2p+1]`, low word
    /// first), as a 64-bit value of type `t` with modifiers applied.
    pub(super) fn read64(&mut self, s: &Src, pair: usize, t: T) -> Res<String> {
        let lo = self.raw32(&s.reg, s.swizzle[2 * pair])?;
        let hi = self.raw32(&s.reg, s.swizzle[2 * pair + 1])?;
        match (lo, hi) {
            (Val::Imm(l), Val::Imm(h)) => {
                let mut b = l | (h << 32);
                if s.abs {
                    b &= !(1u64 << 63);
                }
                if s.negate {
                    b ^= 1u64 << 63;
                }
                Ok(lit(b, t))
            }
            (lo, hi) => {
                let l = self.val_reg(lo, T::B32);
                let h = self.val_reg(hi, T::B32);
                let mut d = self.pack(&l, &h);
                if s.abs {
                    let n = self.d();
                    self.line(format!("abs.f64 {n}, {d};"));
                    d = n;
                }
                if s.negate {
                    let n = self.d();
                    self.line(format!("neg.f64 {n}, {d};"));
                    d = n;
                }
                Ok(d)
            }
        }
    }

    pub(super) fn val_reg(&mut self, v: Val, t: T) -> String {
        match v {
            Val::Reg(r) => r,
            Val::Imm(b) => self.reg32(lit(b, t)),
        }
    }

    /// The PTX register of destination channel `c`.
    pub(super) fn dst_reg(&self, d: &Dst, c: usize) -> Res<String> {
        if d.reg.indirect.is_some() {
            return Err(self.unsupported("indirect register addressing"));
        }
        match d.reg.file {
            File::Temp => Ok(format!("%t{}", 4 * d.reg.index + c as u32)),
            File::Addr => Ok(format!("%a{}", 4 * d.reg.index + c as u32)),
            File::Imm
            | File::Const
            | File::In
            | File::Out
            | File::Sv
            | File::Buffer
            | File::Memory => {
                unreachable!("the validator rejects {} as a destination", d.reg.file.name())
            }
        }
    }

    /// Would writing destination channels in order clobber a channel a later channel still
    /// reads? `reads(s, c)` lists the channels source `s` reads for destination unit `c`
    /// (units are processed in increasing order; unit c writes the channels `writes(c)`).
    pub(super) fn clobbers(
        inst: &Instruction,
        units: &[usize],
        reads: impl Fn(&Src, usize) -> Vec<Chan>,
        writes: impl Fn(usize) -> Vec<Chan>,
    ) -> bool {
        let Some(d) = inst.dst.first() else {
            return false;
        };
        inst.src.iter().filter(|s| s.reg == d.reg).any(|s| {
            units.iter().enumerate().any(|(k, &later)| {
                let r = reads(s, later);
                units[..k].iter().any(|&earlier| writes(earlier).iter().any(|w| r.contains(w)))
            })
        })
    }

    /// Enabled channels of a destination mask.
    pub(super) fn channels(mask: u8) -> Vec<usize> {
        (0..4).filter(|c| mask & (1 << c) != 0).collect()
    }

    /// Clobbering for per-channel operations.
    pub(super) fn aliases(inst: &Instruction) -> bool {
        let Some(d) = inst.dst.first() else {
            return false;
        };
        Self::clobbers(
            inst,
            &Self::channels(d.mask),
            |s, c| vec![s.swizzle[c]],
            |c| vec![c as Chan],
        )
    }
}
