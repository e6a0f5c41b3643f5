//! The printer: a [`Program`] as Mesa-style text.

use std::fmt::{self, Write as _};

use crate::opcode::Opcode;
use crate::program::{
    Decl, Dst, ImmType, Immediate, Instruction, Program, Property, Register, Src,
};

const CHANNELS: [char; 4] = ['x', 'y', 'z', 'w'];

/// Prints a whole program in canonical form: `COMP`, properties, declarations, immediates,
/// then the numbered instructions indented by nesting depth.
pub fn print(p: &Program) -> String {
    let mut s = String::new();
    s.push_str("COMP\n");
    for &(prop, v) in &p.properties {
        s.push_str(&property_text(prop, v));
        s.push('\n');
    }
    for d in &p.decls {
        s.push_str(&decl_text(d));
        s.push('\n');
    }
    for (i, imm) in p.imms.iter().enumerate() {
        s.push_str(&imm_text(i, imm));
        s.push('\n');
    }
    let mut depth = 0usize;
    for (i, inst) in p.insts.iter().enumerate() {
        let (before, after) = indent_change(inst.op);
        depth = depth.saturating_sub(before);
        let _ = writeln!(s, "{i:>3}: {}{}", "  ".repeat(depth), inst_text(inst));
        depth += after;
    }
    s
}

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&print(self))
    }
}

impl fmt::Display for Instruction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&inst_text(self))
    }
}

/// How an opcode changes the printer's indentation: (levels removed before the line, levels
/// added after it).
fn indent_change(op: Opcode) -> (usize, usize) {
    use Opcode::*;
    if matches!(op, IF | UIF | BGNLOOP | SWITCH | BGNSUB) {
        (0, 1)
    } else if matches!(op, ELSE | CASE | DEFAULT) {
        (1, 1)
    } else if matches!(op, ENDIF | ENDLOOP | ENDSWITCH | ENDSUB) {
        (1, 0)
    } else {
        (0, 0)
    }
}

/// `PROPERTY NAME value`.
pub fn property_text(p: Property, v: u32) -> String {
    format!("PROPERTY {} {v}", p.name())
}

fn range(first: u32, last: u32) -> String {
    if first == last {
        format!("{first}")
    } else {
        format!("{first}..{last}")
    }
}

/// One declaration line (`DCL TEMP[0..3], LOCAL`).
pub fn decl_text(d: &Decl) -> String {
    match d {
        Decl::Temp { first, last, local } => {
            let l = if *local { ", LOCAL" } else { "" };
            format!("DCL TEMP[{}]{l}", range(*first, *last))
        }
        Decl::Addr { first, last } => format!("DCL ADDR[{}]", range(*first, *last)),
        Decl::Const { buffer, first, last } => {
            format!("DCL CONST[{buffer}][{}]", range(*first, *last))
        }
        Decl::Sv { index, semantic } => format!("DCL SV[{index}], {}", semantic.name()),
        Decl::Memory { index, kind } => format!("DCL MEMORY[{index}], {}", kind.name()),
        Decl::Buffer { index, atomic } => {
            let a = if *atomic { ", ATOMIC" } else { "" };
            format!("DCL BUFFER[{index}]{a}")
        }
    }
}

/// A 32-bit float as text that parses back to the same bits: the shortest decimal form for
/// finite values, the raw bits in hex for infinities and NaNs.
pub(crate) fn f32_text(bits: u32) -> String {
    let f = f32::from_bits(bits);
    if f.is_finite() {
        format!("{f:?}")
    } else {
        format!("{bits:#010x}")
    }
}

/// A 64-bit float as text that parses back to the same bits.
pub(crate) fn f64_text(bits: u64) -> String {
    let f = f64::from_bits(bits);
    if f.is_finite() {
        format!("{f:?}")
    } else {
        format!("{bits:#018x}")
    }
}

/// One immediate line (`IMM[0] UINT32 {2, 0, 0, 0}`).
pub fn imm_text(index: usize, imm: &Immediate) -> String {
    let n = usize::from(imm.count);
    let l = imm.lanes;
    let values: Vec<String> = if imm.ty.is_wide() {
        (0..n.min(2))
            .map(|i| {
                let v = u64::from(l[2 * i]) | (u64::from(l[2 * i + 1]) << 32);
                match imm.ty {
                    ImmType::Flt64 => f64_text(v),
                    ImmType::Int64 => format!("{}", v as i64),
                    _ => format!("{v}"),
                }
            })
            .collect()
    } else {
        (0..n.min(4))
            .map(|i| match imm.ty {
                ImmType::Flt32 => f32_text(l[i]),
                ImmType::Int32 => format!("{}", l[i] as i32),
                _ => format!("{}", l[i]),
            })
            .collect()
    };
    format!("IMM[{index}] {} {{{}}}", imm.ty.name(), values.join(", "))
}

fn reg_text(r: &Register) -> String {
    let mut s = String::from(r.file.name());
    if let Some(d) = r.dim {
        let _ = write!(s, "[{d}]");
    }
    match r.indirect {
        None => {
            let _ = write!(s, "[{}]", r.index);
        }
        Some(ind) => {
            let c = CHANNELS.get(usize::from(ind.chan)).copied().unwrap_or('?');
            let _ = write!(s, "[{}[{}].{c}", ind.file.name(), ind.index);
            if r.index != 0 {
                let _ = write!(s, "+{}", r.index);
            }
            s.push(']');
        }
    }
    s
}

fn dst_text(d: &Dst) -> String {
    let mut s = reg_text(&d.reg);
    if d.mask != 0xf {
        s.push('.');
        for (c, ch) in CHANNELS.iter().enumerate() {
            if d.mask & (1 << c) != 0 {
                s.push(*ch);
            }
        }
    }
    s
}

fn src_text(x: &Src) -> String {
    let mut s = String::new();
    if x.negate {
        s.push('-');
    }
    if x.abs {
        s.push('|');
    }
    s.push_str(&reg_text(&x.reg));
    if x.swizzle != [0, 1, 2, 3] {
        s.push('.');
        for c in x.swizzle {
            s.push(CHANNELS.get(usize::from(c)).copied().unwrap_or('?'));
        }
    }
    if x.abs {
        s.push('|');
    }
    s
}

/// One instruction without its number or indentation (`UMAD TEMP[0].x, SV[1].xxxx, …`).
pub fn inst_text(inst: &Instruction) -> String {
    let mut s = String::from(inst.op.mnemonic());
    let ops: Vec<String> =
        inst.dst.iter().map(dst_text).chain(inst.src.iter().map(src_text)).collect();
    if !ops.is_empty() {
        s.push(' ');
        s.push_str(&ops.join(", "));
    }
    if let Some(l) = inst.label {
        let _ = write!(s, " :{l}");
    }
    s
}
