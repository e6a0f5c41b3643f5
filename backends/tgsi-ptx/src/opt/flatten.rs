//! If-conversion: a branch around a few pure instructions (one side, or an `if`/`else`
//! pair) becomes those instructions run unconditionally into fresh registers, then one
//! `selp` per register the join reads, so the finisher sees straight-line code instead of a
//! divergent branch and its reconvergence point (on Hopper, a `BSSY`/`BSYNC` pair around every
//! branch that may diverge). TGSI's structured `IF`/`ELSE`/`ENDIF` reaches the backend as such
//! branches even where the source was a conditional expression, and the lowering's flags for
//! early exits and `break`s (`mov %t5, -1` on one side, `0` on the other) are diamonds of
//! copies. LLVM's `simplifycfg` and nouveau's codegen flatten the same shapes.
//!
//! Two shapes are converted, where each side is at most [`MAX_SIDE`] pure instructions (so
//! running them when the branch would have skipped them has no effect but on the fresh
//! registers) and no predicate either side writes is read after the join:
//!
//! ```text
//!   @G bra L;                T'…  (T into fresh registers)
//!   T…            →          selp r, r_T, r, !G   for each r T writes and L reads
//! L:                       L:
//!
//!   @G bra E;                T'…  F'…
//!   T…                       selp r, r_F, r_T, G  for each r a side writes and J reads
//!   bra J;        →        J:
//! E:
//!   F…
//! J:
//! ```
//!
//! where `E` is named by that one branch only (no other path enters `F`).

use std::collections::{HashMap, HashSet};

use super::cfg;
use super::ptx::{class, Class, Inst, Line, Opd};

/// The most instructions a side may have: beyond it, running both sides costs more than the
/// branch.
pub(super) const MAX_SIDE: usize = 8;

/// Fresh registers, numbered above every one the body names.
struct Fresh {
    next: HashMap<&'static str, u32>,
}

impl Fresh {
    fn new(lines: &[Line]) -> Fresh {
        let (s, d, p) = super::register_counts(&super::ptx::print(lines));
        Fresh { next: HashMap::from([("%s", s), ("%d", d), ("%p", p)]) }
    }

    fn of(&mut self, c: Class) -> String {
        let pre = match c {
            Class::B32 => "%s",
            Class::B64 => "%d",
            Class::Pred => "%p",
        };
        let n = self.next.entry(pre).or_default();
        *n += 1;
        format!("{pre}{}", *n - 1)
    }
}

/// Converts every shape it finds, innermost first (a converted shape is straight-line code
/// its enclosing one may take in turn). Returns whether anything changed.
pub(super) fn run(lines: &mut Vec<Line>) -> bool {
    let mut fresh = Fresh::new(lines);
    let mut any = false;
    while let Some(new) = once(lines, &mut fresh) {
        *lines = new;
        drop_unnamed_labels(lines);
        any = true;
    }
    any
}

/// Deletes the labels no branch names (a converted shape's join, when nothing else jumps
/// there), so the straight-line code around them is one block an enclosing shape may take.
fn drop_unnamed_labels(lines: &mut Vec<Line>) {
    let named: HashSet<String> = lines
        .iter()
        .filter_map(|l| match l {
            Line::Inst(i) => i.target().map(str::to_string),
            Line::Label(_) => None,
        })
        .collect();
    lines.retain(|l| !matches!(l, Line::Label(n) if !named.contains(n)));
}

/// A shape found at a branch: the lines it spans (up to the join's label) and its sides.
struct Shape {
    start: usize,
    end: usize,
    then: Vec<Inst>,
    other: Vec<Inst>,
}

/// The body with the first shape converted, if there is one.
fn once(lines: &[Line], fresh: &mut Fresh) -> Option<Vec<Line>> {
    let mut refs: HashMap<&str, usize> = HashMap::new();
    for l in lines {
        if let Line::Inst(i) = l {
            if let Some(t) = i.target() {
                *refs.entry(t).or_default() += 1;
            }
        }
    }
    let mut live = None;
    for k in 0..lines.len() {
        let Some(s) = shape(lines, k, &refs) else { continue };
        let (g, at) = live.get_or_insert_with(|| {
            let g = cfg::build(lines);
            let at = g.as_ref().map(|g| cfg::live_in(lines, g)).unwrap_or_default();
            (g, at)
        });
        let g = g.as_ref()?;
        let b = g.blocks.iter().position(|r| r.start == s.end)?;
        let Line::Inst(br) = &lines[k] else { continue };
        let (neg, p) = br.guard.clone()?;
        if let Some(out) = convert(&s, (neg, &p), &at[b], fresh) {
            let mut new = lines[..s.start].to_vec();
            new.extend(out.into_iter().map(Line::Inst));
            new.extend_from_slice(&lines[s.end..]);
            return Some(new);
        }
    }
    None
}

/// The shape whose guarded branch is line `k`, if any.
fn shape(lines: &[Line], k: usize, refs: &HashMap<&str, usize>) -> Option<Shape> {
    let Line::Inst(br) = &lines[k] else { return None };
    let target = br.target()?;
    let (_, p) = br.guard.as_ref()?;
    let then = side(lines, k + 1, p)?;
    let after = k + 1 + then.len();
    match lines.get(after)? {
        // if-then: the branch skips `then` to the label right after it.
        Line::Label(l) if l == target && !then.is_empty() => {
            Some(Shape { start: k, end: after, then, other: Vec::new() })
        }
        // if-then-else: `then` ends in a jump over the other side, which only the branch
        // enters.
        Line::Inst(j) if j.guard.is_none() && j.base() == "bra" => {
            let join = j.target()?;
            match lines.get(after + 1)? {
                Line::Label(e) if e == target && refs.get(e.as_str()) == Some(&1) => {}
                _ => return None,
            }
            let other = side(lines, after + 2, p)?;
            let end = after + 2 + other.len();
            match lines.get(end)? {
                Line::Label(l) if l == join && l != target => {
                    Some(Shape { start: k, end, then, other })
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The cheap (see [`cheap`]), unguarded instructions from `start` up to the first label or other instruction;
/// `None` when there are more than [`MAX_SIDE`] or one writes the branch's predicate `p`.
fn side(lines: &[Line], start: usize, p: &str) -> Option<Vec<Inst>> {
    let mut out = Vec::new();
    for l in &lines[start..] {
        match l {
            Line::Inst(i) if i.guard.is_none() && cheap(i) => {
                if i.defs().contains(&p) || out.len() == MAX_SIDE {
                    return None;
                }
                out.push(i.clone());
            }
            _ => break,
        }
    }
    Some(out)
}

/// The straight-line code for shape `s` whose branch is taken when `p` is `!neg`, given the
/// registers live at the join; `None` when a predicate written on a side is live there.
fn convert(
    s: &Shape,
    (neg, p): (bool, &str),
    live: &HashSet<String>,
    fresh: &mut Fresh,
) -> Option<Vec<Inst>> {
    let mut out = Vec::new();
    let (mt, mf) = (rename(&s.then, fresh, &mut out), rename(&s.other, fresh, &mut out));
    let mut written: Vec<&String> = mt.keys().chain(mf.keys()).collect();
    written.sort();
    written.dedup();
    for r in written {
        if !live.contains(r) {
            continue;
        }
        let c = class(r);
        if c == Class::Pred {
            return None;
        }
        let t = Opd::Reg(mt.get(r).unwrap_or(r).clone());
        let f = Opd::Reg(mf.get(r).unwrap_or(r).clone());
        // Taken (the `F` side) when `p` is `!neg`: `selp` picks its first value when `p` holds.
        let (a, b) = if neg { (t, f) } else { (f, t) };
        let ty = if c == Class::B64 { "selp.b64" } else { "selp.b32" };
        out.push(Inst {
            guard: None,
            op: ty.to_string(),
            opds: vec![Opd::Reg(r.clone()), a, b, Opd::Reg(p.to_string())],
        });
    }
    Some(out)
}

/// Appends `side` to `out` writing fresh registers (each source read under its newest
/// name); returns each written register's last fresh name.
fn rename(side: &[Inst], fresh: &mut Fresh, out: &mut Vec<Inst>) -> HashMap<String, String> {
    let mut map: HashMap<String, String> = HashMap::new();
    for i in side {
        let mut i = i.clone();
        let start = i.source_start();
        let f = |r: &str| map.get(r).cloned();
        i.opds[start..].iter_mut().for_each(|o| o.rename(&f));
        let defs: Vec<String> = i.defs().iter().map(|d| d.to_string()).collect();
        let mut new = HashMap::new();
        for d in defs {
            let n = fresh.of(class(&d));
            new.insert(d.clone(), n.clone());
            map.insert(d, n);
        }
        if let Some(o) = i.opds.first_mut().filter(|_| start == 1) {
            let g = |r: &str| new.get(r).cloned();
            o.rename(&g);
        }
        out.push(i);
    }
    map
}

/// Pure and cheap enough to run when the branch would have skipped it: not a division,
/// remainder, square root, reciprocal or transcendental, which are long sequences or slow
/// units on the GPU.
fn cheap(i: &Inst) -> bool {
    i.is_pure()
        && !matches!(
            i.base(),
            "div" | "rem" | "sqrt" | "rsqrt" | "rcp" | "sin" | "cos" | "ex2" | "lg2"
        )
}
