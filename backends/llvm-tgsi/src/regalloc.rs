//! Packing the lowering's virtual temporaries into vec4 registers.
//!
//! The lowering gives every scalar value its own `TEMP` (`.x`, or `.xy` for 64-bit values).
//! Here each virtual gets a live interval over the instruction list: from its first to its
//! last occurrence, extended to the end of every loop that it is live into (it occurs inside
//! the loop and starts before it). Linear scan then assigns each virtual a channel (or an
//! aligned lane pair, `xy` or `zw`; a whole register for a vector access's three or four
//! channels) of a physical register whose previous occupant's interval
//! ended strictly before. With `limit32` (the 2019 back-end's fixed file of 32 vec4
//! temporaries) a program that needs more fails: the 2019 back-end did not spill, and neither
//! do we.

use crate::lower::LowerError;
use ir_tgsi::{Decl, File, Opcode, Program, Shape};

/// Packs the temporaries of `prog`.
#[allow(clippy::needless_range_loop)] // channel numbers are the point, not just indices
pub fn pack(mut prog: Program, limit32: bool) -> Result<Program, LowerError> {
    let n = prog
        .decls
        .iter()
        .find_map(|d| match d {
            Decl::Temp { last, .. } => Some(*last as usize + 1),
            _ => None,
        })
        .unwrap_or(0);
    if n == 0 {
        return Ok(prog);
    }
    let mut width = vec![1u8; n];
    // The channels a virtual may start at: `LOAD` fills channel c from address + 4c, so its
    // destinations stay at x; a wide-to-narrow op (`U64SLT`, `D2F`…) writes only x or y.
    let mut first_chans = vec![4usize; n];
    let mut start = vec![usize::MAX; n];
    let mut end = vec![0usize; n];
    for (k, inst) in prog.insts.iter().enumerate() {
        for d in &inst.dst {
            if d.reg.file == File::Temp {
                let t = d.reg.index as usize;
                // The highest channel written (a value starts at x).
                width[t] = width[t].max(8 - d.mask.leading_zeros() as u8);
                if inst.op == Opcode::LOAD {
                    first_chans[t] = 1;
                } else if inst.op.shape() == Shape::WideToNarrow {
                    first_chans[t] = first_chans[t].min(2);
                }
                start[t] = start[t].min(k);
                end[t] = end[t].max(k);
            }
        }
        for s in &inst.src {
            if s.reg.file == File::Temp {
                let t = s.reg.index as usize;
                let used = *s.swizzle.iter().max().unwrap_or(&0);
                width[t] = width[t].max(used + 1);
                start[t] = start[t].min(k);
                end[t] = end[t].max(k);
            }
        }
    }
    if width.iter().any(|w| *w > 4) {
        return Err(LowerError::Internal(
            "a virtual temporary wider than a register".into(),
        ));
    }
    // Loops: [BGNLOOP, ENDLOOP] index pairs.
    let mut loops = Vec::new();
    let mut stack = Vec::new();
    for (k, inst) in prog.insts.iter().enumerate() {
        match inst.op {
            Opcode::BGNLOOP => stack.push(k),
            Opcode::ENDLOOP => {
                if let Some(b) = stack.pop() {
                    loops.push((b, k));
                }
            }
            _ => {}
        }
    }
    let mut changed = true;
    while changed {
        changed = false;
        for t in 0..n {
            if start[t] == usize::MAX {
                continue;
            }
            for &(b, e) in &loops {
                if start[t] < b && end[t] > b && end[t] < e {
                    end[t] = e;
                    changed = true;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..n).filter(|t| start[*t] != usize::MAX).collect();
    order.sort_by_key(|t| (start[*t], *t));
    // free_after[p][c]: the last instruction using channel c of physical register p.
    let mut busy: Vec<[Option<usize>; 4]> = Vec::new();
    let mut assign = vec![(0u32, 0u8); n];
    for t in order {
        let free = |b: &Option<usize>| b.is_none_or(|e| e < start[t]);
        let mut found = None;
        'outer: for (p, chans) in busy.iter().enumerate() {
            if width[t] == 1 {
                for c in 0..first_chans[t] {
                    if free(&chans[c]) {
                        found = Some((p, c));
                        break 'outer;
                    }
                }
            } else if width[t] > 2 {
                // Three or four channels (a vector LOAD/STORE): a whole register.
                if chans.iter().all(free) {
                    found = Some((p, 0));
                    break 'outer;
                }
            } else {
                let pairs: &[usize] = if first_chans[t] < 4 { &[0] } else { &[0, 2] };
                for &c in pairs {
                    if free(&chans[c]) && free(&chans[c + 1]) {
                        found = Some((p, c));
                        break 'outer;
                    }
                }
            }
        }
        let (p, c) = found.unwrap_or_else(|| {
            busy.push([None; 4]);
            (busy.len() - 1, 0)
        });
        for k in 0..width[t] as usize {
            busy[p][c + k] = Some(end[t]);
        }
        assign[t] = (p as u32, c as u8);
    }
    let used = busy.len() as u32;
    if limit32 && used > 32 {
        return Err(LowerError::Unsupported {
            construct: format!(
                "more than 32 vec4 temporaries ({used} needed; the 2019 back-end had a fixed file of 32 and no spilling)"
            ),
            location: None,
        });
    }
    for inst in &mut prog.insts {
        for d in &mut inst.dst {
            if d.reg.file == File::Temp {
                let (p, c) = assign[d.reg.index as usize];
                d.reg.index = p;
                d.mask <<= c;
            }
        }
        for s in &mut inst.src {
            if s.reg.file == File::Temp {
                let (p, c) = assign[s.reg.index as usize];
                s.reg.index = p;
                for x in &mut s.swizzle {
                    *x += c;
                }
            }
        }
    }
    for d in &mut prog.decls {
        if let Decl::Temp { first, last, .. } = d {
            *first = 0;
            *last = used.saturating_sub(1);
        }
    }
    Ok(prog)
}

/// Number of vec4 temporaries `prog` declares.
pub fn temp_count(prog: &Program) -> u32 {
    prog.decls
        .iter()
        .map(|d| match d {
            Decl::Temp { first, last, .. } => last - first + 1,
            _ => 0,
        })
        .sum()
}
