//! Memory: the kernel arguments (read from `MEMORY INPUT`), loads and stores of scalars
//! (8- and 16-bit values as bit fields of 32-bit words; byte stores to shared and global
//! memory as `ATOMAND`/`ATOMOR` so that neighbouring bytes survive) and atomic
//! read-modify-write and compare-exchange.

use super::values::has_int64;
use super::{unsupported, Base, Lower, LowerError, Opnd, Sty, Val, NEG1, R};
use crate::ir::{Kind, LLVMAtomicRMWBinOp as Rmw, Op, T, V};
use ir_tgsi::abi::ArgClass;
use ir_tgsi::program::mask;
use ir_tgsi::{Dst, ImmType, Opcode, Register, Src};

impl Lower<'_> {
    pub(super) fn load_args(&mut self) -> R<()> {
        let params = self.func.params();
        if params.len() != self.input.slots.len() {
            return Err(LowerError::Internal(format!(
                "{} parameters but {} argument slots",
                params.len(),
                self.input.slots.len()
            )));
        }
        for (i, p) in params.iter().enumerate() {
            let slot = self.input.slots[i];
            let off = Self::u(slot.offset);
            let x = if self.func.param_byval_type(i as u32).is_some() {
                Val::P(Base::Input, off)
            } else {
                match (p.ty().kind(), slot.class) {
                    (Kind::Ptr(_), ArgClass::GlobalPtr { buffer, .. }) => {
                        if self.prof.pointers32 {
                            Val::P(Base::Buffer(buffer), Self::u(0))
                        } else {
                            let o = self.load_word(Base::Input, off, 0, true, true);
                            Val::P(Base::Global, o)
                        }
                    }
                    (Kind::Ptr(_), ArgClass::LocalPtr) => {
                        let o = self.load_word(Base::Input, off, 0, false, true);
                        Val::P(Base::Shared, o)
                    }
                    (Kind::Ptr(_), _) => {
                        return unsupported("pointer argument passed by value", Some(self.func))
                    }
                    _ => {
                        if self.prof.no_int64 && has_int64(p.ty()) {
                            return unsupported(
                                format!("64-bit integer argument `{}`", p.name()),
                                None,
                            );
                        }
                        let parts = self.flatten(p.ty(), *p)?;
                        let mut out = Vec::new();
                        for (k, t) in parts {
                            let s = self.sty(t, *p)?;
                            out.push(self.load_scalar(Base::Input, off, k, s, *p, 8)?);
                        }
                        Val::S(out)
                    }
                }
            };
            self.vals.insert(*p, x);
        }
        Ok(())
    }

    fn mem(&mut self, base: Base, atomic: bool) -> Register {
        use ir_tgsi::MemoryKind as M;
        match base {
            Base::Global => self.b.memory(M::Global),
            Base::Buffer(k) => self.b.buffer(k, atomic),
            Base::Shared => self.b.memory(M::Shared),
            Base::Private => self.b.memory(M::Private),
            Base::Input => self.b.memory(M::Input),
            Base::Table => unreachable!("constant tables are read as immediates"),
        }
    }

    /// `LOAD` of one 32-bit word (or, with `pair`, two) at `addr + k`; a pair is one
    /// two-channel `LOAD` only when `aligned8` (the address is a multiple of 8) and the
    /// profile allows it.
    fn load_word(&mut self, base: Base, addr: Opnd, k: u64, pair: bool, aligned8: bool) -> Opnd {
        let a = self.add_const(base.wide(), addr, k);
        if base == Base::Table {
            return self.table_word(a, pair);
        }
        let m = self.mem(base, false);
        let d = self.new_temp(pair);
        let Opnd::R { reg, .. } = d else {
            unreachable!()
        };
        let ms = Src::scalar(m, 0);
        if pair && (self.prof.scalar_memory || self.needs_split(aligned8)) {
            // One word each: channel y of a LOAD reads address + 4 by itself.
            let s1 = self.src(a);
            self.b
                .emit(Opcode::LOAD, &[Dst { reg, mask: mask::X }], &[ms, s1]);
            self.b
                .emit(Opcode::LOAD, &[Dst { reg, mask: mask::Y }], &[ms, s1]);
        } else {
            let s = self.src(a);
            self.b.emit(Opcode::LOAD, &[Self::dst(d)], &[ms, s]);
        }
        d
    }

    /// A load or store of two or four 32-bit elements at offsets 0, 4, 8, 12, aligned to its
    /// size, becomes one multi-channel access when the backend makes vector accesses
    /// (`scalar-ptx-memory` and `scalar-memory` off); two or four 64-bit elements at offsets
    /// 0, 8, 16, 24, aligned to 16, become one `.xyzw` access per two elements (channels
    /// `.xy` and `.zw`). The accesses, or `None` for element-wise.
    fn vector_access(
        &self,
        base: Base,
        parts: &[(u64, T)],
        align: u64,
        at: V,
    ) -> R<Option<Vec<Group>>> {
        if self.prof.scalar_memory
            || self.prof.scalar_ptx_memory
            || matches!(base, Base::Input | Base::Table)
            || !matches!(parts.len(), 2 | 4)
        {
            return Ok(None);
        }
        let n = parts.len() as u64;
        let mut narrow = align >= 4 * n;
        let mut wide = align >= 16;
        for (j, (k, t)) in parts.iter().enumerate() {
            let s = self.sty(*t, at)?;
            narrow &= *k == 4 * j as u64 && matches!(s, Sty::F32 | Sty::I(32));
            wide &= *k == 8 * j as u64 && matches!(s, Sty::F64 | Sty::I(64));
        }
        Ok(if narrow {
            Some(vec![Group {
                offset: 0,
                mask: (1u8 << n) - 1,
                elems: (0..n as u8).map(|c| (c, false)).collect(),
            }])
        } else if wide {
            Some(
                (0..n / 2)
                    .map(|g| Group {
                        offset: 16 * g,
                        mask: mask::XYZW,
                        elems: vec![(0, true), (2, true)],
                    })
                    .collect(),
            )
        } else {
            None
        })
    }

    /// Must a 64-bit access be split into two words? Only when the backend turns two-channel
    /// accesses into PTX vector accesses (`scalar-ptx-memory` off), which need 8 bytes of
    /// alignment; otherwise two-channel accesses stay whatever the alignment.
    fn needs_split(&self, aligned8: bool) -> bool {
        !self.prof.scalar_ptx_memory && !aligned8
    }

    /// The word (or, with `pair`, two words) of a constant table at pointer `a`: `IMM[a/4]`,
    /// through `ADDR[0]` when `a` is not a constant.
    fn table_word(&mut self, a: Opnd, pair: bool) -> Opnd {
        let d = self.new_temp(pair);
        let Opnd::R { reg, .. } = d else {
            unreachable!()
        };
        let n = if pair { 2 } else { 1 };
        if let Opnd::I32(p, _) = a {
            for j in 0..n {
                let imm = ir_tgsi::Register::new(ir_tgsi::File::Imm, p / 4 + j);
                let dst = Dst {
                    reg,
                    mask: mask::X << j,
                };
                self.b.emit(Opcode::MOV, &[dst], &[Src::scalar(imm, 0)]);
            }
            return d;
        }
        let idx = self.op(Opcode::USHR, false, &[a, Self::u(2)]);
        let ar = self.b.addr(0);
        let si = self.src(idx);
        self.b.emit(
            Opcode::UARL,
            &[Dst {
                reg: ar,
                mask: mask::X,
            }],
            &[si],
        );
        for j in 0..n {
            let mut imm = ir_tgsi::Register::new(ir_tgsi::File::Imm, j);
            imm.indirect = Some(ir_tgsi::Indirect {
                file: ir_tgsi::File::Addr,
                index: 0,
                chan: 0,
            });
            let dst = Dst {
                reg,
                mask: mask::X << j,
            };
            self.b.emit(Opcode::MOV, &[dst], &[Src::scalar(imm, 0)]);
        }
        d
    }

    /// Splits a byte address into its word address and the bit position inside the word.
    fn word_and_shift(&mut self, base: Base, a: Opnd) -> (Opnd, Opnd) {
        let wide = base.wide();
        let word = if wide {
            self.op(
                Opcode::AND,
                true,
                &[a, Opnd::I64(0xffff_ffff_ffff_fffc, ImmType::Uint64)],
            )
        } else {
            self.op(Opcode::AND, false, &[a, Self::u(0xffff_fffc)])
        };
        let lo = self.op(Opcode::AND, false, &[Self::low(a), Self::u(3)]);
        let sh = self.op(Opcode::SHL, false, &[lo, Self::u(3)]);
        (word, sh)
    }

    /// Loads the scalar of type `s` at `addr + k`, where `addr` is a multiple of `align`.
    fn load_scalar(
        &mut self,
        base: Base,
        addr: Opnd,
        k: u64,
        s: Sty,
        at: V,
        align: u64,
    ) -> R<Opnd> {
        let w = self.is_wide(s);
        match s {
            Sty::I(b) if b < 32 => {
                let a = self.add_const(base.wide(), addr, k);
                let (word, sh) = self.word_and_shift(base, a);
                let v = self.load_word(base, word, 0, false, false);
                let bits = if b == 1 { 8 } else { b };
                let x = self.op(Opcode::UBFE, false, &[v, sh, Self::u(bits)]);
                if b == 1 {
                    return Ok(self.op(Opcode::USNE, false, &[x, Self::u(0)]));
                }
                Ok(x)
            }
            Sty::P(_) if self.prof.pointers32 => unsupported(
                "loading a pointer from memory (32-bit buffer pointers)",
                Some(at),
            ),
            _ => Ok(self.load_word(base, addr, k, w, aligned8(base, align, k))),
        }
    }

    /// Stores `x` of type `s` at `addr + k`, where `addr` is a multiple of `align`.
    #[allow(clippy::too_many_arguments)] // one store's facts: place, value, type, alignment
    fn store_scalar(
        &mut self,
        base: Base,
        addr: Opnd,
        k: u64,
        s: Sty,
        x: Opnd,
        at: V,
        align: u64,
    ) -> R<()> {
        if base == Base::Input {
            return unsupported("store into a by-value argument", Some(at));
        }
        if base == Base::Table {
            return unsupported("store into constant data", Some(at));
        }
        let a = self.add_const(base.wide(), addr, k);
        match s {
            Sty::I(b) if b < 32 => {
                let bits = if b == 1 { 8 } else { b };
                let x = if b == 1 {
                    self.op(Opcode::AND, false, &[x, Self::u(1)])
                } else {
                    x
                };
                let (word, sh) = self.word_and_shift(base, a);
                let m = self.mem(base, base != Base::Private);
                let ms = Src::scalar(m, 0);
                if base == Base::Private {
                    // Private memory belongs to one work-item: read, insert, write.
                    let old = self.load_word(base, word, 0, false, false);
                    let new = self.op(Opcode::BFI, false, &[old, x, sh, Self::u(bits)]);
                    let (ws, ns) = (self.src(word), self.src(new));
                    self.b.emit(
                        Opcode::STORE,
                        &[Dst {
                            reg: m,
                            mask: mask::X,
                        }],
                        &[ws, ns],
                    );
                } else {
                    // Other work-items may write the word's other bytes: clear, then set, with
                    // atomics that touch only this byte's bits.
                    let ones = Self::u((1u32 << bits) - 1);
                    let field = self.op(Opcode::SHL, false, &[ones, sh]);
                    let clear = self.op(Opcode::NOT, false, &[field]);
                    let val = self.op(Opcode::SHL, false, &[x, sh]);
                    let (ws, cs, vs) = (self.src(word), self.src(clear), self.src(val));
                    let t1 = self.new_temp(false);
                    self.b
                        .emit(Opcode::ATOMAND, &[Self::dst(t1)], &[ms, ws, cs]);
                    let t2 = self.new_temp(false);
                    self.b.emit(Opcode::ATOMOR, &[Self::dst(t2)], &[ms, ws, vs]);
                }
                Ok(())
            }
            Sty::P(_) if self.prof.pointers32 => unsupported(
                "storing a pointer to memory (32-bit buffer pointers)",
                Some(at),
            ),
            _ => {
                let w = self.is_wide(s);
                let m = self.mem(base, false);
                if w && (self.prof.scalar_memory || self.needs_split(aligned8(base, align, k))) {
                    let a2 = self.add_const(base.wide(), a, 4);
                    let (s1, s2) = (self.src(a), self.src(a2));
                    let (v1, v2) = (self.src(Self::low(x)), self.src(Self::high(x)));
                    self.b.emit(
                        Opcode::STORE,
                        &[Dst {
                            reg: m,
                            mask: mask::X,
                        }],
                        &[s1, v1],
                    );
                    self.b.emit(
                        Opcode::STORE,
                        &[Dst {
                            reg: m,
                            mask: mask::X,
                        }],
                        &[s2, v2],
                    );
                } else {
                    let (sa, sv) = (self.src(a), self.src(x));
                    let mk = if w { mask::XY } else { mask::X };
                    self.b
                        .emit(Opcode::STORE, &[Dst { reg: m, mask: mk }], &[sa, sv]);
                }
                Ok(())
            }
        }
    }

    pub(super) fn load(&mut self, i: V) -> R<Val> {
        let at = Some(i);
        let (base, addr) = self.ptr(i.operand(0))?;
        let align = u64::from(i.alignment());
        if self.prof.no_int64 && has_int64(i.ty()) {
            return unsupported("64-bit integer load", at);
        }
        if let Kind::Ptr(_) = i.ty().kind() {
            let b2 = self.base_of(i)?;
            if !b2.wide() {
                return unsupported("loading a pointer from memory", at);
            }
            let o = self.load_scalar(base, addr, 0, Sty::P(1), i, align)?;
            return Ok(Val::P(b2, o));
        }
        let parts = self.flatten(i.ty(), i)?;
        if let Some(groups) = self.vector_access(base, &parts, align, i)? {
            // One multi-channel LOAD per group: each element in its channel(s).
            let mut out = Vec::new();
            for g in groups {
                let d = self.new_temp(false);
                let Opnd::R { reg, .. } = d else {
                    unreachable!()
                };
                let m = self.mem(base, false);
                let a = self.add_const(base.wide(), addr, g.offset);
                let sa = self.src(a);
                self.b.emit(
                    Opcode::LOAD,
                    &[Dst { reg, mask: g.mask }],
                    &[Src::scalar(m, 0), sa],
                );
                out.extend(g.elems.iter().map(|&(c, wide)| Opnd::R { reg, c, wide }));
            }
            return Ok(Val::S(out));
        }
        let mut out = Vec::new();
        for (k, t) in parts {
            let s = self.sty(t, i)?;
            out.push(self.load_scalar(base, addr, k, s, i, align)?);
        }
        Ok(Val::S(out))
    }

    pub(super) fn store(&mut self, i: V) -> R<()> {
        let v = i.operand(0);
        let (base, addr) = self.ptr(i.operand(1))?;
        let align = u64::from(i.alignment());
        if self.prof.no_int64 && has_int64(v.ty()) {
            return unsupported("64-bit integer store", Some(i));
        }
        let parts = self.flatten(v.ty(), i)?;
        let vals = self.elems(v)?;
        if let Some(groups) = self.vector_access(base, &parts, align, i)? {
            // Each group's elements gathered into one register, then one multi-channel STORE.
            let mut vals = vals.iter();
            for g in groups {
                let d = self.new_temp(false);
                let Opnd::R { reg, .. } = d else {
                    unreachable!()
                };
                for &(c, wide) in &g.elems {
                    let x = *vals.next().expect("one value per element");
                    let sx = self.src(x);
                    let mask = if wide { mask::XY << c } else { mask::X << c };
                    self.b.emit(Opcode::MOV, &[Dst { reg, mask }], &[sx]);
                }
                let m = self.mem(base, false);
                let a = self.add_const(base.wide(), addr, g.offset);
                let sa = self.src(a);
                self.b.emit(
                    Opcode::STORE,
                    &[Dst {
                        reg: m,
                        mask: g.mask,
                    }],
                    &[sa, Src::new(reg)],
                );
            }
            return Ok(());
        }
        for ((k, t), x) in parts.into_iter().zip(vals) {
            let s = self.sty(t, i)?;
            self.store_scalar(base, addr, k, s, x, i, align)?;
        }
        Ok(())
    }

    pub(super) fn atomic(&mut self, i: V) -> R<Val> {
        let at = Some(i);
        if self.prof.no_atomics {
            return unsupported("atomic operations", at);
        }
        let is_cas = i.opcode() == Some(Op::LLVMAtomicCmpXchg);
        let vt = if is_cas { i.operand(1).ty() } else { i.ty() };
        match vt.kind() {
            Kind::Int(32) | Kind::F32 => {}
            Kind::Int(64) | Kind::F64 => {
                return unsupported("64-bit atomic operation (TGSI has no 64-bit atomics)", at)
            }
            _ => return unsupported(format!("atomic on `{}`", vt.print()), at),
        }
        let (base, addr) = self.ptr(i.operand(0))?;
        if base == Base::Input {
            return unsupported("atomic on a by-value argument", at);
        }
        if base == Base::Table {
            return unsupported("atomic on constant data", at);
        }
        let m = self.mem(base, true);
        let ms = Src::scalar(m, 0);
        let sa = self.src(addr);
        let d = self.new_temp(false);
        if is_cas {
            let cmp = self.scalar(i.operand(1))?;
            let new = self.scalar(i.operand(2))?;
            let (sc, sn) = (self.src(cmp), self.src(new));
            self.b
                .emit(Opcode::ATOMCAS, &[Self::dst(d)], &[ms, sa, sc, sn]);
            let ok = self.op(Opcode::USEQ, false, &[d, cmp]);
            return Ok(Val::S(vec![d, ok]));
        }
        let mut v = self.scalar(i.operand(1))?;
        let o = match i.rmw_op() {
            Rmw::LLVMAtomicRMWBinOpXchg => Opcode::ATOMXCHG,
            Rmw::LLVMAtomicRMWBinOpAdd => Opcode::ATOMUADD,
            Rmw::LLVMAtomicRMWBinOpSub => {
                v = self.op(Opcode::INEG, false, &[v]);
                Opcode::ATOMUADD
            }
            Rmw::LLVMAtomicRMWBinOpAnd => Opcode::ATOMAND,
            Rmw::LLVMAtomicRMWBinOpOr => Opcode::ATOMOR,
            Rmw::LLVMAtomicRMWBinOpXor => Opcode::ATOMXOR,
            Rmw::LLVMAtomicRMWBinOpMax => Opcode::ATOMIMAX,
            Rmw::LLVMAtomicRMWBinOpMin => Opcode::ATOMIMIN,
            Rmw::LLVMAtomicRMWBinOpUMax => Opcode::ATOMUMAX,
            Rmw::LLVMAtomicRMWBinOpUMin => Opcode::ATOMUMIN,
            Rmw::LLVMAtomicRMWBinOpFAdd => Opcode::ATOMFADD,
            // atomic_inc / atomic_dec: wrapping at ~0 is plain increment / decrement.
            Rmw::LLVMAtomicRMWBinOpUIncWrap | Rmw::LLVMAtomicRMWBinOpUDecWrap
                if i.operand(1).const_int() == Some(u64::from(NEG1)) =>
            {
                v = Self::u(if i.rmw_op() == Rmw::LLVMAtomicRMWBinOpUIncWrap {
                    1
                } else {
                    NEG1
                });
                Opcode::ATOMUADD
            }
            other => return unsupported(format!("atomic operation {other:?}"), at),
        };
        let sv = self.src(v);
        self.b.emit(o, &[Self::dst(d)], &[ms, sa, sv]);
        Ok(Val::S(vec![d]))
    }
}

/// One multi-channel access of a vector load or store ([`Lower::vector_access`]).
struct Group {
    /// Its byte offset from the vector's address.
    offset: u64,
    /// The channels it moves.
    mask: u8,
    /// Each element's first channel, and whether it is 64 bits wide (two channels).
    elems: Vec<(u8, bool)>,
}

/// Is the address of the part at byte `k` of an access aligned to `align` a multiple of 8?
/// `INPUT` words are read one at a time whatever their alignment.
fn aligned8(base: Base, align: u64, k: u64) -> bool {
    let part = if k == 0 {
        align
    } else {
        align.min(1 << k.trailing_zeros())
    };
    base == Base::Input || part >= 8
}
