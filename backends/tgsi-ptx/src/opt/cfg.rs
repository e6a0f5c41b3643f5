//! Basic blocks of a body, and dead-code elimination over them by liveness.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::ptx::{Inst, Line, Opd};

/// The basic blocks: line ranges, in order, with their successors and predecessors.
pub(super) struct Cfg {
    pub blocks: Vec<Range<usize>>,
    pub succs: Vec<Vec<usize>>,
    pub preds: Vec<Vec<usize>>,
}

/// Splits `lines` into blocks: one starts at every label and after every branch or `ret`.
/// `None` when a branch names a label the body does not have.
pub(super) fn build(lines: &[Line]) -> Option<Cfg> {
    let mut blocks = Vec::new();
    let mut start = 0;
    for (k, l) in lines.iter().enumerate() {
        match l {
            Line::Label(_) if k > start => {
                blocks.push(start..k);
                start = k;
            }
            Line::Inst(i) if matches!(i.base(), "bra" | "ret") => {
                blocks.push(start..k + 1);
                start = k + 1;
            }
            _ => {}
        }
    }
    if start < lines.len() || blocks.is_empty() {
        blocks.push(start..lines.len());
    }
    let mut at = HashMap::new();
    for (b, r) in blocks.iter().enumerate() {
        if let Some(Line::Label(l)) = lines.get(r.start) {
            at.insert(l.as_str(), b);
        }
    }
    let mut succs = Vec::with_capacity(blocks.len());
    for (b, r) in blocks.iter().enumerate() {
        let next = (b + 1 < blocks.len()).then_some(b + 1);
        let last = r.clone().last().and_then(|k| match &lines[k] {
            Line::Inst(i) => Some(i),
            Line::Label(_) => None,
        });
        let s: Vec<usize> = match last {
            Some(i) if i.base() == "bra" => {
                let t = *at.get(i.target()?)?;
                if i.guard.is_some() {
                    std::iter::once(t).chain(next).collect()
                } else {
                    vec![t]
                }
            }
            Some(i) if i.base() == "ret" && i.guard.is_none() => Vec::new(),
            _ => next.into_iter().collect(),
        };
        succs.push(s);
    }
    let mut preds = vec![Vec::new(); blocks.len()];
    for (b, s) in succs.iter().enumerate() {
        for &t in s {
            preds[t].push(b);
        }
    }
    Some(Cfg { blocks, succs, preds })
}

/// The registers live on entry to each block.
pub(super) fn live_in(lines: &[Line], cfg: &Cfg) -> Vec<HashSet<String>> {
    let n = cfg.blocks.len();
    let mut live: Vec<HashSet<String>> = vec![HashSet::new(); n];
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..n).rev() {
            let mut l = live_out(&live, cfg, b);
            for k in cfg.blocks[b].clone().rev() {
                if let Line::Inst(i) = &lines[k] {
                    step_back(i, &mut l);
                }
            }
            if l != live[b] {
                live[b] = l;
                changed = true;
            }
        }
    }
    live
}

fn live_out(live: &[HashSet<String>], cfg: &Cfg, b: usize) -> HashSet<String> {
    cfg.succs[b].iter().flat_map(|&s| live[s].iter().cloned()).collect()
}

/// Liveness across `i`, backwards: an unguarded write ends a register's life, a guarded one
/// may not happen.
fn step_back(i: &Inst, live: &mut HashSet<String>) {
    if i.guard.is_none() {
        for d in i.defs() {
            live.remove(d);
        }
    }
    for u in i.uses() {
        live.insert(u.to_string());
    }
}

/// Deletes every removable instruction whose results are dead, until none is left; an
/// unpack `mov.b64 {lo, hi}, %d` whose `hi` is dead becomes `cvt.u32.u64 lo, %d`. Returns
/// whether anything changed; leaves `lines` as they are when the blocks cannot be built.
pub(super) fn dead_code(lines: &mut Vec<Line>) -> bool {
    let mut any = false;
    loop {
        let Some(cfg) = build(lines) else {
            return any;
        };
        let live = live_in(lines, &cfg);
        let mut dead = vec![false; lines.len()];
        let mut changed = false;
        for b in 0..cfg.blocks.len() {
            let mut l = live_out(&live, &cfg, b);
            for k in cfg.blocks[b].clone().rev() {
                let Line::Inst(i) = &mut lines[k] else {
                    continue;
                };
                let defs = i.defs();
                if i.removable() && !defs.is_empty() && defs.iter().all(|d| !l.contains(*d)) {
                    dead[k] = true;
                    changed = true;
                    continue;
                }
                if let Some(lo) = half_unpack(i, &l) {
                    let src = i.opds[1].clone();
                    i.op = "cvt.u32.u64".to_string();
                    i.opds = vec![Opd::Reg(lo), src];
                    changed = true;
                }
                step_back(i, &mut l);
            }
        }
        if !changed {
            return any;
        }
        any = true;
        let mut k = 0;
        lines.retain(|_| {
            k += 1;
            !dead[k - 1]
        });
    }
}

/// The low half of an unguarded `mov.b64 {lo, hi}, %d` whose high half is dead and low half
/// live.
fn half_unpack(i: &Inst, live: &HashSet<String>) -> Option<String> {
    if i.op != "mov.b64" || i.guard.is_some() {
        return None;
    }
    match (&i.opds[..], &i.defs()[..]) {
        ([Opd::Vec(_), Opd::Reg(_)], [lo, hi])
            if lo != hi && live.contains(*lo) && !live.contains(*hi) =>
        {
            Some(lo.to_string())
        }
        _ => None,
    }
}

/// Drops the guard of a pure instruction before a guarded branch whose result is dead where
/// the branch falls through: `@!%p mov %a, %b; @!%p bra $L` (a loop's latch copies, which
/// the loop's exit does not read) becomes `mov %a, %b; @!%p bra $L`. The write then happens on
/// the exit too, where nothing reads it, and the finisher sees an ordinary copy it may
/// coalesce instead of a conditional one it must keep as a select. Only instructions with
/// the branch's own guard, between it and the last instruction with another, are taken.
/// Returns whether anything changed.
pub(super) fn unguard_dead_writes(lines: &mut [Line]) -> bool {
    let Some(cfg) = build(lines) else {
        return false;
    };
    let live = live_in(lines, &cfg);
    let mut changed = false;
    for (b, r) in cfg.blocks.iter().enumerate() {
        let Some(Line::Inst(br)) = lines.get(r.end.wrapping_sub(1)) else { continue };
        let (Some(g), [t, f]) = (br.guard.clone(), cfg.succs[b].as_slice()) else { continue };
        if br.base() != "bra" || t == f {
            continue;
        }
        let exit = &live[*f];
        for k in (r.start..r.end - 1).rev() {
            let Line::Inst(i) = &mut lines[k] else { break };
            if i.guard.as_ref() != Some(&g) {
                break;
            }
            let defs = i.defs();
            if defs.contains(&g.1.as_str()) {
                break;
            }
            if i.is_pure() && !defs.is_empty() && defs.iter().all(|d| !exit.contains(*d)) {
                i.guard = None;
                changed = true;
            }
        }
    }
    changed
}
