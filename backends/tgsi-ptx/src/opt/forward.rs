//! The forward passes: copy propagation, constant folding and common-subexpression
//! elimination, over one analysis of what each register is known to hold.
//!
//! A fact says "register `holder` holds `val`" at a point of the body: a copy of another
//! register, a 32-bit constant, or the result of a pure instruction on given operands. Facts
//! flow forward through the blocks and meet by intersection at joins (available copies and
//! available expressions); a write to a register ends every fact that names it. The analysis
//! runs to a fixed point with the same rewriting the final pass applies, so every rewrite
//! relies only on facts true on every path to it.

use std::collections::{HashMap, HashSet};

use super::cfg;
use super::ptx::{class, mov_op, Class, Inst, Line, Opd};

/// Which rewrites run.
#[derive(Clone, Copy, Debug)]
pub(super) struct Rewrites {
    pub copies: bool,
    pub fold: bool,
    pub cse: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Val {
    Copy(String),
    Const(u32),
    Expr(String, Vec<Opd>),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Fact {
    holder: String,
    val: Val,
}

impl Fact {
    fn mentions(&self, r: &str) -> bool {
        self.holder == r
            || match &self.val {
                Val::Copy(s) => s == r,
                Val::Const(_) => false,
                Val::Expr(_, srcs) => srcs.iter().any(|o| o.mentions(r)),
            }
    }
}

type State = HashSet<Fact>;

/// How many times each register is read in the body, counted before the rewrites.
type Uses = HashMap<String, usize>;

/// Rounds of the analysis before it gives up (and the body stays as it is).
const MAX_ROUNDS: usize = 64;

/// Runs the rewrites over `lines`; returns whether anything changed.
pub(super) fn run(lines: &mut Vec<Line>, rw: Rewrites) -> bool {
    let Some(g) = cfg::build(lines) else {
        return false;
    };
    let mut uses = Uses::new();
    for l in lines.iter() {
        if let Line::Inst(i) = l {
            for u in i.uses() {
                *uses.entry(u.to_string()).or_default() += 1;
            }
        }
    }
    let n = g.blocks.len();
    let mut out: Vec<Option<State>> = vec![None; n];
    let mut stable = false;
    for _ in 0..MAX_ROUNDS {
        let mut changed = false;
        for b in 0..n {
            let mut st = entry_state(&out, &g.preds[b], b == 0);
            for k in g.blocks[b].clone() {
                if let Line::Inst(i) = &lines[k] {
                    step(i, &mut st, rw, &uses);
                }
            }
            if out[b].as_ref() != Some(&st) {
                out[b] = Some(st);
                changed = true;
            }
        }
        if !changed {
            stable = true;
            break;
        }
    }
    if !stable {
        return false;
    }
    let mut new = Vec::with_capacity(lines.len());
    for b in 0..n {
        let mut st = entry_state(&out, &g.preds[b], b == 0);
        for k in g.blocks[b].clone() {
            match &lines[k] {
                Line::Inst(i) => new.extend(step(i, &mut st, rw, &uses).map(Line::Inst)),
                l @ Line::Label(_) => new.push(l.clone()),
            }
        }
    }
    let changed = new != *lines;
    *lines = new;
    changed
}

/// The facts on entry to a block: those of every predecessor analysed so far (none at the
/// entry, which control reaches from outside).
fn entry_state(out: &[Option<State>], preds: &[usize], entry: bool) -> State {
    if entry {
        return State::new();
    }
    let mut known = preds.iter().filter_map(|&p| out[p].as_ref());
    let Some(first) = known.next() else {
        return State::new();
    };
    let mut st = first.clone();
    for o in known {
        st.retain(|f| o.contains(f));
    }
    st
}

/// Rewrites one instruction under the facts `st` and updates them across it; `None` when it
/// became a copy of a register onto itself.
fn step(inst: &Inst, st: &mut State, rw: Rewrites, uses: &Uses) -> Option<Inst> {
    let mut i = inst.clone();
    if rw.copies {
        let f = |r: &str| copy_of(st, r);
        let start = i.source_start();
        i.opds[start..].iter_mut().for_each(|o| o.rename(&f));
        if let Some((_, p)) = &mut i.guard {
            if let Some(n) = f(p) {
                *p = n;
            }
        }
    }
    if rw.fold {
        fold(&mut i, st, uses);
    }
    if rw.cse && i.guard.is_none() {
        if let (Some(Opd::Reg(d)), Some(h)) = (i.opds.first(), holder_of(st, &i)) {
            // The destination itself still holds the value: computing it again changes
            // nothing.
            if *d == h {
                return None;
            }
            i = Inst {
                guard: None,
                op: mov_op(class(d)).to_string(),
                opds: vec![Opd::Reg(d.clone()), Opd::Reg(h)],
            };
        }
    }
    if i.guard.is_none() && i.base() == "mov" && i.opds.len() == 2 && i.opds[0] == i.opds[1] {
        return None;
    }
    for d in i.defs() {
        st.retain(|f| !f.mentions(d));
    }
    if i.guard.is_none() {
        if let Some(f) = generated(&i) {
            st.insert(f);
        }
    }
    Some(i)
}

/// What register `r` is known to hold.
fn vals<'s>(st: &'s State, r: &'s str) -> impl Iterator<Item = &'s Val> {
    st.iter().filter(move |f| f.holder == r).map(|f| &f.val)
}

/// The register `r` is a copy of.
fn copy_of(st: &State, r: &str) -> Option<String> {
    vals(st, r).find_map(|v| match v {
        Val::Copy(s) => Some(s.clone()),
        _ => None,
    })
}

fn const_of(st: &State, r: &str) -> Option<u32> {
    vals(st, r).find_map(|v| match *v {
        Val::Const(c) => Some(c),
        _ => None,
    })
}

/// The operands of the pure instruction `op` whose result `r` holds.
fn expr_of<'s>(st: &'s State, r: &'s str, op: &str) -> Option<&'s [Opd]> {
    vals(st, r).find_map(|v| match v {
        Val::Expr(o, srcs) if o == op => Some(srcs.as_slice()),
        _ => None,
    })
}

/// A register already holding what `i` computes.
fn holder_of(st: &State, i: &Inst) -> Option<String> {
    let Val::Expr(op, srcs) = value(i)? else {
        return None;
    };
    st.iter().find_map(|f| match &f.val {
        Val::Expr(o, s) if *o == op && *s == srcs => Some(f.holder.clone()),
        _ => None,
    })
}

/// What an unguarded instruction makes its destination hold.
fn generated(i: &Inst) -> Option<Fact> {
    // An unpack `mov.b64 {lo, hi}, %d` leaves `%d` holding the pack of its halves.
    if let [Opd::Vec(v), Opd::Reg(d)] = &i.opds[..] {
        if i.op == "mov.b64" && v.len() == 2 && v[0] != v[1] && !v.iter().any(|o| o.mentions(d)) {
            return Some(Fact {
                holder: d.clone(),
                val: Val::Expr(i.op.clone(), vec![Opd::Vec(v.clone())]),
            });
        }
        return None;
    }
    let Some(Opd::Reg(d)) = i.opds.first() else {
        return None;
    };
    if i.defs().len() != 1 || i.sources().iter().any(|o| o.mentions(d)) {
        return None;
    }
    Some(Fact { holder: d.clone(), val: value(i)? })
}

/// The value of a pure instruction with one register destination.
fn value(i: &Inst) -> Option<Val> {
    if !i.is_pure() || !matches!(i.opds.first(), Some(Opd::Reg(_))) || i.defs().len() != 1 {
        return None;
    }
    let d = i.defs()[0];
    match i.sources() {
        [Opd::Reg(s)] if i.base() == "mov" && class(s) == class(d) => Some(Val::Copy(s.clone())),
        [Opd::Lit(l)] if i.base() == "mov" && class(d) == Class::B32 && literal(l).is_some() => {
            literal(l).map(Val::Const)
        }
        srcs => Some(Val::Expr(i.op.clone(), srcs.to_vec())),
    }
}

/// The bits of a 32-bit literal: decimal (negative ones wrap), `0x…`, or a float `0f…`.
fn literal(s: &str) -> Option<u32> {
    if let Some(h) = s.strip_prefix("0f").or_else(|| s.strip_prefix("0F")) {
        return (h.len() == 8).then(|| u32::from_str_radix(h, 16).ok()).flatten();
    }
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        return u32::from_str_radix(h, 16).ok();
    }
    if let Some(n) = s.strip_prefix('-') {
        return n.parse::<u32>().ok().filter(|&v| v <= 1 << 31).map(u32::wrapping_neg);
    }
    s.parse::<u32>().ok()
}

/// The type suffix that applies to an instruction's sources: the last of its type
/// components (`s32` of `set.lt.u32.s32`).
fn source_type(op: &str) -> Option<&str> {
    op.split('.')
        .rev()
        .find(|c| matches!(*c, "b32" | "s32" | "u32" | "f32" | "b64" | "s64" | "u64" | "f64"))
}

/// Opcodes whose sources may be immediates in PTX, so a register known to hold a constant
/// can be replaced by it.
const TAKES_IMMEDIATES: [&str; 18] = [
    "add", "sub", "mul", "mad", "and", "or", "xor", "shl", "shr", "min", "max", "set", "setp",
    "selp", "fma", "div", "rem", "mov",
];

/// Constant folding: known constants into the operands, integer arithmetic on constants
/// computed, identities (`x + 0`, `x & ~0`, `x << 0` …) made copies, `set` + `setp.ne 0`
/// fused into one `setp`, `add` of a negation made a `sub`, and a pack with a zero high half
/// a zero extension.
fn fold(i: &mut Inst, st: &State, uses: &Uses) {
    let start = i.source_start();
    if TAKES_IMMEDIATES.contains(&i.base()) {
        if let Some(ty) = source_type(&i.op) {
            let float = ty == "f32";
            for o in &mut i.opds[start..] {
                if let Opd::Reg(r) = o {
                    if class(r) == Class::B32 {
                        if let Some(c) = const_of(st, r) {
                            *o = Opd::Lit(if float { format!("0f{c:08X}") } else { c.to_string() });
                        }
                    }
                }
            }
        }
    }
    for o in &mut i.opds {
        fold_offset(o, st);
    }
    if let Some(new) = simplified(i, st, uses) {
        *i = Inst { guard: i.guard.clone(), ..new };
    }
}

/// `[%a]` / `[%a+k]` where `%a` holds `%b + c` (a 64-bit or 32-bit `add` of an immediate)
/// becomes `[%b+c+k]`: the offset goes into the address, as PTX's addressing allows.
fn fold_offset(o: &mut Opd, st: &State) {
    let Opd::Mem { base: Some(b), rest } = o else {
        return;
    };
    let Some(k) = (if rest.is_empty() { Some(0) } else { rest.parse::<i64>().ok() }) else {
        return;
    };
    let sum = ["add.s64", "add.s32"].into_iter().find_map(|op| match expr_of(st, b, op)? {
        [Opd::Reg(y), Opd::Lit(c)] => Some((y.clone(), c.parse::<i64>().ok()?)),
        _ => None,
    });
    if let Some((y, c)) = sum {
        // 32-bit immediates are unsigned: read one above 2^31 as the negative offset it is.
        let c = if class(&y) == Class::B32 && c >= 1 << 31 { c - (1 << 32) } else { c };
        let off = c + k;
        if off.unsigned_abs() < 1 << 31 {
            *b = y;
            *rest = match off {
                0 => String::new(),
                n if n > 0 => format!("+{n}"),
                n => n.to_string(),
            };
        }
    }
}

/// The simpler instruction `i` can become, if any (its guard is put back by the caller).
fn simplified(i: &Inst, st: &State, uses: &Uses) -> Option<Inst> {
    let d = match i.opds.first() {
        Some(Opd::Reg(d)) => d.clone(),
        _ => return None,
    };
    let srcs = i.sources();
    let make = |op: &str, opds: Vec<Opd>| {
        Some(Inst {
            guard: None,
            op: op.to_string(),
            opds: std::iter::once(Opd::Reg(d.clone())).chain(opds).collect(),
        })
    };
    let mov = |o: &Opd| make(mov_op(class(&d)), vec![o.clone()]);
    let konst = |c: u32| make("mov.b32", vec![Opd::Lit(c.to_string())]);
    let lit = |o: &Opd| match o {
        Opd::Lit(l) => literal(l),
        _ => None,
    };
    let parts: Vec<&str> = i.op.split('.').collect();
    let int32 = matches!(source_type(&i.op), Some("b32" | "s32" | "u32"));
    let int = int32 || matches!(source_type(&i.op), Some("b64" | "s64" | "u64"));
    match (parts.as_slice(), srcs) {
        // set + setp.ne 0 → setp; set + setp.eq 0 → setp of the inverse comparison.
        (["setp", eq @ ("ne" | "eq"), "b32"], [Opd::Reg(t), z]) if lit(z) == Some(0) => {
            let set = vals(st, t).find_map(|v| match v {
                Val::Expr(o, s) if o.starts_with("set.") && s.len() == 2 => Some((o, s)),
                _ => None,
            })?;
            let p: Vec<&str> = set.0.split('.').collect();
            match p.as_slice() {
                ["set", cmp, "u32" | "f32", ty] => {
                    let cmp = match *eq {
                        "ne" => cmp,
                        _ => crate::inverse_compare(cmp, ty.starts_with('f'))?,
                    };
                    make(&format!("setp.{cmp}.{ty}"), set.1.to_vec())
                }
                _ => None,
            }
        }
        // pack with a zero high half → zero extension.
        (["mov", "b64"], [Opd::Vec(v)]) if v.len() == 2 => {
            let hi = v[1].reg()?;
            (const_of(st, hi) == Some(0)).then(|| make("cvt.u64.u32", vec![v[0].clone()])).flatten()
        }
        // 64-bit arithmetic on extended 32-bit values → the wide forms.
        (["shl", "b64"], [x, k]) => {
            let (signed, a) = ext_of(st, x)?;
            let k = lit(k).filter(|&k| k < 31)?;
            let ty = if signed { "s32" } else { "u32" };
            make(&format!("mul.wide.{ty}"), vec![a, Opd::Lit((1u32 << k).to_string())])
        }
        (["mul", "lo", "s64" | "u64"], [x, y]) => {
            let (sx, a) = ext_of(st, x)?;
            let b = match (ext_of(st, y), lit(y)) {
                (Some((sy, b)), _) if sy == sx => b,
                (_, Some(c)) if !sx || c < 1 << 31 => Opd::Lit(c.to_string()),
                _ => return None,
            };
            make(&format!("mul.wide.{}", if sx { "s32" } else { "u32" }), vec![a, b])
        }
        (["add", "s64" | "u64"], [x, y]) => {
            // Only a product read once: one read more would compute it twice.
            let wide = |o: &Opd| {
                let r = o.reg().filter(|r| uses.get(*r) == Some(&1))?;
                ["mul.wide.u32", "mul.wide.s32"].into_iter().find_map(|op| {
                    let s = expr_of(st, r, op)?;
                    Some((op.replace("mul", "mad"), s.to_vec()))
                })
            };
            let ((op, mut ab), c) = match (wide(x), wide(y)) {
                (Some(w), _) => (w, y.clone()),
                (None, Some(w)) => (w, x.clone()),
                (None, None) => return identity(&parts, srcs, int32, &mov, &konst, &lit),
            };
            ab.push(c);
            make(&op, ab)
        }
        (["cvt", "u32", "u64"], [x]) => {
            let (_, a) = ext_of(st, x)?;
            make("mov.b32", vec![a])
        }
        // add of a negation → sub (exact for floats too: IEEE defines a − b as a + (−b)).
        (["add", ty], [a, b]) | (["add", "rn", ty], [a, b])
            if (int && ty.starts_with('s')) || matches!(*ty, "f32" | "f64") =>
        {
            let neg = format!("neg.{ty}");
            let sub = if int { format!("sub.{ty}") } else { format!("sub.rn.{ty}") };
            let of = |o: &Opd| {
                o.reg().and_then(|r| expr_of(st, r, &neg)).and_then(|s| s.first().cloned())
            };
            if let Some(nb) = of(b) {
                make(&sub, vec![a.clone(), nb])
            } else if let Some(na) = of(a) {
                make(&sub, vec![b.clone(), na])
            } else {
                identity(&parts, srcs, int32, &mov, &konst, &lit)
            }
        }
        _ if int => identity(&parts, srcs, int32, &mov, &konst, &lit),
        _ => None,
    }
}

/// The 32-bit value a 64-bit register is the zero (`false`) or sign (`true`) extension of.
fn ext_of(st: &State, o: &Opd) -> Option<(bool, Opd)> {
    let r = o.reg()?;
    if let Some([a]) = expr_of(st, r, "cvt.u64.u32") {
        return Some((false, a.clone()));
    }
    expr_of(st, r, "cvt.s64.s32").and_then(|s| s.first()).map(|a| (true, a.clone()))
}

/// Integer identities and constant arithmetic.
fn identity(
    parts: &[&str],
    srcs: &[Opd],
    int32: bool,
    mov: &dyn Fn(&Opd) -> Option<Inst>,
    konst: &dyn Fn(u32) -> Option<Inst>,
    lit: &dyn Fn(&Opd) -> Option<u32>,
) -> Option<Inst> {
    let ones = if int32 { u32::MAX } else { 0 };
    match (parts, srcs) {
        (["selp", _], [a, b, _]) if a == b => mov(a),
        // A bit-field extract of an immediate (the lowering's sign extension of a constant),
        // bit by bit as PTX defines it: position and length are the low bytes of their
        // operands, and the signed form fills with the field's top bit (bit 31 at most).
        (["bfe", ty @ ("s32" | "u32")], [a, b, c]) => {
            let (a, pos, len) = (lit(a)?, lit(b)? & 0xff, lit(c)? & 0xff);
            let sbit =
                if *ty == "s32" && len != 0 { (a >> (pos + len - 1).min(31)) & 1 } else { 0 };
            let v = (0..32u32).fold(0u32, |v, k| {
                let bit = if k < len && pos + k <= 31 { (a >> (pos + k)) & 1 } else { sbit };
                v | bit << k
            });
            konst(v)
        }
        ([op, ..], [a]) if int32 => {
            let a = lit(a)?;
            match *op {
                "not" => konst(!a),
                "neg" => konst(a.wrapping_neg()),
                _ => None,
            }
        }
        ([op, rest @ ..], [a, b]) => {
            let (ca, cb) = (lit(a), lit(b));
            if int32 {
                if let (Some(x), Some(y)) = (ca, cb) {
                    let signed = rest.last().is_some_and(|t| t.starts_with('s'));
                    let v = match (*op, rest) {
                        ("add", [_]) => x.wrapping_add(y),
                        ("sub", [_]) => x.wrapping_sub(y),
                        ("mul", ["lo", _]) => x.wrapping_mul(y),
                        ("and", [_]) => x & y,
                        ("or", [_]) => x | y,
                        ("xor", [_]) => x ^ y,
                        ("shl", [_]) => x.checked_shl(y).unwrap_or(0),
                        ("shr", [_]) if signed => ((x as i32) >> y.min(31)) as u32,
                        ("shr", [_]) => x.checked_shr(y).unwrap_or(0),
                        _ => return None,
                    };
                    return konst(v);
                }
            }
            match (*op, rest) {
                ("add" | "or" | "xor", [_]) if cb == Some(0) => mov(a),
                ("add" | "or" | "xor", [_]) if ca == Some(0) => mov(b),
                ("sub" | "shl" | "shr", [_]) if cb == Some(0) => mov(a),
                ("and", [_]) if int32 && cb == Some(ones) => mov(a),
                ("and", [_]) if int32 && ca == Some(ones) => mov(b),
                ("and", [_]) if int32 && (ca == Some(0) || cb == Some(0)) => konst(0),
                ("mul", ["lo", _]) if cb == Some(1) => mov(a),
                ("mul", ["lo", _]) if ca == Some(1) => mov(b),
                ("mul", ["lo", _]) if int32 && (ca == Some(0) || cb == Some(0)) => konst(0),
                _ => None,
            }
        }
        _ => None,
    }
}
