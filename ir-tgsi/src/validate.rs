//! The validator: a program the interpreter and the backends may rely on.
//!
//! Checks declarations (no duplicates or overlaps, immediates well-formed), every operand
//! (file declared, index within a declared range, writable destination, legal writemask and
//! swizzle for the opcode's shape, modifiers only on float sources), memory operations (the
//! right operand is a `MEMORY`/`BUFFER` resource, nothing writes `INPUT`), and the control
//! flow structure (see the crate documentation). All errors are reported, not just the first.
//! A valid program comes back as a [`Validated`]: the program with what the validator proved
//! and computed about it, so that its users need not check again.

use std::fmt;

use crate::flow::{self, Flow};
use crate::opcode::{Opcode, Shape, Ty};
use crate::program::{mask, Decl, Dst, File, MemoryKind, Program, Register, Semantic, Src};
use crate::text::{decl_text, imm_text, inst_text, property_text, SourceMap};

/// A program the validator accepted, and its control-flow structure.
///
/// Only [`validate()`] makes one, and it borrows the program, so what it guarantees holds for
/// as long as it lives: every instruction has its opcode's operand counts; every register an
/// operand names directly is declared (`SV`, `IMM`, `MEMORY`, `BUFFER`, `TEMP`, `ADDR`,
/// `CONST`), and `IN`/`OUT` are never named; destinations are `TEMP` (`ADDR` for `UARL`),
/// `STORE`'s is a writable resource; memory resources appear exactly where the opcode takes
/// one and nowhere else; modifiers appear only on float and double sources
/// ([`Opcode::src_ty_at`]); writemasks and swizzles fit the opcode's [`Shape`]; nothing
/// writes `INPUT`; and the control flow is structured as the crate documentation says, with
/// its links in [`Validated::flow`].
#[derive(Clone, Debug)]
pub struct Validated<'p> {
    program: &'p Program,
    flow: Flow,
}

impl<'p> Validated<'p> {
    /// The program.
    pub fn program(&self) -> &'p Program {
        self.program
    }

    /// Its control-flow structure.
    pub fn flow(&self) -> &Flow {
        &self.flow
    }

    /// The semantic of `SV[index]`. An operand of the program names only declared system
    /// values; any other index panics.
    pub fn semantic(&self, index: u32) -> Semantic {
        self.program
            .decls
            .iter()
            .find_map(|d| match *d {
                Decl::Sv { index: i, semantic } if i == index => Some(semantic),
                _ => None,
            })
            .unwrap_or_else(|| panic!("SV[{index}] is not declared"))
    }

    /// The kind of `MEMORY[index]`. An operand of the program names only declared memory
    /// spaces; any other index panics.
    pub fn memory_kind(&self, index: u32) -> MemoryKind {
        self.program.memory_kind(index).unwrap_or_else(|| panic!("MEMORY[{index}] is not declared"))
    }
}

/// What a validation error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// The program as a whole (for example a missing `END`).
    Program,
    /// The n-th property.
    Property(usize),
    /// The n-th declaration.
    Decl(usize),
    /// Immediate n.
    Imm(usize),
    /// Instruction n.
    Inst(usize),
}

/// One validation error: where, the offending line's text, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    pub location: Location,
    /// The offending statement as printed (empty for [`Location::Program`]).
    pub text: String,
    /// Its 1-based line in the canonical print of the program.
    pub line: usize,
    pub message: String,
}

impl ValidationError {
    /// The 1-based line of the offending statement in the source the program was parsed from.
    pub fn source_line(&self, map: &SourceMap) -> Option<usize> {
        match self.location {
            Location::Program => None,
            Location::Property(i) => map.properties.get(i).copied(),
            Location::Decl(i) => map.decls.get(i).copied(),
            Location::Imm(i) => map.imms.get(i).copied(),
            Location::Inst(i) => map.insts.get(i).copied(),
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Location::Program => write!(f, "program: {}", self.message),
            Location::Property(_) | Location::Decl(_) | Location::Imm(_) => {
                write!(f, "line {}: `{}`: {}", self.line, self.text, self.message)
            }
            Location::Inst(i) => {
                write!(f, "line {}: instruction {i} `{}`: {}", self.line, self.text, self.message)
            }
        }
    }
}

impl std::error::Error for ValidationError {}

/// Validates a program; returns every error found, or the program with its structure.
pub fn validate(p: &Program) -> Result<Validated<'_>, Vec<ValidationError>> {
    let mut v = Validator { p, errors: Vec::new() };
    v.decls();
    for (i, inst) in p.insts.iter().enumerate() {
        v.inst(i, inst);
    }
    let flow = match flow::analyze(p) {
        Ok(flow) => Some(flow),
        Err(es) => {
            for e in es {
                let loc = e.index.map_or(Location::Program, Location::Inst);
                v.push(loc, e.message);
            }
            None
        }
    };
    match flow {
        Some(flow) if v.errors.is_empty() => Ok(Validated { program: p, flow }),
        _ => {
            v.errors.sort_by_key(|e| e.line);
            Err(v.errors)
        }
    }
}

/// The validator's state: the program and the errors found so far.
struct Validator<'a> {
    p: &'a Program,
    errors: Vec<ValidationError>,
}

impl Validator<'_> {
    fn line_of(&self, loc: Location) -> usize {
        let p = self.p;
        let props = p.properties.len();
        let decls = p.decls.len();
        let imms = p.imms.len();
        match loc {
            Location::Program => 0,
            Location::Property(i) => 2 + i,
            Location::Decl(i) => 2 + props + i,
            Location::Imm(i) => 2 + props + decls + i,
            Location::Inst(i) => 2 + props + decls + imms + i,
        }
    }

    fn push(&mut self, location: Location, message: String) {
        let p = self.p;
        let text = match location {
            Location::Program => String::new(),
            Location::Property(i) => property_text(p.properties[i].0, p.properties[i].1),
            Location::Decl(i) => decl_text(&p.decls[i]),
            Location::Imm(i) => imm_text(i, &p.imms[i]),
            Location::Inst(i) => inst_text(&p.insts[i]),
        };
        let line = self.line_of(location);
        self.errors.push(ValidationError { location, text, line, message });
    }

    fn decls(&mut self) {
        let p = self.p;
        for (i, (prop, _)) in p.properties.iter().enumerate() {
            if p.properties[..i].iter().any(|(q, _)| q == prop) {
                self.push(Location::Property(i), format!("{} set twice", prop.name()));
            }
        }
        for (i, d) in p.decls.iter().enumerate() {
            match *d {
                Decl::Temp { first, last, .. }
                | Decl::Addr { first, last }
                | Decl::Const { first, last, .. }
                    if first > last =>
                {
                    self.push(Location::Decl(i), "empty register range".into());
                }
                _ => {}
            }
            for e in &p.decls[..i] {
                if let Some(r) = overlap(d, e) {
                    self.push(Location::Decl(i), format!("{r} declared twice"));
                    break;
                }
            }
        }
        for (i, imm) in p.imms.iter().enumerate() {
            let max = if imm.ty.is_wide() { 2 } else { 4 };
            if imm.count == 0 || usize::from(imm.count) > max {
                self.push(
                    Location::Imm(i),
                    format!("{} immediates hold 1 to {max} values", imm.ty.name()),
                );
            }
            let used = usize::from(imm.count).min(max) * if imm.ty.is_wide() { 2 } else { 1 };
            if imm.lanes[used..].iter().any(|&l| l != 0) {
                self.push(Location::Imm(i), "nonzero lanes beyond the immediate's values".into());
            }
        }
    }

    /// Is `reg` (its file, dimension and direct index) declared? Returns an error message.
    fn check_reg(&self, reg: &Register) -> Option<String> {
        let p = self.p;
        let name = reg.file.name();
        if reg.dim.is_some() != (reg.file == File::Const) {
            return Some(if reg.file == File::Const {
                "CONST needs two indices (CONST[buffer][index])".into()
            } else {
                format!("{name} takes one index")
            });
        }
        if let Some(ind) = reg.indirect {
            if !matches!(reg.file, File::Temp | File::Const | File::Imm) {
                return Some(format!("{name} cannot be indexed indirectly"));
            }
            if ind.file != File::Addr {
                return Some("indirect indices come from ADDR registers".into());
            }
            if ind.chan > 3 {
                return Some("bad channel in indirect index".into());
            }
            let ok = p.decls.iter().any(
                |d| matches!(*d, Decl::Addr { first, last } if first <= ind.index && ind.index <= last),
            );
            if !ok {
                return Some(format!("ADDR[{}] is not declared", ind.index));
            }
            // The direct part is an offset; the range is checked when the program runs.
            return None;
        }
        let i = reg.index;
        let declared = match reg.file {
            File::Temp => p
                .decls
                .iter()
                .any(|d| matches!(*d, Decl::Temp { first, last, .. } if first <= i && i <= last)),
            File::Addr => p
                .decls
                .iter()
                .any(|d| matches!(*d, Decl::Addr { first, last } if first <= i && i <= last)),
            File::Const => {
                let dim = reg.dim.unwrap_or(0);
                p.decls.iter().any(|d| {
                    matches!(*d, Decl::Const { buffer, first, last }
                        if buffer == dim && first <= i && i <= last)
                })
            }
            File::Imm => (i as usize) < p.imms.len(),
            File::Sv => p.decls.iter().any(|d| matches!(*d, Decl::Sv { index, .. } if index == i)),
            File::Memory => p.memory_kind(i).is_some(),
            File::Buffer => {
                p.decls.iter().any(|d| matches!(*d, Decl::Buffer { index, .. } if index == i))
            }
            File::In | File::Out => {
                return Some(format!("{name} is not used by compute programs"));
            }
        };
        if declared {
            None
        } else if let Some(d) = reg.dim {
            Some(format!("{name}[{d}][{i}] is not declared"))
        } else {
            Some(format!("{name}[{i}] is not declared"))
        }
    }

    fn inst(&mut self, i: usize, inst: &crate::program::Instruction) {
        let op = inst.op;
        let loc = Location::Inst(i);
        if inst.dst.len() != op.num_dst() || inst.src.len() != op.num_src() {
            self.push(
                loc,
                format!(
                    "{} takes {} destination(s) and {} source(s), found {} and {}",
                    op.mnemonic(),
                    op.num_dst(),
                    op.num_src(),
                    inst.dst.len(),
                    inst.src.len()
                ),
            );
            return;
        }
        let mut msgs: Vec<String> = Vec::new();
        for d in &inst.dst {
            if let Some(m) = self.check_reg(&d.reg) {
                msgs.push(m);
            }
            if d.mask == 0 || d.mask > mask::XYZW {
                msgs.push("empty or invalid writemask".into());
            }
        }
        for s in &inst.src {
            if let Some(m) = self.check_reg(&s.reg) {
                msgs.push(m);
            }
            if s.swizzle.iter().any(|&c| c > 3) {
                msgs.push("invalid swizzle channel".into());
            }
        }
        msgs.extend(self.operand_roles(op, &inst.dst, &inst.src));
        msgs.extend(shape_rules(op, &inst.dst, &inst.src));
        for m in msgs {
            self.push(loc, m);
        }
    }

    /// Which files each operand may name; memory resources; modifiers.
    fn operand_roles(&self, op: Opcode, dst: &[Dst], src: &[Src]) -> Vec<String> {
        let mut msgs = Vec::new();
        let mem_kind = |r: &Register| {
            if r.file == File::Memory {
                self.p.memory_kind(r.index)
            } else {
                None
            }
        };
        let is_resource = |r: &Register| matches!(r.file, File::Memory | File::Buffer);
        for (k, d) in dst.iter().enumerate() {
            let f = d.reg.file;
            if op == Opcode::STORE && k == 0 {
                if !is_resource(&d.reg) {
                    msgs.push("STORE writes a MEMORY or BUFFER resource".into());
                } else if mem_kind(&d.reg) == Some(MemoryKind::Input) {
                    msgs.push("INPUT memory is read-only".into());
                }
                if d.reg.indirect.is_some() {
                    msgs.push("a memory resource cannot be indexed indirectly".into());
                }
            } else if f == File::Addr {
                if op != Opcode::UARL {
                    msgs.push("only UARL writes ADDR registers".into());
                }
            } else if f != File::Temp {
                msgs.push(format!("{} is never written", f.name()));
            }
        }
        for (k, s) in src.iter().enumerate() {
            if op.is_resource_src(k) {
                if !is_resource(&s.reg) {
                    msgs.push(format!("{} reads a MEMORY or BUFFER resource", op.mnemonic()));
                } else if op != Opcode::LOAD && mem_kind(&s.reg) == Some(MemoryKind::Input) {
                    msgs.push("INPUT memory is read-only".into());
                }
                if s.negate || s.abs {
                    msgs.push("modifiers on a memory resource".into());
                }
                continue;
            }
            if is_resource(&s.reg) {
                msgs.push(format!("{} used as a value", s.reg.file.name()));
            }
            let ty = op.src_ty_at(k);
            let float = matches!(ty, Ty::F32 | Ty::F64) && op.shape() != Shape::Memory;
            // As in Mesa: `-` on a 32-bit integer source is integer negation.
            let int32 = matches!(ty, Ty::I32 | Ty::U32) && op.shape() != Shape::Memory;
            if s.abs && !float {
                msgs.push(format!("modifier |…| on a non-float source of {}", op.mnemonic()));
            }
            if s.negate && !(float || int32) {
                msgs.push(format!(
                    "modifier - on a source of {} that is neither float nor a 32-bit integer",
                    op.mnemonic()
                ));
            }
        }
        // GLOBAL addresses are 64-bit lane pairs.
        let addr = match op.shape() {
            Shape::Memory if op == Opcode::STORE => {
                dst.first().map(|d| (d.reg, src.first().map(|s| s.swizzle)))
            }
            Shape::Memory => src.first().map(|s| (s.reg, src.get(1).map(|a| a.swizzle))),
            _ => None,
        };
        if let Some((res, Some(swz))) = addr {
            if mem_kind(&res) == Some(MemoryKind::Global) && !is_pair(swz[0], swz[1]) {
                msgs.push("a GLOBAL address is a lane pair (xy or zw)".into());
            }
        }
        msgs
    }
}

fn is_pair(lo: u8, hi: u8) -> bool {
    (lo, hi) == (0, 1) || (lo, hi) == (2, 3)
}

/// Writemask and swizzle rules per shape.
fn shape_rules(op: Opcode, dst: &[Dst], src: &[Src]) -> Vec<String> {
    let mut msgs = Vec::new();
    let m = dst.first().map_or(0, |d| d.mask);
    let wide_mask = |msgs: &mut Vec<String>| {
        if !matches!(m, mask::XY | mask::ZW | mask::XYZW) {
            msgs.push(format!(
                "{} writes 64-bit lane pairs: use a .xy, .zw or full mask",
                op.mnemonic()
            ));
        }
    };
    // Pairs of a 64-bit source read for destination pair p.
    let wide_src = |msgs: &mut Vec<String>, s: &Src, pairs: [bool; 2]| {
        for (p, used) in pairs.iter().enumerate() {
            if *used && !is_pair(s.swizzle[2 * p], s.swizzle[2 * p + 1]) {
                msgs.push("a 64-bit source reads lane pairs: swizzle each pair as xy or zw".into());
                return;
            }
        }
    };
    match op.shape() {
        Shape::PerChannel | Shape::Scalar | Shape::Reduce | Shape::Memory | Shape::Flow => {}
        Shape::Wide => {
            wide_mask(&mut msgs);
            let pairs = [m & mask::XY != 0, m & mask::ZW != 0];
            for (k, s) in src.iter().enumerate() {
                if op.src_ty_at(k).is_wide() {
                    wide_src(&mut msgs, s, pairs);
                }
            }
        }
        Shape::WideShift => {
            wide_mask(&mut msgs);
            if let Some(s) = src.first() {
                wide_src(&mut msgs, s, [m & mask::XY != 0, m & mask::ZW != 0]);
            }
        }
        Shape::NarrowToWide => wide_mask(&mut msgs),
        Shape::WideToNarrow => {
            if m & mask::ZW != 0 {
                msgs.push(format!("{} writes only .x and .y", op.mnemonic()));
            }
            let pairs = [m & mask::X != 0, m & mask::Y != 0];
            for s in src {
                wide_src(&mut msgs, s, pairs);
            }
        }
    }
    msgs
}

/// If two declarations declare a common register, names it.
fn overlap(a: &Decl, b: &Decl) -> Option<String> {
    let ranges = |x: u32, y: u32, u: u32, v: u32| x <= v && u <= y;
    match (a, b) {
        (Decl::Temp { first: x, last: y, .. }, Decl::Temp { first: u, last: v, .. })
            if ranges(*x, *y, *u, *v) =>
        {
            Some(format!("TEMP[{}]", (*x).max(*u)))
        }
        (Decl::Addr { first: x, last: y }, Decl::Addr { first: u, last: v })
            if ranges(*x, *y, *u, *v) =>
        {
            Some(format!("ADDR[{}]", (*x).max(*u)))
        }
        (
            Decl::Const { buffer: b1, first: x, last: y },
            Decl::Const { buffer: b2, first: u, last: v },
        ) if b1 == b2 && ranges(*x, *y, *u, *v) => Some(format!("CONST[{b1}][{}]", (*x).max(*u))),
        (Decl::Sv { index: i, .. }, Decl::Sv { index: j, .. }) if i == j => {
            Some(format!("SV[{i}]"))
        }
        (Decl::Memory { index: i, .. }, Decl::Memory { index: j, .. }) if i == j => {
            Some(format!("MEMORY[{i}]"))
        }
        (Decl::Buffer { index: i, .. }, Decl::Buffer { index: j, .. }) if i == j => {
            Some(format!("BUFFER[{i}]"))
        }
        _ => None,
    }
}
