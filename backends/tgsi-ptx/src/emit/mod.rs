//! Translation of one TGSI program into one PTX `.entry` (see the crate documentation for
//! the mapping).
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

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use ir_tgsi::abi::InputLayout;
use ir_tgsi::{Decl, File, Opcode, Program, Property};

use crate::params::{self, Param};
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
}
