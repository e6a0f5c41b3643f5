//! The optimiser's model of the PTX the emitter writes: one [`Line`] per label or
//! instruction, operands split into registers, vectors, memory references and literals, and
//! what each instruction reads, writes and whether it may be removed.
//!
//! The model is exact for the forms the emitter writes and conservative for any other: an
//! instruction whose opcode it does not know is kept, is never a common subexpression, and
//! counts as reading every register it names and writing its first operand.

use std::fmt;

/// One line of a PTX body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Line {
    Label(String),
    Inst(Inst),
}

/// One PTX instruction: `[@[!]%p ]op opd, opd, …;`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) struct Inst {
    /// The guard predicate and whether it is negated (`@!%p`).
    pub guard: Option<(bool, String)>,
    /// The opcode with its modifiers (`add.s32`, `ld.global.v2.b32`).
    pub op: String,
    pub opds: Vec<Opd>,
}

/// An operand.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Opd {
    /// A virtual register (`%t3`, `%d0`, `%p1`, `%sv_tid_x`, `%smem`).
    Reg(String),
    /// A special register (`%tid.x`), never written by the program.
    Special(String),
    /// `{a, b, …}`.
    Vec(Vec<Opd>),
    /// `[base+off]` with a register base, or `[text]` with a symbol.
    Mem { base: Option<String>, rest: String },
    /// An immediate, a symbol or a label.
    Lit(String),
}

/// The register files, by the name the emitter gives each register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    B32,
    B64,
    Pred,
}

/// The file of register `r`: `%pN` predicates, `%dN`/`%bufN` 64-bit, every other one 32-bit.
pub(super) fn class(r: &str) -> Class {
    let digits = |rest: &str| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
    if r.strip_prefix("%p").is_some_and(digits) {
        Class::Pred
    } else if r.strip_prefix("%d").is_some_and(digits) || r.strip_prefix("%buf").is_some_and(digits)
    {
        Class::B64
    } else {
        Class::B32
    }
}

/// The `mov` that copies a register of class `c`.
pub(super) fn mov_op(c: Class) -> &'static str {
    match c {
        Class::B32 => "mov.b32",
        Class::B64 => "mov.b64",
        Class::Pred => "mov.pred",
    }
}

/// Opcodes (their first component) without side effects whose result depends only on their
/// operands: they may be removed when their result is dead and reused when computed again.
const PURE: [&str; 38] = [
    "abs", "add", "and", "bfe", "bfi", "bfind", "brev", "clz", "cnot", "copysign", "cos", "cvt",
    "div", "ex2", "fma", "lg2", "mad", "max", "min", "mov", "mul", "neg", "not", "or", "popc",
    "prmt", "rcp", "rem", "rsqrt", "selp", "set", "setp", "shl", "shr", "sin", "sqrt", "sub",
    "xor",
];

/// Opcodes that write no register: their first operand is a source.
const NO_DEST: [&str; 9] = ["st", "red", "bar", "membar", "fence", "bra", "ret", "exit", "trap"];

impl Inst {
    /// The opcode's first component (`add` of `add.s32`).
    pub fn base(&self) -> &str {
        self.op.split('.').next().unwrap_or("")
    }

    /// Pure: no side effect, the result a function of the operands (see [`PURE`]).
    /// Carry-flag forms (`add.cc`) are not: they write the flag their partner reads; nor are
    /// reads of special registers other than the launch geometry (`%clock` changes).
    pub fn is_pure(&self) -> bool {
        let geometry = |s: &str| {
            let r = s.split('.').next().unwrap_or("");
            matches!(r, "%tid" | "%ntid" | "%ctaid" | "%nctaid")
        };
        PURE.contains(&self.base())
            && !self.op.split('.').any(|m| m == "cc")
            && self.opds.iter().all(|o| !matches!(o, Opd::Special(s) if !geometry(s)))
    }

    /// May be deleted when nothing reads what it writes: pure, or a non-volatile load.
    pub fn removable(&self) -> bool {
        self.is_pure() || (self.base() == "ld" && !self.op.contains(".volatile"))
    }

    /// The registers written (none for stores, barriers and branches).
    pub fn defs(&self) -> Vec<&str> {
        if NO_DEST.contains(&self.base()) {
            return Vec::new();
        }
        match self.opds.first() {
            Some(Opd::Reg(r)) => vec![r.as_str()],
            Some(Opd::Vec(v)) => v.iter().filter_map(Opd::reg).collect(),
            _ => Vec::new(),
        }
    }

    /// The index of the first source operand: 1 after a register or vector destination, else
    /// 0 (stores, branches and barriers have none).
    pub fn source_start(&self) -> usize {
        let dest = !NO_DEST.contains(&self.base())
            && matches!(self.opds.first(), Some(Opd::Reg(_) | Opd::Vec(_)));
        usize::from(dest)
    }

    /// The source operands: every operand after the destination (all of them when there is
    /// none).
    pub fn sources(&self) -> &[Opd] {
        &self.opds[self.source_start()..]
    }

    /// The registers read: the guard and every register of the sources (memory bases
    /// included).
    pub fn uses(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.guard.iter().map(|(_, p)| p.as_str()).collect();
        for o in self.sources() {
            o.regs(&mut out);
        }
        out
    }

    /// The label of a branch.
    pub fn target(&self) -> Option<&str> {
        match (self.base(), self.opds.first()) {
            ("bra", Some(Opd::Lit(l))) => Some(l),
            _ => None,
        }
    }
}

impl Opd {
    pub fn reg(&self) -> Option<&str> {
        match self {
            Opd::Reg(r) => Some(r),
            _ => None,
        }
    }

    /// Appends every register this operand reads.
    fn regs<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Opd::Reg(r) => out.push(r),
            Opd::Vec(v) => v.iter().for_each(|o| o.regs(out)),
            Opd::Mem { base: Some(b), .. } => out.push(b),
            Opd::Mem { base: None, .. } | Opd::Special(_) | Opd::Lit(_) => {}
        }
    }

    /// Whether the operand names register `r`.
    pub fn mentions(&self, r: &str) -> bool {
        let mut v = Vec::new();
        self.regs(&mut v);
        v.contains(&r)
    }

    /// Renames every register it reads with `f` (memory bases and vector elements included).
    pub fn rename(&mut self, f: &impl Fn(&str) -> Option<String>) {
        match self {
            Opd::Reg(r) => {
                if let Some(n) = f(r) {
                    *r = n;
                }
            }
            Opd::Vec(v) => v.iter_mut().for_each(|o| o.rename(f)),
            Opd::Mem { base: Some(b), .. } => {
                if let Some(n) = f(b) {
                    *b = n;
                }
            }
            Opd::Mem { base: None, .. } | Opd::Special(_) | Opd::Lit(_) => {}
        }
    }
}

/// Parses a body (the emitter's lines: `\tINST;` and `LABEL:`). `None` when some line is not
/// in a form the model knows, so the caller leaves the body as it is.
pub(super) fn parse(body: &str) -> Option<Vec<Line>> {
    body.lines().filter(|l| !l.trim().is_empty()).map(parse_line).collect()
}

fn parse_line(line: &str) -> Option<Line> {
    let t = line.trim();
    if let Some(l) = t.strip_suffix(':') {
        return is_name(l).then(|| Line::Label(l.to_string()));
    }
    let t = t.strip_suffix(';')?.trim();
    let (guard, rest) = match t.strip_prefix('@') {
        Some(g) => {
            let (p, rest) = g.split_once(' ')?;
            let (neg, p) = match p.strip_prefix('!') {
                Some(p) => (true, p),
                None => (false, p),
            };
            if !p.starts_with('%') || class(p) != Class::Pred {
                return None;
            }
            (Some((neg, p.to_string())), rest.trim())
        }
        None => (None, t),
    };
    let (op, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    if op.is_empty() || !op.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_') {
        return None;
    }
    let opds = split_top(args)?.into_iter().map(parse_opd).collect::<Option<Vec<_>>>()?;
    Some(Line::Inst(Inst { guard, op: op.to_string(), opds }))
}

/// Splits at the commas outside `{}` and `[]`.
fn split_top(s: &str) -> Option<Vec<&str>> {
    let s = s.trim();
    if s.is_empty() {
        return Some(Vec::new());
    }
    let (mut depth, mut start, mut out) = (0i32, 0, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
        if depth < 0 {
            return None;
        }
    }
    (depth == 0).then(|| {
        out.push(s[start..].trim());
        out
    })
}

fn parse_opd(s: &str) -> Option<Opd> {
    if let Some(inner) = s.strip_prefix('{') {
        let inner = inner.strip_suffix('}')?;
        let v = split_top(inner)?.into_iter().map(parse_opd).collect::<Option<Vec<_>>>()?;
        return v.iter().all(|o| matches!(o, Opd::Reg(_))).then_some(Opd::Vec(v));
    }
    if let Some(inner) = s.strip_prefix('[') {
        let inner = inner.strip_suffix(']')?.trim();
        if inner.starts_with('%') {
            let end = inner.find(['+', '-']).unwrap_or(inner.len());
            let (b, rest) = inner.split_at(end);
            if !is_register(&b[1..]) || rest.contains('%') {
                return None;
            }
            return Some(Opd::Mem { base: Some(b.to_string()), rest: rest.to_string() });
        }
        return (!inner.contains('%')).then(|| Opd::Mem { base: None, rest: inner.to_string() });
    }
    if let Some(r) = s.strip_prefix('%') {
        if is_register(r) {
            return Some(Opd::Reg(s.to_string()));
        }
        if is_name(r) {
            return Some(Opd::Special(s.to_string()));
        }
        let (a, b) = r.split_once('.')?;
        return (is_name(a) && is_name(b)).then(|| Opd::Special(s.to_string()));
    }
    let ok = !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'-' | b'.'));
    ok.then(|| Opd::Lit(s.to_string()))
}

/// A register the emitter declares (`%t`, `%a`, `%s`, `%d`, `%p`, `%buf` and a number;
/// `%sv_…`, `%smem`, `%priv`, `%workdim`); any other `%name` is a special register.
fn is_register(r: &str) -> bool {
    let numbered = |p: &str| {
        r.strip_prefix(p).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    ["t", "a", "s", "d", "p", "buf"].into_iter().any(numbered)
        || r.strip_prefix("sv_").is_some_and(is_name)
        || matches!(r, "smem" | "priv" | "workdim")
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
}

impl fmt::Display for Opd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Opd::Reg(s) | Opd::Special(s) | Opd::Lit(s) => f.write_str(s),
            Opd::Vec(v) => {
                let parts: Vec<String> = v.iter().map(ToString::to_string).collect();
                write!(f, "{{{}}}", parts.join(", "))
            }
            Opd::Mem { base: Some(b), rest } => write!(f, "[{b}{rest}]"),
            Opd::Mem { base: None, rest } => write!(f, "[{rest}]"),
        }
    }
}

impl fmt::Display for Inst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((neg, p)) = &self.guard {
            write!(f, "@{}{p} ", if *neg { "!" } else { "" })?;
        }
        f.write_str(&self.op)?;
        for (k, o) in self.opds.iter().enumerate() {
            f.write_str(if k == 0 { " " } else { ", " })?;
            write!(f, "{o}")?;
        }
        f.write_str(";")
    }
}

/// Writes the lines back as a body.
pub(super) fn print(lines: &[Line]) -> String {
    let mut out = String::new();
    for l in lines {
        match l {
            Line::Label(l) => {
                out.push_str(l);
                out.push_str(":\n");
            }
            Line::Inst(i) => {
                out.push('\t');
                out.push_str(&i.to_string());
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_the_emitters_forms() {
        let body = "\tmov.u32 %sv_tid_x, %tid.x;\n\tld.param.b32 %t0, [k_param_0+4];\n\
                    \tmov.b64 {%t2, %t3}, %d0;\n\tmov.b64 %d5, {%t2, %t3};\n\
                    \t@!%p0 bra $L__tgsi0;\n\tst.global.v4.b32 [%d1+16], {%t0, %t1, %t2, %t3};\n\
                    \tadd.s32 %t7, 0, %t14;\n\tmov.u64 %d2, k_imm;\n$L__tgsi0:\n\tret;\n";
        let lines = parse(body).unwrap();
        assert_eq!(print(&lines), body);
        let Line::Inst(st) = &lines[5] else { panic!("not an instruction") };
        assert!(st.defs().is_empty());
        assert_eq!(st.uses(), ["%d1", "%t0", "%t1", "%t2", "%t3"]);
        let Line::Inst(unpack) = &lines[2] else { panic!("not an instruction") };
        assert_eq!(unpack.defs(), ["%t2", "%t3"]);
        assert_eq!(unpack.uses(), ["%d0"]);
        let Line::Inst(br) = &lines[4] else { panic!("not an instruction") };
        assert_eq!((br.target(), br.uses()), (Some("$L__tgsi0"), vec!["%p0"]));
    }

    #[test]
    fn refuses_what_it_does_not_model() {
        assert!(parse("\tsetp.lt.s32 %p0|%p1, %t0, %t1;\n").is_none());
        assert!(parse("\tld.global.b32 %t0, [%d0+%t1];\n").is_none());
        assert!(parse("\tadd.s32 %t0, %t1\n").is_none());
        let Some(Line::Inst(cc)) = parse("\tadd.cc.u32 %t0, %t1, %t2;\n").map(|mut l| l.remove(0))
        else {
            panic!("add.cc does not parse")
        };
        assert!(!cc.is_pure() && !cc.removable());
        let Some(Line::Inst(clock)) = parse("\tmov.u32 %t0, %clock;\n").map(|mut l| l.remove(0))
        else {
            panic!("mov of %clock does not parse")
        };
        assert!(!clock.is_pure());
        assert_eq!(class("%p12"), Class::Pred);
        assert_eq!(class("%buf0"), Class::B64);
        assert_eq!(class("%pos"), Class::B32);
        assert_eq!(class("%sv_tid_x"), Class::B32);
    }
}
