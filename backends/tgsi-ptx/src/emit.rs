//! Translation of one TGSI program into one PTX `.entry` (see the crate documentation for
//! the mapping).

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use ir_tgsi::abi::InputLayout;
use ir_tgsi::program::Chan;
use ir_tgsi::{
    Decl, Dst, File, Instruction, MemoryKind, Opcode, Program, Property, Register, Semantic, Src,
};

use crate::params::{self, Param, ParamKind};
use crate::BackendError;

type Res<T> = Result<T, BackendError>;

/// PTX operand types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum T {
    F32,
    S32,
    U32,
    B32,
    F64,
    S64,
    U64,
}

/// A PTX literal of type `t` with raw bits `bits`.
fn lit(bits: u64, t: T) -> String {
    match t {
        T::F32 => format!("0f{:08X}", bits as u32),
        T::S32 => (bits as u32 as i32).to_string(),
        T::U32 | T::B32 => (bits as u32).to_string(),
        T::F64 => format!("0d{bits:016X}"),
        T::S64 => (bits as i64).to_string(),
        T::U64 => bits.to_string(),
    }
}

/// A source value before it is written into PTX: a register or constant bits.
#[derive(Clone, Debug)]
enum Val {
    Reg(String),
    Imm(u64),
}

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

/// Where a memory instruction goes.
enum Place {
    Mem(MemRef),
    Private(MemRef),
    Input(u64),
}

/// Open control-flow constructs.
#[derive(Debug)]
enum Ctl {
    If { at: usize, else_lbl: String, end_lbl: String, has_else: bool },
    Loop { at: usize, start: String, end: String },
    Switch { at: usize, end: String, labels: Vec<(usize, String)> },
    Sub { ret: String },
}

/// Translates `prog` into `.entry name(…) {…}`.
pub(crate) fn entry(prog: &Program, layout: &InputLayout, name: &str) -> Res<String> {
    let mut e = Emitter::new(prog, layout, name)?;
    e.run_main()?;
    e.finish()
}

struct Emitter<'a> {
    prog: &'a Program,
    kernel: &'a str,
    params: Vec<Param>,
    input_size: u32,
    body: String,
    n_s: u32,
    n_d: u32,
    n_p: u32,
    n_lbl: u32,
    n_temp: u32,
    n_addr: u32,
    shared_bytes: u32,
    private_bytes: u32,
    uses_smem: bool,
    uses_priv: bool,
    uses_workdim: bool,
    buffers: BTreeSet<u32>,
    ctl: Vec<Ctl>,
    calls: Vec<usize>,
    subs: HashMap<usize, usize>,
    cur: Option<usize>,
}

impl<'a> Emitter<'a> {
    fn new(prog: &'a Program, layout: &InputLayout, kernel: &'a str) -> Res<Emitter<'a>> {
        let mut n_temp = 0;
        let mut n_addr = 0;
        for d in &prog.decls {
            match d {
                Decl::Temp { last, .. } => n_temp = n_temp.max(last + 1),
                Decl::Addr { last, .. } => n_addr = n_addr.max(last + 1),
                Decl::Const { .. }
                | Decl::Sv { .. }
                | Decl::Memory { .. }
                | Decl::Buffer { .. } => {}
            }
        }
        // Registers used without a declaration still get PTX registers.
        for inst in &prog.insts {
            let regs = inst.dst.iter().map(|d| d.reg).chain(inst.src.iter().map(|s| s.reg));
            for r in regs {
                match r.file {
                    File::Temp => n_temp = n_temp.max(r.index + 1),
                    File::Addr => n_addr = n_addr.max(r.index + 1),
                    _ => {}
                }
            }
        }
        let mut e = Emitter {
            prog,
            kernel,
            params: params::params(layout, kernel),
            input_size: layout.size,
            body: String::new(),
            n_s: 0,
            n_d: 0,
            n_p: 0,
            n_lbl: 0,
            n_temp,
            n_addr,
            shared_bytes: prog.property(Property::SharedBytes).unwrap_or(0),
            private_bytes: prog.property(Property::PrivateBytes).unwrap_or(0),
            uses_smem: false,
            uses_priv: false,
            uses_workdim: false,
            buffers: BTreeSet::new(),
            ctl: Vec::new(),
            calls: Vec::new(),
            subs: HashMap::new(),
            cur: None,
        };
        e.find_subs()?;
        Ok(e)
    }

    // ---- errors ------------------------------------------------------------------------

    fn location(&self) -> String {
        match self.cur {
            Some(i) => format!("instruction {i} ({})", self.prog.insts[i].op.mnemonic()),
            None => "program".to_string(),
        }
    }

    fn unsupported(&self, what: impl Into<String>) -> BackendError {
        BackendError::Unsupported {
            kernel: self.kernel.to_string(),
            location: self.location(),
            what: what.into(),
        }
    }

    fn malformed(&self, what: impl Into<String>) -> BackendError {
        BackendError::Malformed {
            kernel: self.kernel.to_string(),
            location: self.location(),
            what: what.into(),
        }
    }

    // ---- output and fresh names ---------------------------------------------------------

    fn line(&mut self, s: impl AsRef<str>) {
        self.body.push('\t');
        self.body.push_str(s.as_ref());
        self.body.push('\n');
    }

    fn label(&mut self, l: &str) {
        let _ = writeln!(self.body, "{l}:");
    }

    fn s(&mut self) -> String {
        self.n_s += 1;
        format!("%s{}", self.n_s - 1)
    }

    fn d(&mut self) -> String {
        self.n_d += 1;
        format!("%d{}", self.n_d - 1)
    }

    fn p(&mut self) -> String {
        self.n_p += 1;
        format!("%p{}", self.n_p - 1)
    }

    fn new_label(&mut self) -> String {
        self.n_lbl += 1;
        format!("$L__tgsi{}", self.n_lbl - 1)
    }

    // ---- structure -------------------------------------------------------------------------

    fn find_subs(&mut self) -> Res<()> {
        let mut open: Option<usize> = None;
        for (i, inst) in self.prog.insts.iter().enumerate() {
            self.cur = Some(i);
            match inst.op {
                Opcode::BGNSUB => {
                    if open.is_some() {
                        return Err(self.malformed("BGNSUB inside a subroutine"));
                    }
                    open = Some(i);
                }
                Opcode::ENDSUB => match open.take() {
                    Some(b) => {
                        self.subs.insert(b, i);
                    }
                    None => return Err(self.malformed("ENDSUB without BGNSUB")),
                },
                _ => {}
            }
        }
        if let Some(b) = open {
            self.cur = Some(b);
            return Err(self.malformed("BGNSUB without ENDSUB"));
        }
        self.cur = None;
        Ok(())
    }

    fn run_main(&mut self) -> Res<()> {
        let n = self.prog.insts.len();
        let ended = self.run_range(0, n)?;
        if !ended {
            self.line("ret;");
        }
        if let Some(c) = self.ctl.last() {
            let at = match c {
                Ctl::If { at, .. } | Ctl::Loop { at, .. } | Ctl::Switch { at, .. } => Some(*at),
                Ctl::Sub { .. } => None,
            };
            self.cur = at;
            return Err(self.malformed("control-flow construct is never closed"));
        }
        Ok(())
    }

    /// Emits instructions `start..end`, skipping subroutine bodies; returns true when an
    /// `END` stopped it.
    fn run_range(&mut self, start: usize, end: usize) -> Res<bool> {
        let mut i = start;
        while i < end {
            self.cur = Some(i);
            match self.prog.insts[i].op {
                Opcode::BGNSUB => {
                    i = self.subs[&i] + 1;
                    continue;
                }
                Opcode::END => {
                    self.line("ret;");
                    return Ok(true);
                }
                _ => self.inst(i)?,
            }
            i += 1;
        }
        Ok(false)
    }

    // ---- operands ---------------------------------------------------------------------------

    fn semantic(&self, index: u32) -> Res<Semantic> {
        self.prog
            .decls
            .iter()
            .find_map(|d| match d {
                Decl::Sv { index: i, semantic } if *i == index => Some(*semantic),
                _ => None,
            })
            .ok_or_else(|| self.malformed(format!("SV[{index}] is not declared")))
    }

    /// The raw 32-bit value of channel `chan` of register `r` (no modifiers).
    fn raw32(&mut self, r: &Register, chan: Chan) -> Res<Val> {
        if r.indirect.is_some() {
            return Err(self.unsupported("indirect register addressing"));
        }
        let c = u32::from(chan & 3);
        match r.file {
            File::Temp => Ok(Val::Reg(format!("%t{}", 4 * r.index + c))),
            File::Addr => Ok(Val::Reg(format!("%a{}", 4 * r.index + c))),
            File::Imm => {
                let imm =
                    self.prog.imms.get(r.index as usize).ok_or_else(|| {
                        self.malformed(format!("IMM[{}] is not declared", r.index))
                    })?;
                Ok(Val::Imm(u64::from(imm.lanes[c as usize])))
            }
            File::Sv => {
                let sem = self.semantic(r.index)?;
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
            File::Const | File::In | File::Out => {
                Err(self
                    .unsupported(format!("register file {} in a compute program", r.file.name())))
            }
            File::Buffer | File::Memory => {
                Err(self.malformed(format!("{} used as a value", r.file.name())))
            }
        }
    }

    /// Source `s`, channel slot `slot` (so channel `s.swizzle[slot]`), read as a 32-bit
    /// value of type `t`, modifiers applied. Returns a register name or literal.
    fn read32(&mut self, s: &Src, slot: usize, t: T) -> Res<String> {
        let v = self.raw32(&s.reg, s.swizzle[slot])?;
        if !(s.abs || s.negate) {
            return Ok(match v {
                Val::Reg(r) => r,
                Val::Imm(b) => lit(b, t),
            });
        }
        // MOV and other untyped moves treat modifiers as float modifiers (as Mesa does).
        let ft = match t {
            T::F32 | T::B32 => T::F32,
            T::S32 | T::U32 | T::F64 | T::S64 | T::U64 => {
                return Err(self.malformed("source modifier on a non-float operand"))
            }
        };
        match v {
            Val::Imm(b) => {
                let mut b = b as u32;
                if s.abs {
                    b &= 0x7fff_ffff;
                }
                if s.negate {
                    b ^= 0x8000_0000;
                }
                Ok(lit(u64::from(b), ft))
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
    fn reg32(&mut self, v: String) -> String {
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
    fn read64(&mut self, s: &Src, pair: usize, t: T) -> Res<String> {
        let lo = self.raw32(&s.reg, s.swizzle[2 * pair])?;
        let hi = self.raw32(&s.reg, s.swizzle[2 * pair + 1])?;
        if (s.abs || s.negate) && t != T::F64 {
            return Err(self.malformed("source modifier on a non-float operand"));
        }
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
                let mut d = self.d();
                self.line(format!("mov.b64 {d}, {{{l}, {h}}};"));
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

    fn val_reg(&mut self, v: Val, t: T) -> String {
        match v {
            Val::Reg(r) => r,
            Val::Imm(b) => self.reg32(lit(b, t)),
        }
    }

    /// The PTX register of destination channel `c`.
    fn dst_reg(&self, d: &Dst, c: usize) -> Res<String> {
        if d.reg.indirect.is_some() {
            return Err(self.unsupported("indirect register addressing"));
        }
        match d.reg.file {
            File::Temp => Ok(format!("%t{}", 4 * d.reg.index + c as u32)),
            File::Addr => Ok(format!("%a{}", 4 * d.reg.index + c as u32)),
            File::Out => Err(self.unsupported("OUT registers in a compute program")),
            File::Imm | File::Const | File::In | File::Sv | File::Buffer | File::Memory => {
                Err(self.malformed(format!("{} is not writable", d.reg.file.name())))
            }
        }
    }

    /// Would writing destination channels in order clobber a channel a later channel still
    /// reads? `reads(s, c)` lists the channels source `s` reads for destination unit `c`
    /// (units are processed in increasing order; unit c writes the channels `writes(c)`).
    fn clobbers(
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
    fn channels(mask: u8) -> Vec<usize> {
        (0..4).filter(|c| mask & (1 << c) != 0).collect()
    }

    /// Clobbering for per-channel operations.
    fn aliases(inst: &Instruction) -> bool {
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

    fn dst(&self, inst: &Instruction) -> Res<Dst> {
        inst.dst.first().copied().ok_or_else(|| self.malformed("missing destination"))
    }

    fn src<'b>(&self, inst: &'b Instruction, k: usize) -> Res<&'b Src> {
        inst.src.get(k).ok_or_else(|| self.malformed(format!("missing source {k}")))
    }

    // ---- shapes ------------------------------------------------------------------------------

    /// Per-channel 32-bit operation: `f(e, dst, srcs)` computes one channel.
    fn per_channel(
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
    fn replicate(
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
    fn scalar(
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

    fn pairs(d: &Dst) -> impl Iterator<Item = usize> + '_ {
        (0..2).filter(move |p| d.mask & (3 << (2 * p)) != 0)
    }

    /// 64-bit per lane pair: `f(e, dst64, srcs64)`.
    fn wide(
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
    fn wide_shift(&mut self, inst: &Instruction, t: T, op: &str) -> Res<()> {
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
    fn wide_to_narrow(
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
    fn narrow_to_wide(&mut self, inst: &Instruction, t: T, op: &str) -> Res<()> {
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
    fn mask_shift(&mut self, n: String, mask: u32) -> String {
        match n.parse::<i64>() {
            Ok(v) => (v & i64::from(mask)).to_string(),
            Err(_) => {
                let s = self.s();
                self.line(format!("and.b32 {s}, {n}, {mask};"));
                s
            }
        }
    }

    // ---- instructions -------------------------------------------------------------------------

    fn inst(&mut self, i: usize) -> Res<()> {
        let prog = self.prog;
        let inst = &prog.insts[i];
        let one = |tpl: &'static str| {
            move |e: &mut Self, d: &str, s: &[String]| -> Res<()> {
                let mut out = tpl.replace("{d}", d);
                for (k, v) in s.iter().enumerate() {
                    out = out.replace(&format!("{{{k}}}"), v);
                }
                e.line(out);
                Ok(())
            }
        };
        use Opcode::*;
        match inst.op {
            // ---- float --------------------------------------------------------------------
            MOV => self.per_channel(inst, T::B32, one("mov.b32 {d}, {0};")),
            ADD => self.per_channel(inst, T::F32, one("add.rn.f32 {d}, {0}, {1};")),
            MUL => self.per_channel(inst, T::F32, one("mul.rn.f32 {d}, {0}, {1};")),
            MAD | FMA => self.per_channel(inst, T::F32, one("fma.rn.f32 {d}, {0}, {1}, {2};")),
            DIV => self.per_channel(inst, T::F32, one("div.rn.f32 {d}, {0}, {1};")),
            MIN => self.per_channel(inst, T::F32, one("min.f32 {d}, {0}, {1};")),
            MAX => self.per_channel(inst, T::F32, one("max.f32 {d}, {0}, {1};")),
            FLR => self.per_channel(inst, T::F32, one("cvt.rmi.f32.f32 {d}, {0};")),
            CEIL => self.per_channel(inst, T::F32, one("cvt.rpi.f32.f32 {d}, {0};")),
            TRUNC => self.per_channel(inst, T::F32, one("cvt.rzi.f32.f32 {d}, {0};")),
            ROUND => self.per_channel(inst, T::F32, one("cvt.rni.f32.f32 {d}, {0};")),
            FRC => self.per_channel(inst, T::F32, |e, d, s| {
                let f = e.s();
                e.line(format!("cvt.rmi.f32.f32 {f}, {};", s[0]));
                e.line(format!("sub.rn.f32 {d}, {}, {f};", s[0]));
                Ok(())
            }),
            SSG => self.per_channel(inst, T::F32, |e, d, s| e.sign(d, &s[0], "f32")),
            CMP => self.per_channel(inst, T::F32, |e, d, s| {
                let p = e.p();
                e.line(format!("setp.lt.f32 {p}, {}, 0f00000000;", s[0]));
                e.line(format!("selp.b32 {d}, {}, {}, {p};", s[1], s[2]));
                Ok(())
            }),
            SLT => self.per_channel(inst, T::F32, one("set.lt.f32.f32 {d}, {0}, {1};")),
            SGE => self.per_channel(inst, T::F32, one("set.ge.f32.f32 {d}, {0}, {1};")),
            SEQ => self.per_channel(inst, T::F32, one("set.eq.f32.f32 {d}, {0}, {1};")),
            SNE => self.per_channel(inst, T::F32, one("set.neu.f32.f32 {d}, {0}, {1};")),
            FSLT => self.per_channel(inst, T::F32, one("set.lt.u32.f32 {d}, {0}, {1};")),
            FSGE => self.per_channel(inst, T::F32, one("set.ge.u32.f32 {d}, {0}, {1};")),
            FSEQ => self.per_channel(inst, T::F32, one("set.eq.u32.f32 {d}, {0}, {1};")),
            FSNE => self.per_channel(inst, T::F32, one("set.neu.u32.f32 {d}, {0}, {1};")),
            LDEXP => self.ldexp(inst),
            RCP => self.scalar(inst, T::F32, one("rcp.rn.f32 {d}, {0};")),
            RSQ => self.scalar(inst, T::F32, one("rsqrt.approx.f32 {d}, {0};")),
            SQRT => self.scalar(inst, T::F32, one("sqrt.rn.f32 {d}, {0};")),
            EX2 => self.scalar(inst, T::F32, one("ex2.approx.f32 {d}, {0};")),
            LG2 => self.scalar(inst, T::F32, one("lg2.approx.f32 {d}, {0};")),
            SIN => self.scalar(inst, T::F32, one("sin.approx.f32 {d}, {0};")),
            COS => self.scalar(inst, T::F32, one("cos.approx.f32 {d}, {0};")),
            POW => self.scalar(inst, T::F32, |e, d, s| {
                let l = e.s();
                e.line(format!("lg2.approx.f32 {l}, {};", s[0]));
                e.line(format!("mul.rn.f32 {l}, {l}, {};", s[1]));
                e.line(format!("ex2.approx.f32 {d}, {l};"));
                Ok(())
            }),
            DP2 => self.dot(inst, 2),
            DP3 => self.dot(inst, 3),
            DP4 => self.dot(inst, 4),
            // ---- integer ------------------------------------------------------------------
            UADD => self.per_channel(inst, T::U32, one("add.s32 {d}, {0}, {1};")),
            UMUL => self.per_channel(inst, T::U32, one("mul.lo.s32 {d}, {0}, {1};")),
            UMAD => self.per_channel(inst, T::U32, one("mad.lo.s32 {d}, {0}, {1}, {2};")),
            IMUL_HI => self.per_channel(inst, T::S32, one("mul.hi.s32 {d}, {0}, {1};")),
            UMUL_HI => self.per_channel(inst, T::U32, one("mul.hi.u32 {d}, {0}, {1};")),
            IDIV => self.per_channel(inst, T::S32, |e, d, s| e.guarded(d, s, "div.s32", "32")),
            UDIV => self.per_channel(inst, T::U32, |e, d, s| e.guarded(d, s, "div.u32", "32")),
            UMOD => self.per_channel(inst, T::U32, |e, d, s| e.guarded(d, s, "rem.u32", "32")),
            MOD => self.per_channel(inst, T::S32, |e, d, s| e.guarded(d, s, "rem.s32", "32")),
            INEG => self.per_channel(inst, T::S32, one("neg.s32 {d}, {0};")),
            IABS => self.per_channel(inst, T::S32, one("abs.s32 {d}, {0};")),
            ISSG => self.per_channel(inst, T::S32, |e, d, s| e.sign(d, &s[0], "s32")),
            NOT => self.per_channel(inst, T::U32, one("not.b32 {d}, {0};")),
            AND => self.per_channel(inst, T::U32, one("and.b32 {d}, {0}, {1};")),
            OR => self.per_channel(inst, T::U32, one("or.b32 {d}, {0}, {1};")),
            XOR => self.per_channel(inst, T::U32, one("xor.b32 {d}, {0}, {1};")),
            SHL => self.per_channel(inst, T::U32, |e, d, s| e.shift(d, s, "shl.b32")),
            ISHR => self.per_channel(inst, T::S32, |e, d, s| e.shift(d, s, "shr.s32")),
            USHR => self.per_channel(inst, T::U32, |e, d, s| e.shift(d, s, "shr.u32")),
            IMIN => self.per_channel(inst, T::S32, one("min.s32 {d}, {0}, {1};")),
            IMAX => self.per_channel(inst, T::S32, one("max.s32 {d}, {0}, {1};")),
            UMIN => self.per_channel(inst, T::U32, one("min.u32 {d}, {0}, {1};")),
            UMAX => self.per_channel(inst, T::U32, one("max.u32 {d}, {0}, {1};")),
            ISLT => self.per_channel(inst, T::S32, one("set.lt.u32.s32 {d}, {0}, {1};")),
            ISGE => self.per_channel(inst, T::S32, one("set.ge.u32.s32 {d}, {0}, {1};")),
            USLT => self.per_channel(inst, T::U32, one("set.lt.u32.u32 {d}, {0}, {1};")),
            USGE => self.per_channel(inst, T::U32, one("set.ge.u32.u32 {d}, {0}, {1};")),
            USEQ => self.per_channel(inst, T::U32, one("set.eq.u32.u32 {d}, {0}, {1};")),
            USNE => self.per_channel(inst, T::U32, one("set.ne.u32.u32 {d}, {0}, {1};")),
            UCMP => self.per_channel(inst, T::B32, |e, d, s| {
                let p = e.p();
                e.line(format!("setp.ne.b32 {p}, {}, 0;", s[0]));
                e.line(format!("selp.b32 {d}, {}, {}, {p};", s[1], s[2]));
                Ok(())
            }),
            IBFE => self.per_channel(inst, T::S32, |e, d, s| e.bfe(d, s, "bfe.s32")),
            UBFE => self.per_channel(inst, T::U32, |e, d, s| e.bfe(d, s, "bfe.u32")),
            BFI => self.per_channel(inst, T::U32, |e, d, s| {
                let off = e.mask_shift(s[2].clone(), 31);
                let bits = e.mask_shift(s[3].clone(), 31);
                e.line(format!("bfi.b32 {d}, {}, {}, {off}, {bits};", s[1], s[0]));
                Ok(())
            }),
            BREV => self.per_channel(inst, T::U32, one("brev.b32 {d}, {0};")),
            POPC => self.per_channel(inst, T::U32, one("popc.b32 {d}, {0};")),
            LSB => self.per_channel(inst, T::U32, |e, d, s| {
                let r = e.s();
                e.line(format!("brev.b32 {r}, {};", s[0]));
                e.line(format!("bfind.shiftamt.u32 {d}, {r};"));
                Ok(())
            }),
            IMSB => self.per_channel(inst, T::S32, one("bfind.s32 {d}, {0};")),
            UMSB => self.per_channel(inst, T::U32, one("bfind.u32 {d}, {0};")),
            UARL => self.per_channel(inst, T::U32, one("mov.b32 {d}, {0};")),
            // ---- conversions ----------------------------------------------------------------
            I2F => self.per_channel(inst, T::S32, one("cvt.rn.f32.s32 {d}, {0};")),
            U2F => self.per_channel(inst, T::U32, one("cvt.rn.f32.u32 {d}, {0};")),
            F2I => self.per_channel(inst, T::F32, one("cvt.rzi.s32.f32 {d}, {0};")),
            F2U => self.per_channel(inst, T::F32, one("cvt.rzi.u32.f32 {d}, {0};")),
            // ---- doubles --------------------------------------------------------------------
            DADD => self.wide(inst, T::F64, one("add.rn.f64 {d}, {0}, {1};")),
            DMUL => self.wide(inst, T::F64, one("mul.rn.f64 {d}, {0}, {1};")),
            DMAD | DFMA => self.wide(inst, T::F64, one("fma.rn.f64 {d}, {0}, {1}, {2};")),
            DDIV => self.wide(inst, T::F64, one("div.rn.f64 {d}, {0}, {1};")),
            DRCP => self.wide(inst, T::F64, one("rcp.rn.f64 {d}, {0};")),
            DSQRT => self.wide(inst, T::F64, one("sqrt.rn.f64 {d}, {0};")),
            DRSQ => self.wide(inst, T::F64, one("rsqrt.approx.f64 {d}, {0};")),
            DMIN => self.wide(inst, T::F64, one("min.f64 {d}, {0}, {1};")),
            DMAX => self.wide(inst, T::F64, one("max.f64 {d}, {0}, {1};")),
            DNEG => self.wide(inst, T::F64, one("neg.f64 {d}, {0};")),
            DABS => self.wide(inst, T::F64, one("abs.f64 {d}, {0};")),
            DFLR => self.wide(inst, T::F64, one("cvt.rmi.f64.f64 {d}, {0};")),
            DCEIL => self.wide(inst, T::F64, one("cvt.rpi.f64.f64 {d}, {0};")),
            DTRUNC => self.wide(inst, T::F64, one("cvt.rzi.f64.f64 {d}, {0};")),
            DROUND => self.wide(inst, T::F64, one("cvt.rni.f64.f64 {d}, {0};")),
            DFRAC => self.wide(inst, T::F64, |e, d, s| {
                let f = e.d();
                e.line(format!("cvt.rmi.f64.f64 {f}, {};", s[0]));
                e.line(format!("sub.rn.f64 {d}, {}, {f};", s[0]));
                Ok(())
            }),
            DSSG => self.wide(inst, T::F64, |e, d, s| e.sign(d, &s[0], "f64")),
            DSEQ => self.wide_to_narrow(inst, T::F64, one("set.eq.u32.f64 {d}, {0}, {1};")),
            DSNE => self.wide_to_narrow(inst, T::F64, one("set.neu.u32.f64 {d}, {0}, {1};")),
            DSLT => self.wide_to_narrow(inst, T::F64, one("set.lt.u32.f64 {d}, {0}, {1};")),
            DSGE => self.wide_to_narrow(inst, T::F64, one("set.ge.u32.f64 {d}, {0}, {1};")),
            D2F => self.wide_to_narrow(inst, T::F64, one("cvt.rn.f32.f64 {d}, {0};")),
            D2I => self.wide_to_narrow(inst, T::F64, |e, d, s| e.float_to_int(d, &s[0], "s32.f64")),
            D2U => self.wide_to_narrow(inst, T::F64, |e, d, s| e.float_to_int(d, &s[0], "u32.f64")),
            F2D => self.narrow_to_wide(inst, T::F32, "cvt.f64.f32"),
            I2D => self.narrow_to_wide(inst, T::S32, "cvt.rn.f64.s32"),
            U2D => self.narrow_to_wide(inst, T::U32, "cvt.rn.f64.u32"),
            D2I64 => self.wide(inst, T::F64, |e, d, s| e.float_to_int(d, &s[0], "s64.f64")),
            D2U64 => self.wide(inst, T::F64, |e, d, s| e.float_to_int(d, &s[0], "u64.f64")),
            I642D => self.wide(inst, T::S64, one("cvt.rn.f64.s64 {d}, {0};")),
            U642D => self.wide(inst, T::U64, one("cvt.rn.f64.u64 {d}, {0};")),
            // ---- 64-bit integers ------------------------------------------------------------
            U64ADD => self.wide(inst, T::U64, one("add.s64 {d}, {0}, {1};")),
            U64MUL => self.wide(inst, T::U64, one("mul.lo.s64 {d}, {0}, {1};")),
            U64DIV => self.wide(inst, T::U64, |e, d, s| e.guarded(d, s, "div.u64", "64")),
            I64DIV => self.wide(inst, T::S64, |e, d, s| e.guarded(d, s, "div.s64", "64")),
            U64MOD => self.wide(inst, T::U64, |e, d, s| e.guarded(d, s, "rem.u64", "64")),
            I64MOD => self.wide(inst, T::S64, |e, d, s| e.guarded(d, s, "rem.s64", "64")),
            U64MIN => self.wide(inst, T::U64, one("min.u64 {d}, {0}, {1};")),
            U64MAX => self.wide(inst, T::U64, one("max.u64 {d}, {0}, {1};")),
            I64MIN => self.wide(inst, T::S64, one("min.s64 {d}, {0}, {1};")),
            I64MAX => self.wide(inst, T::S64, one("max.s64 {d}, {0}, {1};")),
            I64NEG => self.wide(inst, T::S64, one("neg.s64 {d}, {0};")),
            I64ABS => self.wide(inst, T::S64, one("abs.s64 {d}, {0};")),
            I64SSG => self.wide(inst, T::S64, |e, d, s| e.sign(d, &s[0], "s64")),
            U64SHL => self.wide_shift(inst, T::U64, "shl.b64"),
            I64SHR => self.wide_shift(inst, T::S64, "shr.s64"),
            U64SHR => self.wide_shift(inst, T::U64, "shr.u64"),
            U64SEQ => self.wide_to_narrow(inst, T::U64, one("set.eq.u32.u64 {d}, {0}, {1};")),
            U64SNE => self.wide_to_narrow(inst, T::U64, one("set.ne.u32.u64 {d}, {0}, {1};")),
            U64SLT => self.wide_to_narrow(inst, T::U64, one("set.lt.u32.u64 {d}, {0}, {1};")),
            U64SGE => self.wide_to_narrow(inst, T::U64, one("set.ge.u32.u64 {d}, {0}, {1};")),
            I64SLT => self.wide_to_narrow(inst, T::S64, one("set.lt.u32.s64 {d}, {0}, {1};")),
            I64SGE => self.wide_to_narrow(inst, T::S64, one("set.ge.u32.s64 {d}, {0}, {1};")),
            I2I64 => self.narrow_to_wide(inst, T::S32, "cvt.s64.s32"),
            U2I64 => self.narrow_to_wide(inst, T::U32, "cvt.u64.u32"),
            F2I64 => self.f2i64(inst, "s64.f32"),
            F2U64 => self.f2i64(inst, "u64.f32"),
            I642F => self.wide_to_narrow(inst, T::S64, one("cvt.rn.f32.s64 {d}, {0};")),
            U642F => self.wide_to_narrow(inst, T::U64, one("cvt.rn.f32.u64 {d}, {0};")),
            // ---- memory ---------------------------------------------------------------------
            LOAD => self.load(inst),
            STORE => self.store(inst),
            ATOMUADD => self.atomic(inst, "add.u32", T::U32),
            ATOMXCHG => self.atomic(inst, "exch.b32", T::B32),
            ATOMCAS => self.atomic(inst, "cas.b32", T::B32),
            ATOMAND => self.atomic(inst, "and.b32", T::U32),
            ATOMOR => self.atomic(inst, "or.b32", T::U32),
            ATOMXOR => self.atomic(inst, "xor.b32", T::U32),
            ATOMUMIN => self.atomic(inst, "min.u32", T::U32),
            ATOMUMAX => self.atomic(inst, "max.u32", T::U32),
            ATOMIMIN => self.atomic(inst, "min.s32", T::S32),
            ATOMIMAX => self.atomic(inst, "max.s32", T::S32),
            ATOMFADD => self.atomic(inst, "add.f32", T::F32),
            // ---- synchronization ------------------------------------------------------------
            BARRIER => {
                self.line("bar.sync 0;");
                Ok(())
            }
            MEMBAR => self.membar(inst),
            // ---- control flow ---------------------------------------------------------------
            IF | UIF => {
                let s = *self.src(inst, 0)?;
                let p = self.p();
                if inst.op == IF {
                    let x = self.read32(&s, 0, T::F32)?;
                    self.line(format!("setp.neu.f32 {p}, {x}, 0f00000000;"));
                } else {
                    let x = self.read32(&s, 0, T::U32)?;
                    self.line(format!("setp.ne.b32 {p}, {x}, 0;"));
                }
                let else_lbl = self.new_label();
                let end_lbl = self.new_label();
                self.line(format!("@!{p} bra {else_lbl};"));
                self.ctl.push(Ctl::If { at: i, else_lbl, end_lbl, has_else: false });
                Ok(())
            }
            ELSE => match self.ctl.last_mut() {
                Some(Ctl::If { else_lbl, end_lbl, has_else: has_else @ false, .. }) => {
                    *has_else = true;
                    let (el, en) = (else_lbl.clone(), end_lbl.clone());
                    self.line(format!("bra {en};"));
                    self.label(&el);
                    Ok(())
                }
                _ => Err(self.malformed("ELSE without an open IF")),
            },
            ENDIF => match self.ctl.pop() {
                Some(Ctl::If { else_lbl, end_lbl, has_else, .. }) => {
                    self.label(if has_else { &end_lbl } else { &else_lbl });
                    Ok(())
                }
                _ => Err(self.malformed("ENDIF without an open IF")),
            },
            BGNLOOP => {
                let start = self.new_label();
                let end = self.new_label();
                self.label(&start);
                self.ctl.push(Ctl::Loop { at: i, start, end });
                Ok(())
            }
            ENDLOOP => match self.ctl.pop() {
                Some(Ctl::Loop { start, end, .. }) => {
                    self.line(format!("bra {start};"));
                    self.label(&end);
                    Ok(())
                }
                _ => Err(self.malformed("ENDLOOP without an open BGNLOOP")),
            },
            BRK => {
                let target = self.ctl.iter().rev().find_map(|c| match c {
                    Ctl::Loop { end, .. } | Ctl::Switch { end, .. } => Some(Some(end.clone())),
                    Ctl::Sub { .. } => Some(None),
                    Ctl::If { .. } => None,
                });
                match target.flatten() {
                    Some(t) => {
                        self.line(format!("bra {t};"));
                        Ok(())
                    }
                    None => Err(self.malformed("BRK outside a loop or switch")),
                }
            }
            CONT => {
                let target = self.ctl.iter().rev().find_map(|c| match c {
                    Ctl::Loop { start, .. } => Some(Some(start.clone())),
                    Ctl::Sub { .. } => Some(None),
                    Ctl::If { .. } | Ctl::Switch { .. } => None,
                });
                match target.flatten() {
                    Some(t) => {
                        self.line(format!("bra {t};"));
                        Ok(())
                    }
                    None => Err(self.malformed("CONT outside a loop")),
                }
            }
            SWITCH => self.switch(i),
            CASE | DEFAULT => {
                let found = match self.ctl.last() {
                    Some(Ctl::Switch { labels, .. }) => {
                        labels.iter().find(|(k, _)| *k == i).map(|(_, l)| l.clone())
                    }
                    _ => None,
                };
                match found {
                    Some(l) => {
                        self.label(&l);
                        Ok(())
                    }
                    None => Err(self.malformed("CASE/DEFAULT outside a SWITCH")),
                }
            }
            ENDSWITCH => match self.ctl.pop() {
                Some(Ctl::Switch { end, .. }) => {
                    self.label(&end);
                    Ok(())
                }
                _ => Err(self.malformed("ENDSWITCH without an open SWITCH")),
            },
            CAL => self.call(inst),
            RET => {
                let ret = self.ctl.iter().rev().find_map(|c| match c {
                    Ctl::Sub { ret } => Some(ret.clone()),
                    Ctl::If { .. } | Ctl::Loop { .. } | Ctl::Switch { .. } => None,
                });
                match ret {
                    Some(r) => self.line(format!("bra {r};")),
                    None => self.line("ret;"),
                }
                Ok(())
            }
            BGNSUB => Err(self.malformed("BGNSUB reached by the main program")),
            ENDSUB => Err(self.malformed("ENDSUB reached outside a subroutine")),
            NOP => Ok(()),
            END => {
                self.line("ret;");
                Ok(())
            }
        }
    }

    // ---- operation helpers ---------------------------------------------------------------

    /// Sign: 1, -1 or 0 of type `ty` (`f32`, `s32`, `f64`, `s64`).
    fn sign(&mut self, d: &str, x: &str, ty: &str) -> Res<()> {
        let (zero, one, minus) = match ty {
            "f32" => ("0f00000000", "0f3F800000", "0fBF800000"),
            "f64" => ("0d0000000000000000", "0d3FF0000000000000", "0dBFF0000000000000"),
            _ => ("0", "1", "-1"),
        };
        let (pg, pl) = (self.p(), self.p());
        let sel = if ty.len() == 3 && ty.ends_with("64") { "b64" } else { "b32" };
        self.line(format!("setp.gt.{ty} {pg}, {x}, {zero};"));
        self.line(format!("setp.lt.{ty} {pl}, {x}, {zero};"));
        self.line(format!("selp.{sel} {d}, {one}, {zero}, {pg};"));
        self.line(format!("selp.{sel} {d}, {minus}, {d}, {pl};"));
        Ok(())
    }

    /// Float to integer, truncating and saturating, NaN → 0. `cvt.rzi` saturates, but on
    /// sm_90 a NaN source of these conversions gives the minimum integer (measured on an
    /// H200; only f32 → 32-bit gives 0), so NaN is selected away.
    fn float_to_int(&mut self, d: &str, x: &str, types: &str) -> Res<()> {
        let (dt, st) = types.split_once('.').unwrap_or((types, ""));
        let p = self.p();
        let wide = dt.ends_with("64");
        let q = if wide { self.d() } else { self.s() };
        self.line(format!("cvt.rzi.{types} {q}, {x};"));
        self.line(format!("setp.num.{st} {p}, {x}, {x};"));
        self.line(format!("selp.b{} {d}, {q}, 0, {p};", if wide { 64 } else { 32 }));
        Ok(())
    }

    /// `F2I64`/`F2U64`: f32 channel `swizzle[p]` to lane pair p, NaN → 0.
    fn f2i64(&mut self, inst: &Instruction, types: &str) -> Res<()> {
        let d = self.dst(inst)?;
        let mut results = Vec::new();
        for p in Self::pairs(&d).collect::<Vec<_>>() {
            let a = self.read32(self.src(inst, 0)?, p, T::F32)?;
            let r = self.d();
            self.float_to_int(&r, &a, types)?;
            results.push((p, r));
        }
        self.write_pairs(&d, results)
    }

    /// Division or remainder with a zero divisor giving all ones (`bits` = "32"/"64").
    fn guarded(&mut self, d: &str, s: &[String], op: &str, bits: &str) -> Res<()> {
        let ones = "-1"; // all ones at either width
        match s[1].parse::<i128>() {
            Ok(0) => self.line(format!("mov.b{bits} {d}, {ones};")),
            Ok(_) => self.line(format!("{op} {d}, {}, {};", s[0], s[1])),
            Err(_) => {
                let q = if bits == "32" { self.s() } else { self.d() };
                let p = self.p();
                self.line(format!("{op} {q}, {}, {};", s[0], s[1]));
                self.line(format!("setp.eq.b{bits} {p}, {}, 0;", s[1]));
                self.line(format!("selp.b{bits} {d}, {ones}, {q}, {p};"));
            }
        }
        Ok(())
    }

    fn shift(&mut self, d: &str, s: &[String], op: &str) -> Res<()> {
        let n = self.mask_shift(s[1].clone(), 31);
        self.line(format!("{op} {d}, {}, {n};", s[0]));
        Ok(())
    }

    fn bfe(&mut self, d: &str, s: &[String], op: &str) -> Res<()> {
        let off = self.mask_shift(s[1].clone(), 31);
        let bits = self.mask_shift(s[2].clone(), 31);
        self.line(format!("{op} {d}, {}, {off}, {bits};", s[0]));
        Ok(())
    }

    fn dot(&mut self, inst: &Instruction, n: usize) -> Res<()> {
        let a = self.src(inst, 0)?;
        let b = self.src(inst, 1)?;
        let mut terms = Vec::new();
        for c in 0..n {
            terms.push((self.read32(a, c, T::F32)?, self.read32(b, c, T::F32)?));
        }
        self.replicate(inst, |e, d| {
            let acc = e.s();
            e.line(format!("mul.rn.f32 {acc}, {}, {};", terms[0].0, terms[0].1));
            for (k, (x, y)) in terms.iter().enumerate().skip(1) {
                let to = if k + 1 == terms.len() { d.to_string() } else { acc.clone() };
                e.line(format!("fma.rn.f32 {to}, {x}, {y}, {acc};"));
            }
            if terms.len() == 1 {
                e.line(format!("mov.b32 {d}, {acc};"));
            }
            Ok(())
        })
    }

    /// `LDEXP`: x * 2^n with n a signed integer clamped to ±400, computed in f64 (exact)
    /// and rounded once to f32.
    fn ldexp(&mut self, inst: &Instruction) -> Res<()> {
        let d = self.dst(inst)?;
        let alias = Self::aliases(inst);
        let mut later = Vec::new();
        for c in 0..4 {
            if d.mask & (1 << c) == 0 {
                continue;
            }
            let x = self.read32(self.src(inst, 0)?, c, T::F32)?;
            let n = self.read32(self.src(inst, 1)?, c, T::S32)?;
            let target = if alias { self.s() } else { self.dst_reg(&d, c)? };
            let (k, e, xd) = (self.s(), self.d(), self.d());
            self.line(format!("min.s32 {k}, {n}, 400;"));
            self.line(format!("max.s32 {k}, {k}, -400;"));
            self.line(format!("add.s32 {k}, {k}, 1023;"));
            self.line(format!("cvt.u64.u32 {e}, {k};"));
            self.line(format!("shl.b64 {e}, {e}, 52;"));
            self.line(format!("cvt.f64.f32 {xd}, {x};"));
            self.line(format!("mul.rn.f64 {xd}, {xd}, {e};"));
            self.line(format!("cvt.rn.f32.f64 {target}, {xd};"));
            if alias {
                later.push((self.dst_reg(&d, c)?, target));
            }
        }
        for (r, s) in later {
            self.line(format!("mov.b32 {r}, {s};"));
        }
        Ok(())
    }

    fn membar(&mut self, inst: &Instruction) -> Res<()> {
        let s = self.src(inst, 0)?;
        let flags = match self.raw32(&s.reg, s.swizzle[0])? {
            Val::Imm(b) => Some(b as u32),
            Val::Reg(_) => None,
        };
        // Mesa bits: 1 SHADER_BUFFER, 2 ATOMIC_BUFFER, 4 SHADER_IMAGE, 8 SHARED,
        // 16 THREAD_GROUP.
        let cta = matches!(flags, Some(f) if f & 16 != 0 || f & 7 == 0);
        self.line(if cta { "membar.cta;" } else { "membar.gl;" });
        Ok(())
    }

    fn switch(&mut self, i: usize) -> Res<()> {
        let prog = self.prog;
        let mut depth = 0usize;
        let mut arms = Vec::new();
        let mut default = None;
        let mut closed = false;
        for (j, inst) in prog.insts.iter().enumerate().skip(i + 1) {
            match inst.op {
                Opcode::SWITCH => depth += 1,
                Opcode::ENDSWITCH if depth == 0 => {
                    closed = true;
                    break;
                }
                Opcode::ENDSWITCH => depth -= 1,
                Opcode::CASE if depth == 0 => arms.push(j),
                Opcode::DEFAULT if depth == 0 => default = Some(j),
                _ => {}
            }
        }
        if !closed {
            return Err(self.malformed("SWITCH without ENDSWITCH"));
        }
        let sel_src = *self.src(&prog.insts[i], 0)?;
        let sel = self.read32(&sel_src, 0, T::U32)?;
        let sel = {
            // Copy: the selector is compared against every case.
            let s = self.s();
            self.line(format!("mov.b32 {s}, {sel};"));
            s
        };
        let mut labels = Vec::new();
        for j in arms {
            let l = self.new_label();
            let case_src =
                *prog.insts[j].src.first().ok_or_else(|| self.malformed("CASE without a value"))?;
            self.cur = Some(j);
            let v = self.read32(&case_src, 0, T::U32)?;
            self.cur = Some(i);
            let p = self.p();
            self.line(format!("setp.eq.b32 {p}, {sel}, {v};"));
            self.line(format!("@{p} bra {l};"));
            labels.push((j, l));
        }
        let end = self.new_label();
        match default {
            Some(j) => {
                let l = self.new_label();
                self.line(format!("bra {l};"));
                labels.push((j, l));
            }
            None => self.line(format!("bra {end};")),
        }
        self.ctl.push(Ctl::Switch { at: i, end, labels });
        Ok(())
    }

    fn call(&mut self, inst: &Instruction) -> Res<()> {
        let target = inst.label.ok_or_else(|| self.malformed("CAL without a label"))? as usize;
        let Some(&end) = self.subs.get(&target) else {
            return Err(self.malformed(format!("CAL target {target} is not a BGNSUB")));
        };
        if self.calls.contains(&target) {
            return Err(self.unsupported("recursive subroutine call"));
        }
        let here = self.cur;
        let ret = self.new_label();
        self.calls.push(target);
        self.ctl.push(Ctl::Sub { ret: ret.clone() });
        let depth = self.ctl.len();
        let ended = self.run_range(target + 1, end)?;
        if self.ctl.len() != depth && !ended {
            self.cur = Some(target);
            return Err(self.malformed("subroutine leaves a control-flow construct open"));
        }
        self.ctl.truncate(depth - 1);
        self.calls.pop();
        self.cur = here;
        self.label(&ret);
        Ok(())
    }

    // ---- memory ----------------------------------------------------------------------

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
        if res.indirect.is_some() {
            return Err(self.unsupported("indirect resource addressing"));
        }
        match res.file {
            File::Buffer => {
                let base = self.param_base(res.index)?;
                let off = self.raw32(&addr.reg, addr.swizzle[0])?;
                Ok(match off {
                    Val::Imm(b) => {
                        Place::Mem(MemRef { space: "global", base, off: b & 0xffff_ffff })
                    }
                    Val::Reg(r) => {
                        let (w, a) = (self.d(), self.d());
                        self.line(format!("cvt.u64.u32 {w}, {r};"));
                        self.line(format!("add.s64 {a}, {base}, {w};"));
                        Place::Mem(MemRef { space: "global", base: a, off: 0 })
                    }
                })
            }
            File::Memory => {
                let kind = self.prog.memory_kind(res.index).ok_or_else(|| {
                    self.malformed(format!("MEMORY[{}] is not declared", res.index))
                })?;
                match kind {
                    MemoryKind::Global => {
                        let lo = self.raw32(&addr.reg, addr.swizzle[0])?;
                        let hi = self.raw32(&addr.reg, addr.swizzle[1])?;
                        let a = self.d();
                        match (lo, hi) {
                            (Val::Imm(l), Val::Imm(h)) => {
                                self.line(format!("mov.b64 {a}, {};", l | (h << 32)))
                            }
                            (lo, hi) => {
                                let l = self.val_reg(lo, T::B32);
                                let h = self.val_reg(hi, T::B32);
                                self.line(format!("mov.b64 {a}, {{{l}, {h}}};"));
                            }
                        }
                        Ok(Place::Mem(MemRef { space: "global", base: a, off: 0 }))
                    }
                    MemoryKind::Shared | MemoryKind::Private => {
                        let (base, space) = if kind == MemoryKind::Shared {
                            self.uses_smem = true;
                            ("%smem", "shared")
                        } else {
                            if self.private_bytes == 0 {
                                return Err(
                                    self.malformed("PRIVATE accessed but CS_PRIVATE_BYTES is 0")
                                );
                            }
                            self.uses_priv = true;
                            ("%priv", "local")
                        };
                        let r = match self.raw32(&addr.reg, addr.swizzle[0])? {
                            Val::Imm(b) => {
                                MemRef { space, base: base.to_string(), off: b & 0xffff_ffff }
                            }
                            Val::Reg(r) => {
                                let a = self.s();
                                self.line(format!("add.s32 {a}, {base}, {r};"));
                                MemRef { space, base: a, off: 0 }
                            }
                        };
                        Ok(if kind == MemoryKind::Shared {
                            Place::Mem(r)
                        } else {
                            Place::Private(r)
                        })
                    }
                    MemoryKind::Input => match self.raw32(&addr.reg, addr.swizzle[0])? {
                        Val::Imm(b) => Ok(Place::Input(b & 0xffff_ffff)),
                        Val::Reg(_) => {
                            Err(self.unsupported("INPUT load at a non-immediate offset"))
                        }
                    },
                }
            }
            _ => Err(self.malformed(format!("{} is not a memory resource", res.file.name()))),
        }
    }

    fn load(&mut self, inst: &Instruction) -> Res<()> {
        let d = self.dst(inst)?;
        let res = self.src(inst, 0)?.reg;
        let addr = *self.src(inst, 1)?;
        let place = self.place(&res, &addr)?;
        for c in 0..4usize {
            if d.mask & (1 << c) == 0 {
                continue;
            }
            let r = self.dst_reg(&d, c)?;
            match &place {
                Place::Mem(m) | Place::Private(m) => {
                    self.line(format!("ld.{}.b32 {r}, {};", m.space, m.at(4 * c as u64)))
                }
                Place::Input(off) => self.input_word(&r, off + 4 * c as u64)?,
            }
        }
        Ok(())
    }

    fn store(&mut self, inst: &Instruction) -> Res<()> {
        let d = self.dst(inst)?;
        let addr = *self.src(inst, 0)?;
        let value = *self.src(inst, 1)?;
        let place = self.place(&d.reg, &addr)?;
        let m = match place {
            Place::Mem(m) | Place::Private(m) => m,
            Place::Input(_) => return Err(self.unsupported("STORE to INPUT memory")),
        };
        for c in 0..4usize {
            if d.mask & (1 << c) == 0 {
                continue;
            }
            let v = self.read32(&value, c, T::B32)?;
            self.line(format!("st.{}.b32 {}, {v};", m.space, m.at(4 * c as u64)));
        }
        Ok(())
    }

    fn atomic(&mut self, inst: &Instruction, op: &str, t: T) -> Res<()> {
        let res = self.src(inst, 0)?.reg;
        let addr = *self.src(inst, 1)?;
        let place = self.place(&res, &addr)?;
        let v = self.read32(self.src(inst, 2)?, 0, t)?;
        let v = self.reg32(v);
        let v2 = if inst.op == Opcode::ATOMCAS {
            let w = self.read32(self.src(inst, 3)?, 0, t)?;
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
            Place::Input(_) => return Err(self.unsupported("atomic on INPUT memory")),
        }
        let d = self.dst(inst)?;
        for c in 0..4 {
            if d.mask & (1 << c) != 0 {
                let r = self.dst_reg(&d, c)?;
                self.line(format!("mov.b32 {r}, {old};"));
            }
        }
        Ok(())
    }

    /// The 32-bit word at byte `off` of the INPUT block, into register `r`.
    fn input_word(&mut self, r: &str, off: u64) -> Res<()> {
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

    // ---- the function ------------------------------------------------------------------

    fn finish(mut self) -> Res<String> {
        self.cur = None;
        // Prologue (after the body, when we know what it needs).
        let body = std::mem::take(&mut self.body);
        if self.uses_smem {
            if self.shared_bytes > 0 {
                self.line("mov.u32 %smem, tgsi_smem;");
            } else {
                self.line("mov.u32 %smem, 0;");
            }
        }
        if self.uses_priv {
            self.line("mov.u32 %priv, tgsi_priv;");
        }
        for b in self.buffers.clone() {
            let name = self
                .params
                .iter()
                .find(|p| matches!(p.slot.class, ir_tgsi::abi::ArgClass::GlobalPtr { buffer, .. } if buffer == b))
                .map(|p| p.name.clone())
                .unwrap_or_default();
            self.line(format!("ld.param.u64 %buf{b}, [{name}];"));
        }
        if self.uses_workdim {
            let (gy, gz, t, py, pz) = (self.s(), self.s(), self.s(), self.p(), self.p());
            self.line(format!("mov.u32 {gy}, %nctaid.y;"));
            self.line(format!("mov.u32 {t}, %ntid.y;"));
            self.line(format!("mul.lo.s32 {gy}, {gy}, {t};"));
            self.line(format!("mov.u32 {gz}, %nctaid.z;"));
            self.line(format!("mov.u32 {t}, %ntid.z;"));
            self.line(format!("mul.lo.s32 {gz}, {gz}, {t};"));
            self.line(format!("setp.gt.u32 {py}, {gy}, 1;"));
            self.line(format!("setp.gt.u32 {pz}, {gz}, 1;"));
            self.line(format!("selp.b32 %workdim, 2, 1, {py};"));
            self.line(format!("selp.b32 %workdim, 3, %workdim, {pz};"));
        }
        let prologue = std::mem::take(&mut self.body);

        let mut out = String::new();
        let _ = writeln!(out, ".entry {}(", self.kernel);
        let decls: Vec<String> = self.params.iter().map(params::declaration).collect();
        for (k, d) in decls.iter().enumerate() {
            let sep = if k + 1 == decls.len() { "" } else { "," };
            let _ = writeln!(out, "\t{d}{sep}");
        }
        out.push_str(")\n");
        let fixed =
            [Property::FixedBlockWidth, Property::FixedBlockHeight, Property::FixedBlockDepth]
                .map(|p| self.prog.property(p));
        if fixed.iter().any(Option::is_some) {
            let [w, h, d] = fixed.map(|v| v.unwrap_or(1).max(1));
            let _ = writeln!(out, ".reqntid {w}, {h}, {d}");
        }
        out.push_str("{\n");
        if self.uses_smem && self.shared_bytes > 0 {
            let _ = writeln!(out, "\t.shared .align 16 .b8 tgsi_smem[{}];", self.shared_bytes);
        }
        if self.uses_priv {
            let _ = writeln!(out, "\t.local .align 16 .b8 tgsi_priv[{}];", self.private_bytes);
        }
        let mut regs = |kind: &str, name: &str, n: u32| {
            if n > 0 {
                let _ = writeln!(out, "\t.reg .{kind} {name}<{n}>;");
            }
        };
        regs("pred", "%p", self.n_p);
        regs("b32", "%t", 4 * self.n_temp);
        regs("b32", "%a", 4 * self.n_addr);
        regs("b32", "%s", self.n_s);
        regs("b64", "%d", self.n_d);
        if self.uses_smem {
            out.push_str("\t.reg .b32 %smem;\n");
        }
        if self.uses_priv {
            out.push_str("\t.reg .b32 %priv;\n");
        }
        if self.uses_workdim {
            out.push_str("\t.reg .b32 %workdim;\n");
        }
        for b in &self.buffers {
            let _ = writeln!(out, "\t.reg .b64 %buf{b};");
        }
        out.push('\n');
        out.push_str(&prologue);
        out.push_str(&body);
        out.push_str("}\n");
        Ok(out)
    }
}
