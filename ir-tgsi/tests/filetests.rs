//! Runs every `filetests/*.tgsi` (see `filetests/README.md` for the format).
//! `VISABENCH_BLESS=1` rewrites the expectations (`test cat` output, `; expect: buffer` lines).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use ir_tgsi::interp::{self, global_address, Env, Grid, Options};
use ir_tgsi::text::{self, SourceMap};
use ir_tgsi::validate::{validate, Location};

fn bless() -> bool {
    std::env::var("VISABENCH_BLESS").is_ok_and(|v| v == "1")
}

#[test]
fn filetests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("filetests");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tgsi"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        if let Err(e) = run_file(f) {
            failures.push(format!("{}: {e}", f.display()));
        }
    }
    assert!(failures.is_empty(), "{} filetest(s) failed:\n{}", failures.len(), failures.join("\n"));
    assert!(files.len() >= 12, "expected the filetests in {}", dir.display());
}

/// The header (`test …` lines) and the program part (from `COMP`) of a file.
fn split(src: &str) -> (Vec<String>, usize) {
    let mut tests = Vec::new();
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("test ") {
            tests.push(rest.trim().to_string());
        } else if t.starts_with("COMP") {
            return (tests, offset);
        }
        offset += line.len();
    }
    (tests, offset)
}

fn run_file(path: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let (tests, start) = split(&src);
    if tests.is_empty() {
        return Err("no `test` directive".into());
    }
    let body = &src[start..];
    let line_base = src[..start].matches('\n').count();
    let mut new_body = body.to_string();
    let parsed = text::parse_with_map(body);
    // Parse errors are only expected by `test verify` files with a matching `; error:`.
    let (prog, map) = match parsed {
        Ok(x) => x,
        Err(e) => {
            let expected = error_comments(body);
            if tests.iter().any(|t| t == "verify")
                && expected
                    .iter()
                    .any(|(l, s)| *l == Some(e.line) && e.message.contains(s.as_str()))
            {
                return Ok(());
            }
            return Err(format!(
                "parse error at {}:{}: {}",
                e.line + line_base,
                e.column,
                e.message
            ));
        }
    };
    // Round trip on every file.
    let printed = text::print(&prog);
    let again = text::parse(&printed).map_err(|e| format!("reparse of the print failed: {e}"))?;
    if again != prog {
        return Err("parse(print(p)) != p".into());
    }
    if text::print(&again) != printed {
        return Err("print is not canonical".into());
    }
    for t in &tests {
        match t.as_str() {
            "cat" => {
                let want = with_comments(body, &prog, &map);
                if want != body {
                    if bless() {
                        new_body = want;
                    } else {
                        return Err(format!("test cat: canonical print differs:\n{want}"));
                    }
                }
            }
            "verify" => check_verify(body, &prog, &map)?,
            "run" => {
                if let Some(b) = check_run(&new_body, &prog)? {
                    new_body = b;
                }
            }
            other => return Err(format!("unknown test `{other}`")),
        }
    }
    if new_body != body {
        std::fs::write(path, format!("{}{new_body}", &src[..start])).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// `; error: …` comments: (line, substring); the line is `None` for a comment on its own line.
fn error_comments(body: &str) -> Vec<(Option<usize>, String)> {
    let mut v = Vec::new();
    for (i, line) in body.lines().enumerate() {
        if let Some(pos) = line.find("; error:") {
            let s = line[pos + 8..].trim().to_string();
            let own = line[..pos].trim().is_empty();
            v.push((if own { None } else { Some(i + 1) }, s));
        }
    }
    v
}

fn check_verify(body: &str, prog: &ir_tgsi::Program, map: &SourceMap) -> Result<(), String> {
    let expected = error_comments(body);
    let errors = validate(prog).err().unwrap_or_default();
    let mut matched = vec![false; expected.len()];
    for e in &errors {
        let line = e.source_line(map);
        let hit = expected.iter().position(|(l, s)| {
            (*l == line || (l.is_none() && e.location == Location::Program))
                && e.message.contains(s.as_str())
        });
        match hit {
            Some(k) => matched[k] = true,
            None => return Err(format!("unexpected validation error (source line {line:?}): {e}")),
        }
    }
    if let Some(k) = matched.iter().position(|m| !m) {
        return Err(format!("expected error not reported: {:?}", expected[k]));
    }
    Ok(())
}

/// The canonical print with the file's comments put back: full-line comments before the
/// statement that followed them, trailing comments after their statement.
fn with_comments(body: &str, prog: &ir_tgsi::Program, map: &SourceMap) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let printed = text::print(prog);
    let plines: Vec<&str> = printed.lines().collect();
    // Source line of each printed line: COMP, properties, decls, imms, instructions.
    let comp_line = lines.iter().position(|l| l.trim_start().starts_with("COMP")).unwrap_or(0) + 1;
    let mut srcs = vec![comp_line];
    srcs.extend(&map.properties);
    srcs.extend(&map.decls);
    srcs.extend(&map.imms);
    srcs.extend(&map.insts);
    let comment = |l: &str| l.find(';').map(|p| l[p..].to_string());
    let mut used = vec![false; lines.len() + 1];
    let mut out = String::new();
    for (pl, &sl) in plines.iter().zip(&srcs) {
        // Comment-only lines directly above the statement.
        let mut k = sl - 1;
        while k >= 1 && lines[k - 1].trim_start().starts_with(';') && !used[k] {
            k -= 1;
        }
        for (j, l) in lines.iter().enumerate().take(sl - 1).skip(k) {
            used[j + 1] = true;
            let _ = writeln!(out, "{l}");
        }
        used[sl] = true;
        match comment(lines[sl - 1]) {
            Some(c) => {
                let _ = writeln!(out, "{pl} {c}");
            }
            None => {
                let _ = writeln!(out, "{pl}");
            }
        }
    }
    for (j, l) in lines.iter().enumerate() {
        if !used[j + 1] && l.trim_start().starts_with(';') {
            let _ = writeln!(out, "{l}");
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ty {
    U32,
    I32,
    F32,
    U64,
    I64,
    F64,
}

impl Ty {
    fn parse(s: &str) -> Result<Ty, String> {
        Ok(match s {
            "u32" => Ty::U32,
            "i32" => Ty::I32,
            "f32" => Ty::F32,
            "u64" => Ty::U64,
            "i64" => Ty::I64,
            "f64" => Ty::F64,
            _ => return Err(format!("unknown type `{s}`")),
        })
    }
    fn size(self) -> usize {
        match self {
            Ty::U32 | Ty::I32 | Ty::F32 => 4,
            Ty::U64 | Ty::I64 | Ty::F64 => 8,
        }
    }
    fn name(self) -> &'static str {
        match self {
            Ty::U32 => "u32",
            Ty::I32 => "i32",
            Ty::F32 => "f32",
            Ty::U64 => "u64",
            Ty::I64 => "i64",
            Ty::F64 => "f64",
        }
    }
    /// Little-endian bytes of a value (`@N` is the global address of buffer N).
    fn encode(self, v: &str) -> Result<Vec<u8>, String> {
        let bad = || format!("bad {} value `{v}`", self.name());
        if let Some(n) = v.strip_prefix('@') {
            let n: usize = n.parse().map_err(|_| bad())?;
            return Ok(global_address(n).to_le_bytes()[..self.size()].to_vec());
        }
        if let Some(h) = v.strip_prefix("0x") {
            let bits = u64::from_str_radix(h, 16).map_err(|_| bad())?;
            return Ok(bits.to_le_bytes()[..self.size()].to_vec());
        }
        Ok(match self {
            Ty::U32 => v.parse::<u32>().map_err(|_| bad())?.to_le_bytes().to_vec(),
            Ty::I32 => v.parse::<i32>().map_err(|_| bad())?.to_le_bytes().to_vec(),
            Ty::F32 => v.parse::<f32>().map_err(|_| bad())?.to_le_bytes().to_vec(),
            Ty::U64 => v.parse::<u64>().map_err(|_| bad())?.to_le_bytes().to_vec(),
            Ty::I64 => v.parse::<i64>().map_err(|_| bad())?.to_le_bytes().to_vec(),
            Ty::F64 => v.parse::<f64>().map_err(|_| bad())?.to_le_bytes().to_vec(),
        })
    }
    fn decode(self, b: &[u8]) -> String {
        let mut w = [0u8; 8];
        w[..b.len()].copy_from_slice(b);
        let x = u64::from_le_bytes(w);
        match self {
            Ty::U32 => format!("{}", x as u32),
            Ty::I32 => format!("{}", x as u32 as i32),
            Ty::F32 => {
                let f = f32::from_bits(x as u32);
                if f.is_finite() {
                    format!("{f:?}")
                } else {
                    format!("{:#x}", x as u32)
                }
            }
            Ty::U64 => format!("{x}"),
            Ty::I64 => format!("{}", x as i64),
            Ty::F64 => {
                let f = f64::from_bits(x);
                if f.is_finite() {
                    format!("{f:?}")
                } else {
                    format!("{x:#x}")
                }
            }
        }
    }
}

/// Values inside `[ … ]`, space separated.
fn bracketed(s: &str) -> Result<Vec<&str>, String> {
    let s = s.trim();
    let inner = s
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .ok_or_else(|| format!("expected `[values]`, found `{s}`"))?;
    Ok(inner.split_whitespace().collect())
}

fn dims(it: &mut std::iter::Peekable<std::str::SplitWhitespace<'_>>) -> Result<[u32; 3], String> {
    let mut d = [1u32; 3];
    for (k, slot) in d.iter_mut().enumerate() {
        match it.peek().map(|t| t.parse::<u32>()) {
            Some(Ok(v)) => {
                *slot = v;
                it.next();
            }
            _ if k == 0 => return Err("expected a size".into()),
            _ => break,
        }
    }
    Ok(d)
}

/// Runs a `test run` file; returns the blessed body when expectations changed.
fn check_run(body: &str, prog: &ir_tgsi::Program) -> Result<Option<String>, String> {
    let mut grid = Grid { groups: [1; 3], group_size: [1; 3], work_dim: 1 };
    let mut env = Env::default();
    let mut bindings: Vec<(usize, usize)> = Vec::new();
    let mut opts = Options::default();
    let mut expect_error: Option<String> = None;
    for line in body.lines() {
        let Some(pos) = line.find("; run:") else { continue };
        let d = line[pos + 6..].trim();
        let (kw, rest) = d.split_once(' ').unwrap_or((d, ""));
        match kw {
            "grid" | "block" => {
                let mut it = d.split_whitespace().peekable();
                while let Some(k) = it.next() {
                    match k {
                        "grid" => grid.groups = dims(&mut it)?,
                        "block" => grid.group_size = dims(&mut it)?,
                        "dim" => {
                            grid.work_dim = it
                                .next()
                                .and_then(|v| v.parse().ok())
                                .ok_or("expected a work dimension")?
                        }
                        other => return Err(format!("unexpected `{other}` in `{d}`")),
                    }
                }
            }
            "buffer" => {
                let mut parts = rest.splitn(3, ' ');
                let n: usize =
                    parts.next().and_then(|v| v.parse().ok()).ok_or("expected a buffer number")?;
                let ty = parts.next().ok_or("expected a type")?;
                let vals = parts.next().unwrap_or("");
                if env.buffers.len() <= n {
                    env.buffers.resize(n + 1, Vec::new());
                }
                env.buffers[n] = if ty == "zeros" {
                    vec![0; vals.trim().parse().map_err(|_| "expected a byte count")?]
                } else {
                    let ty = Ty::parse(ty)?;
                    let mut b = Vec::new();
                    for v in bracketed(vals)? {
                        b.extend(ty.encode(v)?);
                    }
                    b
                };
            }
            "bind" => {
                let v: Vec<usize> =
                    rest.split_whitespace().filter_map(|x| x.parse().ok()).collect();
                if v.len() != 2 {
                    return Err("expected `bind K N`".into());
                }
                bindings.push((v[0], v[1]));
            }
            "input" => {
                let mut parts = rest.split_whitespace();
                let ty = Ty::parse(parts.next().ok_or("expected a type")?)?;
                for v in parts {
                    let a = ty.size();
                    env.input.resize(env.input.len().div_ceil(a) * a, 0);
                    env.input.extend(ty.encode(v)?);
                }
            }
            "shared" => env.dynamic_shared = rest.trim().parse().map_err(|_| "bad shared size")?,
            "budget" => opts.budget = rest.trim().parse().map_err(|_| "bad budget")?,
            other => return Err(format!("unknown run directive `{other}`")),
        }
    }
    for line in body.lines() {
        if let Some(pos) = line.find("; expect: error") {
            expect_error = Some(line[pos + 15..].trim().to_string());
        }
    }
    // Default binding: BUFFER[k] is buffer k.
    let nb = env.buffers.len();
    env.bindings = (0..nb).collect();
    for (k, n) in bindings {
        if env.bindings.len() <= k {
            env.bindings.resize(k + 1, 0);
        }
        env.bindings[k] = n;
    }
    let result = interp::run_with(prog, &grid, &mut env, &opts);
    match (result, expect_error) {
        (Err(e), Some(s)) => {
            if e.to_string().contains(&s) {
                return Ok(None);
            }
            return Err(format!("expected error containing `{s}`, got: {e}"));
        }
        (Err(e), None) => return Err(format!("run failed: {e}")),
        (Ok(_), Some(s)) => return Err(format!("expected error containing `{s}`, run succeeded")),
        (Ok(_), None) => {}
    }
    let mut out = String::new();
    let mut changed = false;
    let mut errors = Vec::new();
    let mut any = false;
    for line in body.split_inclusive('\n') {
        if let Some(pos) = line.find("; expect: buffer") {
            any = true;
            let rest = line[pos + 16..].trim();
            let mut parts = rest.splitn(3, ' ');
            let n: usize =
                parts.next().and_then(|v| v.parse().ok()).ok_or("expected a buffer number")?;
            let ty = Ty::parse(parts.next().ok_or("expected a type")?)?;
            let want: Vec<&str> = bracketed(parts.next().unwrap_or("[]"))?;
            let buf = env.buffers.get(n).ok_or(format!("no buffer {n}"))?;
            let got: Vec<String> = buf.chunks(ty.size()).map(|c| ty.decode(c)).collect();
            let same = want.len() == got.len()
                && want
                    .iter()
                    .zip(&got)
                    .all(|(w, g)| ty.encode(w).ok() == ty.encode(g).ok() && ty.encode(w).is_ok());
            if !same {
                changed = true;
                errors.push(format!(
                    "buffer {n}: expected [{}], got [{}]",
                    want.join(" "),
                    got.join(" ")
                ));
                let _ = writeln!(
                    out,
                    "{}; expect: buffer {n} {} [{}]",
                    &line[..pos],
                    ty.name(),
                    got.join(" ")
                );
                continue;
            }
        }
        out.push_str(line);
    }
    if !any {
        return Err("test run without `; expect:` lines".into());
    }
    if changed {
        if bless() {
            return Ok(Some(out));
        }
        return Err(errors.join("\n"));
    }
    Ok(None)
}
