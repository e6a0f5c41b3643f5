//! Memory: resolving a resource and address to a PTX state space and address, the `LOAD`,
//! `STORE` and atomic instructions, and reading words of the `INPUT` block from the kernel's
//! parameters. The validator has checked that resources appear where the opcode takes one and
//! that nothing writes `INPUT`; what the argument layout must provide is checked here.

use ir_tgsi::{File, Instruction, MemoryKind, Opcode, Register, Src};

use super::{Emitter, Res, Val, T};
use crate::params::ParamKind;

/// A memory operand: `[base+off]` in a state space.
#[derive(Clone, Debug)]
struct MemRef {
    space: &'static str,
    base: String,
    off: u64,
}

impl MemRef {
    fn at(&self, extra: u64) -> String {
        let off = self.off + extra;
        if off == 0 {
            format!("[{}]", self.base)
        } else {
            format!("[{}+{}]", self.base, off)
        }
    }
}

/// The most 4-byte words of kernel arguments a run-time-offset INPUT load selects among.
pub const MAX_INPUT_WORDS: u64 = 256;

/// Where a memory instruction goes.
enum Place {
    Mem(MemRef),
    Private(MemRef),
    Input(u64),
    /// INPUT at a run-time byte offset (in this register): a by-value array or struct
    /// argument indexed at run time.
    InputAt(String),
}

impl Emitter<'_> {
    /// The register holding the global pointer argument `BUFFER[buffer]` refers to.
    fn param_base(&mut self, buffer: u32) -> Res<String> {
        let found = self.params.iter().any(|p| {
            matches!(p.slot.class, ir_tgsi::abi::ArgClass::GlobalPtr { buffer: b, .. } if b == buffer)
        });
        if !found {
            return Err(self.malformed(format!("BUFFER[{buffer}] has no global pointer argument")));
        }
        self.buffers.insert(buffer);
        Ok(format!("%buf{buffer}"))
    }

    /// Resolves the memory resource `res` and address source `addr`.
    fn place(&mut self, res: &Register, addr: &Src) -> Res<Place> {
        match res.file {
            File::Buffer => self.buffer_place(res.index, addr),
            File::Memory => match self.v.memory_kind(res.index) {
                MemoryKind::Global => self.global_place(addr),
                kind @ (MemoryKind::Shared | MemoryKind::Private) => self.local_place(kind, addr),
                MemoryKind::Input => match self.raw32(&addr.reg, addr.swizzle[0])? {
                    Val::Imm(b) => Ok(Place::Input(b & 0xffff_ffff)),
                    Val::Reg(r) => Ok(Place::InputAt(r)),
                },
            },
            File::Temp | File::Imm | File::Const | File::In | File::Out | File::Sv | File::Addr => {
                unreachable!("the validator requires a MEMORY or BUFFER resource")
            }
        }
    }

    /// `BUFFER[k]`: the k-th global pointer argument plus a zero-extended 32-bit offset.
    fn buffer_place(&mut self, buffer: u32, addr: &Src) -> Res<Place> {
        let base = self.param_base(buffer)?;
        let off = self.raw32(&addr.reg, addr.swizzle[0])?;
        Ok(match off {
            Val::Imm(b) => Place::Mem(MemRef { space: "global", base, off: b & 0xffff_ffff }),
            Val::Reg(r) => {
                let (w, a) = (self.d(), self.d());
                self.line(format!("cvt.u64.u32 {w}, {r};"));
                self.line(format!("add.s64 {a}, {base}, {w};"));
                Place::Mem(MemRef { space: "global", base: a, off: 0 })
            }
        })
    }

    /// `GLOBAL`: a 64-bit address from a lane pair.
    fn global_place(&mut self, addr: &Src) -> Res<Place> {
        let lo = self.raw32(&addr.reg, addr.swizzle[0])?;
        let hi = self.raw32(&addr.reg, addr.swizzle[1])?;
        let a = match (lo, hi) {
            (Val::Imm(l), Val::Imm(h)) => {
                let a = self.d();
                self.line(format!("mov.b64 {a}, {};", l | (h << 32)));
                a
            }
            (lo, hi) => {
                let l = self.val_reg(lo, T::B32);
                let h = self.val_reg(hi, T::B32);
                self.pack(&l, &h)
            }
        };
        Ok(Place::Mem(MemRef { space: "global", base: a, off: 0 }))
    }

    /// `SHARED` and `PRIVATE`: a 32-bit offset from the start of the block.
    fn local_place(&mut self, kind: MemoryKind, addr: &Src) -> Res<Place> {
        let (base, space) = if kind == MemoryKind::Shared {
            self.uses_smem = true;
            ("%smem", "shared")
        } else {
            if self.private_bytes == 0 {
                return Err(self.malformed("PRIVATE accessed but CS_PRIVATE_BYTES is 0"));
            }
            self.uses_priv = true;
            ("%priv", "local")
        };
        let r = match self.raw32(&addr.reg, addr.swizzle[0])? {
            Val::Imm(b) => MemRef { space, base: base.to_string(), off: b & 0xffff_ffff },
            Val::Reg(r) => {
                let a = self.s();
                self.line(format!("add.s32 {a}, {base}, {r};"));
                MemRef { space, base: a, off: 0 }
            }
        };
        Ok(if kind == MemoryKind::Shared { Place::Mem(r) } else { Place::Private(r) })
    }

    pub(super) fn load(&mut self, inst: &Instruction) -> Res<()> {
        let d = inst.dst[0];
        let res = inst.src[0].reg;
        let addr = inst.src[1];
        let place = self.place(&res, &addr)?;
        if let Place::InputAt(at) = &place {
            return self.load_input_at(&d, &at.clone());
        }
        if let (Some(c0), Place::Mem(m) | Place::Private(m)) = (self.vector(d.mask), &place) {
            let chans = Self::channels(d.mask);
            let regs = chans.iter().map(|&c| self.dst_reg(&d, c)).collect::<Res<Vec<_>>>()?;
            let n = regs.len();
            let at = m.at(4 * c0 as u64);
            self.line(format!("ld.{}.v{n}.b32 {{{}}}, {at};", m.space, regs.join(", ")));
            return Ok(());
        }
        for c in Self::channels(d.mask) {
            let r = self.dst_reg(&d, c)?;
            match &place {
                Place::Mem(m) | Place::Private(m) => {
                    self.line(format!("ld.{}.b32 {r}, {};", m.space, m.at(4 * c as u64)))
                }
                Place::Input(off) => self.input_word(&r, off + 4 * c as u64)?,
                Place::InputAt(_) => unreachable!("handled above"),
            }
        }
        Ok(())
    }

    /// `LOAD dst, INPUT, at` with `at` known only at run time. Kernel arguments live in PTX
    /// `.param` space, one named parameter each, so there is no one base to index from: every
    /// 4-byte word of the INPUT block is read (as an immediate-offset load would read it) and
    /// the word whose offset equals `at + 4·c` is selected. Cost: a compare and a predicated
    /// move per word of the block, bounded by [`MAX_INPUT_WORDS`].
    fn load_input_at(&mut self, d: &ir_tgsi::Dst, at: &str) -> Res<()> {
        let bytes = self
            .params
            .iter()
            .map(|p| u64::from(p.slot.offset) + u64::from(p.slot.size))
            .max()
            .unwrap_or(0);
        let words = bytes.div_ceil(4);
        if words > MAX_INPUT_WORDS {
            return Err(self.unsupported(format!(
                "INPUT load at a run-time offset over {bytes} bytes of arguments (at most {} handled)",
                4 * MAX_INPUT_WORDS
            )));
        }
        let chans = Self::channels(d.mask);
        // Every channel's offset first: the destination may be the address register.
        let offsets: Vec<(usize, String)> = chans
            .iter()
            .map(|&c| {
                let o = self.s();
                self.line(format!("add.s32 {o}, {at}, {};", 4 * c));
                (c, o)
            })
            .collect();
        let mut picked = Vec::new();
        for (c, o) in &offsets {
            let acc = self.s();
            self.line(format!("mov.b32 {acc}, 0;"));
            for w in 0..words {
                let (t, p) = (self.s(), self.p());
                self.input_word(&t, 4 * w)?;
                self.line(format!("setp.eq.u32 {p}, {o}, {};", 4 * w));
                self.line(format!("@{p} mov.b32 {acc}, {t};"));
            }
            picked.push((*c, acc));
        }
        for (c, acc) in picked {
            let r = self.dst_reg(d, c)?;
            self.line(format!("mov.b32 {r}, {acc};"));
        }
        Ok(())
    }

    pub(super) fn store(&mut self, inst: &Instruction) -> Res<()> {
        let d = inst.dst[0];
        let addr = inst.src[0];
        let value = inst.src[1];
        let place = self.place(&d.reg, &addr)?;
        let m = match place {
            Place::Mem(m) | Place::Private(m) => m,
            Place::Input(_) | Place::InputAt(_) => {
                unreachable!("the validator rejects stores to INPUT")
            }
        };
        if let Some(c0) = self.vector(d.mask) {
            let mut vals = Vec::new();
            for c in Self::channels(d.mask) {
                let v = self.read32(&value, c, T::B32)?;
                vals.push(self.reg32(v));
            }
            let n = vals.len();
            let at = m.at(4 * c0 as u64);
            self.line(format!("st.{}.v{n}.b32 {at}, {{{}}};", m.space, vals.join(", ")));
            return Ok(());
        }
        for c in Self::channels(d.mask) {
            let v = self.read32(&value, c, T::B32)?;
            self.line(format!("st.{}.b32 {}, {v};", m.space, m.at(4 * c as u64)));
        }
        Ok(())
    }

    /// With the `vector_memory` switch, the first channel of a mask that one PTX vector
    /// access moves: `.xy`, `.zw` (v2) or `.xyzw` (v4). The producer guarantees the
    /// alignment (see [`crate::Options::vector_memory`]).
    fn vector(&self, mask: u8) -> Option<usize> {
        if !self.opts.vector_memory {
            return None;
        }
        match mask {
            0b0011 | 0b1111 => Some(0),
            0b1100 => Some(2),
            _ => None,
        }
    }

    pub(super) fn atomic(&mut self, inst: &Instruction, op: &str, t: T) -> Res<()> {
        let res = inst.src[0].reg;
        let addr = inst.src[1];
        let place = self.place(&res, &addr)?;
        let v = self.read32(&inst.src[2], 0, t)?;
        let v = self.reg32(v);
        let v2 = if inst.op == Opcode::ATOMCAS {
            let w = self.read32(&inst.src[3], 0, t)?;
            Some(self.reg32(w))
        } else {
            None
        };
        let old = self.s();
        match place {
            Place::Mem(m) => {
                let extra = v2.map(|w| format!(", {w}")).unwrap_or_default();
                self.line(format!("atom.{}.{op} {old}, {}, {v}{extra};", m.space, m.at(0)));
            }
            Place::Private(m) => {
                // Private memory belongs to one work-item: a plain read-modify-write.
                let at = m.at(0);
                self.line(format!("ld.local.b32 {old}, {at};"));
                let new = self.s();
                match (op, v2) {
                    ("exch.b32", _) => self.line(format!("mov.b32 {new}, {v};")),
                    ("cas.b32", Some(w)) => {
                        let p = self.p();
                        self.line(format!("setp.eq.b32 {p}, {old}, {v};"));
                        self.line(format!("selp.b32 {new}, {w}, {old}, {p};"));
                    }
                    ("add.f32", _) => self.line(format!("add.rn.f32 {new}, {old}, {v};")),
                    ("add.u32", _) => self.line(format!("add.s32 {new}, {old}, {v};")),
                    (op, _) => self.line(format!("{op} {new}, {old}, {v};")),
                }
                self.line(format!("st.local.b32 {at}, {new};"));
            }
            Place::Input(_) | Place::InputAt(_) => {
                unreachable!("the validator rejects atomics on INPUT")
            }
        }
        let d = inst.dst[0];
        self.fill(&d, &old)
    }

    /// The 32-bit word at byte `off` of the INPUT block, into register `r`.
    pub(super) fn input_word(&mut self, r: &str, off: u64) -> Res<()> {
        if off % 4 != 0 {
            return Err(self.malformed(format!("INPUT offset {off} is not 4-byte aligned")));
        }
        let covering = self.params.iter().find(|p| {
            let (s, n) = (u64::from(p.slot.offset), u64::from(p.slot.size));
            s <= off && off + 4 <= s + n
        });
        if let Some(p) = covering {
            let (name, k) = (p.name.clone(), off - u64::from(p.slot.offset));
            match p.kind {
                ParamKind::Local => {
                    self.uses_smem = true;
                    let (a, w) = (self.d(), self.s());
                    self.line(format!("ld.param.u64 {a}, [{name}];"));
                    self.line(format!("cvt.u32.u64 {w}, {a};"));
                    self.line(format!("sub.s32 {r}, {w}, %smem;"));
                }
                ParamKind::Global | ParamKind::Scalar(_) | ParamKind::Bytes { .. } => {
                    let at = if k == 0 { format!("[{name}]") } else { format!("[{name}+{k}]") };
                    self.line(format!("ld.param.b32 {r}, {at};"));
                }
            }
            return Ok(());
        }
        // A word made of several small arguments (or padding): assemble it byte by byte.
        let mut parts = Vec::new();
        for b in 0..4u64 {
            let byte = off + b;
            let p = self.params.iter().find(|p| {
                let (s, n) = (u64::from(p.slot.offset), u64::from(p.slot.size));
                s <= byte && byte < s + n
            });
            if let Some(p) = p {
                if matches!(p.kind, ParamKind::Global | ParamKind::Local) {
                    return Err(
                        self.malformed(format!("INPUT word at {off} splits a pointer argument"))
                    );
                }
                let (name, k) = (p.name.clone(), byte - u64::from(p.slot.offset));
                let v = self.s();
                let at = if k == 0 { format!("[{name}]") } else { format!("[{name}+{k}]") };
                self.line(format!("ld.param.u8 {v}, {at};"));
                parts.push((b, v));
            }
        }
        if parts.is_empty() {
            if off + 4 > u64::from(self.input_size) {
                return Err(
                    self.malformed(format!("INPUT offset {off} is past the argument block"))
                );
            }
            // Padding between arguments reads as zero.
            self.line(format!("mov.b32 {r}, 0;"));
            return Ok(());
        }
        self.line(format!("mov.b32 {r}, 0;"));
        for (b, v) in parts {
            if b == 0 {
                self.line(format!("or.b32 {r}, {r}, {v};"));
            } else {
                let sh = self.s();
                self.line(format!("shl.b32 {sh}, {v}, {};", 8 * b));
                self.line(format!("or.b32 {r}, {r}, {sh};"));
            }
        }
        Ok(())
    }
}

/// The one channel a single-channel destination writes.
fn only_channel(d: &ir_tgsi::Dst) -> Option<usize> {
    (d.mask.count_ones() == 1 && d.reg.indirect.is_none()).then(|| d.mask.trailing_zeros() as usize)
}

/// Whether `s` reads channel `c` of `d`'s register (any lane of its swizzle).
fn reads(s: &Src, d: &ir_tgsi::Dst, c: usize) -> bool {
    same_reg(&s.reg, &d.reg) && s.swizzle.iter().any(|&k| k as usize == c)
}

fn same_reg(a: &Register, b: &Register) -> bool {
    a.file == b.file && a.index == b.index && a.dim == b.dim
}

/// `s` is a plain read of one channel (no modifier, no indirection), as the lowering writes it.
fn plain(s: &Src) -> bool {
    !s.negate && !s.abs && s.reg.indirect.is_none()
}

impl Emitter<'_> {
    /// With [`crate::Options::byte_stores`]: whether instructions `i-3..=i+1` are the LLVM →
    /// TGSI lowering's store of one byte or half-word into a shared word — `SHL field, ones,
    /// sh; NOT clear, field; SHL val, x, sh; ATOMAND t1, M, word, clear; ATOMOR t2, M, word,
    /// val` (`ones` 0xff or 0xffff, GLOBAL, BUFFER or SHARED memory) — with `t1` and `t2`
    /// never read afterwards; if so, emits one `st.u8`/`st.u16` at `word + sh / 8` for the
    /// `ATOMAND` and marks the `ATOMOR` done. The effect is the pair's: the byte is written and
    /// its neighbours are untouched (the store does not write them), without the two atomic
    /// read-modify-writes of the word (`REDG.E.AND`/`REDG.E.OR` in the SASS).
    pub(super) fn byte_store(&mut self, i: usize) -> Res<bool> {
        if !self.opts.byte_stores || i < 3 || i + 1 >= self.prog.insts.len() {
            return Ok(false);
        }
        let prog = self.prog;
        let [f, n, v, a, o] = [
            &prog.insts[i - 3],
            &prog.insts[i - 2],
            &prog.insts[i - 1],
            &prog.insts[i],
            &prog.insts[i + 1],
        ];
        use Opcode::*;
        if (f.op, n.op, v.op, a.op, o.op) != (SHL, NOT, SHL, ATOMAND, ATOMOR) {
            return Ok(false);
        }
        let (Some(fc), Some(nc), Some(vc), Some(ac), Some(oc)) = (
            only_channel(&f.dst[0]),
            only_channel(&n.dst[0]),
            only_channel(&v.dst[0]),
            only_channel(&a.dst[0]),
            only_channel(&o.dst[0]),
        ) else {
            return Ok(false);
        };
        let ones = match (f.src[0].reg.file, plain(&f.src[0])) {
            (File::Imm, true) => match self.raw32(&f.src[0].reg, f.src[0].swizzle[0])? {
                Val::Imm(b) => b & 0xffff_ffff,
                Val::Reg(_) => return Ok(false),
            },
            _ => return Ok(false),
        };
        let width = match ones {
            0xff => "u8",
            0xffff => "u16",
            _ => return Ok(false),
        };
        let (sh, word) = (&f.src[1], &a.src[1]);
        let same_src = |x: &Src, y: &Src| same_reg(&x.reg, &y.reg) && x.swizzle == y.swizzle;
        let shape = plain(sh)
            && same_src(&v.src[1], sh)
            && plain(&v.src[0])
            && reads(&n.src[0], &f.dst[0], fc)
            && reads(&a.src[2], &n.dst[0], nc)
            && reads(&o.src[2], &v.dst[0], vc)
            && !reads(sh, &f.dst[0], fc)
            && !reads(sh, &n.dst[0], nc)
            && !reads(sh, &v.dst[0], vc)
            && !reads(&v.src[0], &v.dst[0], vc)
            && same_reg(&a.src[0].reg, &o.src[0].reg)
            && same_src(&a.src[1], &o.src[1])
            && plain(word)
            && !reads(word, &a.dst[0], ac)
            && !reads(&o.src[2], &a.dst[0], ac);
        let memory = match a.src[0].reg.file {
            File::Buffer => true,
            File::Memory => matches!(
                self.v.memory_kind(a.src[0].reg.index),
                MemoryKind::Global | MemoryKind::Shared
            ),
            _ => false,
        };
        if !shape
            || !memory
            || !self.dead_after(i + 2, a.dst[0].reg.file, a.dst[0].reg.index, ac)
            || !self.dead_after(i + 2, o.dst[0].reg.file, o.dst[0].reg.index, oc)
        {
            return Ok(false);
        }
        let shift = self.read32(sh, 0, T::U32)?;
        let x = self.read32(&v.src[0], 0, T::U32)?;
        let x = self.reg32(x);
        let place = self.place(&a.src[0].reg, word)?;
        let Place::Mem(m) = place else {
            return Err(self.malformed("byte store outside GLOBAL, BUFFER or SHARED memory"));
        };
        let byte = self.s();
        self.line(format!("shr.u32 {byte}, {shift}, 3;"));
        let at = if m.space == "shared" {
            let p = self.s();
            self.line(format!("add.s32 {p}, {}, {byte};", m.base));
            MemRef { space: m.space, base: p, off: m.off }
        } else {
            let (w, p) = (self.d(), self.d());
            self.line(format!("cvt.u64.u32 {w}, {byte};"));
            self.line(format!("add.s64 {p}, {}, {w};", m.base));
            MemRef { space: m.space, base: p, off: m.off }
        };
        self.line(format!("st.{}.{width} {}, {x};", at.space, at.at(0)));
        self.consumed.insert(i + 1);
        Ok(true)
    }
}
