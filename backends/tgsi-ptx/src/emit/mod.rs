//! Translation of one TGSI program into one PTX `.entry` (see the crate documentation for
//! the mapping).
//!
//! The emitter works on a [`Validated`] program and relies on what the validator guarantees
//! (operand counts, declared registers, operand roles, modifiers only on float sources, the
//! control-flow structure, whose links it takes from [`ir_tgsi::flow::Flow`]); its errors are
//! what the validator cannot know: constructs the backend does not translate, and mismatches
//! between the program and the argument layout.
//!
//! This module holds the [`Emitter`] (its state, errors, output and fresh names) and walks the
//! program; `operands` reads and writes registers, `shapes` maps source channels to
//! destination channels per opcode shape, `ops` dispatches on the opcode and emits the
//! arithmetic, `memory` the memory instructions and the `INPUT` block, `flow` the structured
//! control flow and subroutine inlining, and `function` assembles the `.entry` around the
//! body.

mod flow;
mod function;
mod memory;
mod operands;
mod ops;
mod shapes;
mod strength;

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use ir_tgsi::abi::InputLayout;
use ir_tgsi::flow::Flow;
use ir_tgsi::{Decl, File, Opcode, Program, Property, Validated};

use crate::params::{self, Param};
use crate::{BackendError, Options};

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

/// Translates `prog` into `.entry name(…) {…}`.
pub(crate) fn entry(
    prog: &Validated<'_>,
    layout: &InputLayout,
    name: &str,
    opts: &Options,
) -> Res<String> {
    let mut e = Emitter::new(prog, layout, name, *opts);
    e.run_range(0, e.prog.insts.len())?;
    e.finish()
}

struct Emitter<'a> {
    v: &'a Validated<'a>,
    prog: &'a Program,
    flow: &'a Flow,
    kernel: &'a str,
    opts: Options,
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
    /// An immediate is read through an `ADDR` index: the immediates are a `.const` table.
    uses_imm_table: bool,
    /// Bytes between two immediates in the `.const` table: 4 when it is dense
    /// ([`crate::Options::dense_tables`] and every indexed read takes channel x), else 16.
    imm_stride: u32,
    /// With `reuse_pairs`: the 64-bit register each lane pair `(lo, hi)` was last unpacked
    /// from or packed into, while neither half nor the 64-bit register has been written
    /// since and no label has intervened.
    pairs: HashMap<(String, String), String>,
    /// Instructions already translated with the one before them (the `ATOMOR` of a byte
    /// store, [`crate::Options::byte_stores`]).
    consumed: BTreeSet<usize>,
    /// With `reuse_pairs`: the special registers read once at the entry, by register name.
    sv_regs: std::collections::BTreeMap<String, String>,
    buffers: BTreeSet<u32>,
    /// Labels of the `IF`s, by instruction (of the one being emitted: subroutines inlined
    /// more than once get fresh labels each time).
    ifs: HashMap<usize, flow::IfLabels>,
    /// Start labels of the loops, by `BGNLOOP`.
    starts: HashMap<usize, String>,
    /// End labels of the loops and switches, by `BGNLOOP` or `SWITCH`.
    ends: HashMap<usize, String>,
    /// Labels of the `CASE`s and `DEFAULT`s, by instruction.
    cases: HashMap<usize, String>,
    /// The subroutines being inlined, innermost last: their `BGNSUB` and return label.
    calls: Vec<(usize, String)>,
    /// The instruction being translated, for errors.
    cur: Option<usize>,
}

impl<'a> Emitter<'a> {
    fn new(
        v: &'a Validated<'a>,
        layout: &InputLayout,
        kernel: &'a str,
        opts: Options,
    ) -> Emitter<'a> {
        let prog = v.program();
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
        // Every index an operand names gets a register, also the base of an indirect operand
        // in a subroutine that is never called (and so never translated).
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
        Emitter {
            v,
            prog,
            flow: v.flow(),
            kernel,
            opts,
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
            uses_imm_table: false,
            imm_stride: if opts.dense_tables && indexed_imms_read_x_only(prog) { 4 } else { 16 },
            pairs: HashMap::new(),
            consumed: BTreeSet::new(),
            sv_regs: std::collections::BTreeMap::new(),
            buffers: BTreeSet::new(),
            ifs: HashMap::new(),
            starts: HashMap::new(),
            ends: HashMap::new(),
            cases: HashMap::new(),
            calls: Vec::new(),
            cur: None,
        }
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
        let s = s.as_ref();
        if self.opts.reuse_pairs {
            self.track_pairs(s);
        }
        self.body.push('\t');
        self.body.push_str(s);
        self.body.push('\n');
    }

    fn label(&mut self, l: &str) {
        self.pairs.clear();
        let _ = writeln!(self.body, "{l}:");
    }

    /// A 64-bit register holding the lane pair `{lo, hi}`: with `reuse_pairs`, the one it
    /// already is in when nothing has changed since; else a fresh `mov.b64 %d, {lo, hi}`.
    fn pack(&mut self, lo: &str, hi: &str) -> String {
        if let Some(d) = self.pairs.get(&(lo.to_string(), hi.to_string())) {
            return d.clone();
        }
        let d = self.d();
        self.line(format!("mov.b64 {d}, {{{lo}, {hi}}};"));
        d
    }

    /// Keeps [`Emitter::pairs`] up to date with the PTX line `s`: entries whose registers
    /// `s` writes are dropped; an unpredicated `mov.b64 {lo, hi}, %d` / `mov.b64 %d, {lo, hi}`
    /// records one.
    fn track_pairs(&mut self, s: &str) {
        let predicated = s.starts_with('@');
        let body = if predicated { s.split_once(' ').map_or("", |(_, r)| r) } else { s };
        let Some((op, rest)) = body.split_once(' ') else {
            return;
        };
        let rest = rest.trim_start();
        let dest = if let Some(r) = rest.strip_prefix('{') {
            r.split('}').next().unwrap_or("")
        } else {
            rest.split(',').next().unwrap_or("")
        };
        let written: Vec<&str> = if dest.starts_with('[') || op.starts_with("st.") {
            Vec::new()
        } else {
            dest.split(',').map(|r| r.trim().trim_end_matches(';')).collect()
        };
        if !written.is_empty() {
            self.pairs.retain(|(l, h), d| {
                !written.iter().any(|w| *w == l.as_str() || *w == h.as_str() || *w == d.as_str())
            });
        }
        if predicated || op != "mov.b64" {
            return;
        }
        let t = rest.trim_end_matches(';');
        let regs = |x: &str| -> Option<(String, String)> {
            let x = x.trim().strip_prefix('{')?.strip_suffix('}')?;
            let (l, h) = x.split_once(',')?;
            let (l, h) = (l.trim(), h.trim());
            (l.starts_with('%') && h.starts_with('%')).then(|| (l.to_string(), h.to_string()))
        };
        if let Some((a, b)) = t.rsplit_once("}, ") {
            // mov.b64 {lo, hi}, %d
            if let Some(pair) = regs(&format!("{a}}}")) {
                if b.starts_with('%') && pair.0 != pair.1 {
                    self.pairs.insert(pair, b.trim().to_string());
                }
            }
        } else if let Some((d, p)) = t.split_once(", ") {
            // mov.b64 %d, {lo, hi}
            if let Some(pair) = regs(p) {
                if d.starts_with('%') && pair.0 != pair.1 {
                    self.pairs.insert(pair, d.to_string());
                }
            }
        }
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

    /// Emits instructions `start..end` (the main program: all of them), stepping over
    /// subroutine bodies, which `CAL` inlines. After `END` come only subroutines.
    fn run_range(&mut self, start: usize, end: usize) -> Res<()> {
        let mut i = start;
        while i < end {
            self.cur = Some(i);
            if self.prog.insts[i].op == Opcode::BGNSUB {
                i = self.flow.jump(i);
                continue;
            }
            if matches!(self.prog.insts[i].op, Opcode::IF | Opcode::UIF) {
                if let Some(endloop) = self.latch(i)? {
                    i = endloop + 1;
                    continue;
                }
            }
            self.inst(i)?;
            i += 1;
        }
        Ok(())
    }
}

/// Whether every indexed read of the immediates (`IMM[ADDR[a].c + i]`) takes channel x only in
/// every lane of its swizzle, so the `.const` table can hold just the x words.
fn indexed_imms_read_x_only(prog: &ir_tgsi::Program) -> bool {
    prog.insts.iter().flat_map(|i| &i.src).all(|s| {
        s.reg.file != ir_tgsi::File::Imm || s.reg.indirect.is_none() || s.swizzle == [0; 4]
    })
}
