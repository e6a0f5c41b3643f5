//! The parser: Mesa-style text to a [`Program`].
//!
//! One statement per line; blank lines and `;` comments (to the end of the line) are skipped.
//! Instruction numbers (`12:`) are accepted and ignored; the printer renumbers.

use crate::opcode::Opcode;
use crate::program::{
    Decl, Dst, File, ImmType, Immediate, Indirect, Instruction, MemoryKind, Program, Property,
    Register, Semantic, Src,
};

/// A parse error: where (1-based line and column) and what was expected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in bytes).
    pub column: usize,
    /// What was expected and what was found.
    pub message: String,
}

/// Source lines (1-based) of a parsed program's parts, for error messages that point into
/// the file rather than into the canonical print.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceMap {
    /// Line of each property, in program order.
    pub properties: Vec<usize>,
    /// Line of each declaration.
    pub decls: Vec<usize>,
    /// Line of each immediate.
    pub imms: Vec<usize>,
    /// Line of each instruction.
    pub insts: Vec<usize>,
}

/// Parses a program.
pub fn parse(src: &str) -> Result<Program, ParseError> {
    parse_with_map(src).map(|(p, _)| p)
}

/// Parses a program and reports the source line of each of its parts.
pub fn parse_with_map(src: &str) -> Result<(Program, SourceMap), ParseError> {
    let mut c = Cursor { s: src.as_bytes(), pos: 0, line: 1, line_start: 0 };
    let mut prog = Program::default();
    let mut map = SourceMap::default();
    let mut seen_header = false;
    loop {
        c.skip_blank();
        if c.peek().is_none() {
            break;
        }
        let line = c.line;
        if !seen_header {
            let (col, word) = c.ident_at();
            if word != "COMP" {
                return Err(c.err_at(col, "expected `COMP`", &word));
            }
            seen_header = true;
        } else if c.peek().is_some_and(|b| b.is_ascii_digit()) {
            c.number_u32("instruction number")?;
            c.expect(b':', "`:` after the instruction number")?;
            prog.insts.push(c.instruction()?);
            map.insts.push(line);
        } else {
            let save = c.pos;
            let (col, word) = c.ident_at();
            match word.as_str() {
                "PROPERTY" => {
                    prog.properties.push(c.property()?);
                    map.properties.push(line);
                }
                "DCL" => {
                    prog.decls.push(c.decl()?);
                    map.decls.push(line);
                }
                "IMM" if c.peek() == Some(b'[') => {
                    prog.imms.push(c.immediate(prog.imms.len())?);
                    map.imms.push(line);
                }
                "" => return Err(c.err_at(col, "expected a statement", &c.found_here())),
                _ => {
                    c.pos = save;
                    prog.insts.push(c.instruction()?);
                    map.insts.push(line);
                }
            }
        }
        c.end_of_statement()?;
    }
    if !seen_header {
        return Err(c.err("expected `COMP`"));
    }
    Ok((prog, map))
}

struct Cursor<'a> {
    s: &'a [u8],
    pos: usize,
    line: usize,
    line_start: usize,
}

fn describe(tok: &str) -> String {
    if tok.is_empty() {
        "end of line".to_string()
    } else {
        format!("`{tok}`")
    }
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn column(&self) -> usize {
        self.pos - self.line_start + 1
    }

    /// The token at the cursor, for "found …" messages.
    fn found_here(&self) -> String {
        let rest = &self.s[self.pos..];
        let end = rest
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b',' | b';'))
            .unwrap_or(rest.len());
        let end = if end == 0 && !rest.is_empty() && rest[0] != b'\n' && rest[0] != b';' {
            1
        } else {
            end
        };
        String::from_utf8_lossy(&rest[..end.min(24)]).into_owned()
    }

    fn err(&self, expected: &str) -> ParseError {
        ParseError {
            line: self.line,
            column: self.column(),
            message: format!("{expected}, found {}", describe(&self.found_here())),
        }
    }

    fn err_at(&self, column: usize, expected: &str, found: &str) -> ParseError {
        ParseError {
            line: self.line,
            column,
            message: format!("{expected}, found {}", describe(found)),
        }
    }

    /// Skips spaces, tabs, carriage returns and a `;` comment, but not a newline.
    fn skip_ws(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\r' => self.pos += 1,
                b';' => {
                    while self.peek().is_some_and(|b| b != b'\n') {
                        self.pos += 1;
                    }
                }
                _ => break,
            }
        }
    }

    /// Skips whitespace, comments and newlines.
    fn skip_blank(&mut self) {
        loop {
            self.skip_ws();
            if self.peek() == Some(b'\n') {
                self.pos += 1;
                self.line += 1;
                self.line_start = self.pos;
            } else {
                break;
            }
        }
    }

    fn end_of_statement(&mut self) -> Result<(), ParseError> {
        self.skip_ws();
        match self.peek() {
            None => Ok(()),
            Some(b'\n') => Ok(()),
            Some(_) => Err(self.err("expected end of line")),
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.skip_ws();
        if self.peek() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, b: u8, what: &str) -> Result<(), ParseError> {
        if self.eat(b) {
            Ok(())
        } else {
            Err(self.err(&format!("expected {what}")))
        }
    }

    /// An identifier (`[A-Za-z_][A-Za-z0-9_]*`) and the column it starts at; empty if none.
    fn ident_at(&mut self) -> (usize, String) {
        self.skip_ws();
        let col = self.column();
        let start = self.pos;
        if self.peek().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_') {
            while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
                self.pos += 1;
            }
        }
        (col, String::from_utf8_lossy(&self.s[start..self.pos]).into_owned())
    }

    /// A raw token for a literal: letters, digits, `.`, `+`, `-`, `_`.
    fn literal(&mut self) -> (usize, String) {
        self.skip_ws();
        let col = self.column();
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-' | b'_'))
        {
            // `..` separates a range: stop before it.
            if self.peek() == Some(b'.') && self.s.get(self.pos + 1) == Some(&b'.') {
                break;
            }
            self.pos += 1;
        }
        (col, String::from_utf8_lossy(&self.s[start..self.pos]).into_owned())
    }

    fn number_u64(&mut self, what: &str) -> Result<u64, ParseError> {
        self.skip_ws();
        let col = self.column();
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_alphanumeric()) {
            self.pos += 1;
        }
        let tok = String::from_utf8_lossy(&self.s[start..self.pos]).into_owned();
        parse_uint(&tok).ok_or_else(|| self.err_at(col, &format!("expected {what}"), &tok))
    }

    fn number_u32(&mut self, what: &str) -> Result<u32, ParseError> {
        self.skip_ws();
        let col = self.column();
        let save = self.pos;
        let v = self.number_u64(what)?;
        u32::try_from(v).map_err(|_| {
            let tok = String::from_utf8_lossy(&self.s[save..self.pos]).into_owned();
            self.err_at(col, &format!("expected {what} (a 32-bit number)"), &tok)
        })
    }

    fn property(&mut self) -> Result<(Property, u32), ParseError> {
        let (col, name) = self.ident_at();
        let p = Property::from_name(&name)
            .ok_or_else(|| self.err_at(col, "expected a property name", &name))?;
        let v = self.number_u32("a property value")?;
        Ok((p, v))
    }

    /// `[a]` or `[a..b]`.
    fn bracket_range(&mut self) -> Result<(u32, u32), ParseError> {
        self.expect(b'[', "`[`")?;
        let first = self.number_u32("a register index")?;
        let last = if self.eat(b'.') {
            self.expect(b'.', "`..`")?;
            let col = self.column();
            let last = self.number_u32("the last register index")?;
            if last < first {
                return Err(self.err_at(
                    col,
                    &format!("expected a last index of at least {first}"),
                    &last.to_string(),
                ));
            }
            last
        } else {
            first
        };
        self.expect(b']', "`]`")?;
        Ok((first, last))
    }

    fn single_index(&mut self) -> Result<u32, ParseError> {
        self.expect(b'[', "`[`")?;
        let i = self.number_u32("a register index")?;
        self.expect(b']', "`]`")?;
        Ok(i)
    }

    fn keyword_after_comma(&mut self, what: &str) -> Result<(usize, String), ParseError> {
        self.expect(b',', &format!("`,` and {what}"))?;
        Ok(self.ident_at())
    }

    fn decl(&mut self) -> Result<Decl, ParseError> {
        let (col, name) = self.ident_at();
        let file = File::from_name(&name)
            .ok_or_else(|| self.err_at(col, "expected a register file", &name))?;
        match file {
            File::Temp => {
                let (first, last) = self.bracket_range()?;
                let local = if self.peek_after_ws() == Some(b',') {
                    let (col, kw) = self.keyword_after_comma("`LOCAL`")?;
                    if kw != "LOCAL" {
                        return Err(self.err_at(col, "expected `LOCAL`", &kw));
                    }
                    true
                } else {
                    false
                };
                Ok(Decl::Temp { first, last, local })
            }
            File::Addr => {
                let (first, last) = self.bracket_range()?;
                Ok(Decl::Addr { first, last })
            }
            File::Const => {
                let (a, b) = self.bracket_range()?;
                if self.peek_after_ws() == Some(b'[') {
                    if a != b {
                        return Err(self.err("expected a single constant buffer index"));
                    }
                    let (first, last) = self.bracket_range()?;
                    Ok(Decl::Const { buffer: a, first, last })
                } else {
                    Ok(Decl::Const { buffer: 0, first: a, last: b })
                }
            }
            File::Sv => {
                let index = self.single_index()?;
                let (col, kw) = self.keyword_after_comma("a system value name")?;
                let semantic = Semantic::from_name(&kw)
                    .ok_or_else(|| self.err_at(col, "expected a system value name", &kw))?;
                Ok(Decl::Sv { index, semantic })
            }
            File::Memory => {
                let index = self.single_index()?;
                let (col, kw) = self.keyword_after_comma("a memory kind")?;
                let kind = MemoryKind::from_name(&kw).ok_or_else(|| {
                    self.err_at(col, "expected GLOBAL, SHARED, PRIVATE or INPUT", &kw)
                })?;
                Ok(Decl::Memory { index, kind })
            }
            File::Buffer => {
                let index = self.single_index()?;
                let atomic = if self.peek_after_ws() == Some(b',') {
                    let (col, kw) = self.keyword_after_comma("`ATOMIC`")?;
                    if kw != "ATOMIC" {
                        return Err(self.err_at(col, "expected `ATOMIC`", &kw));
                    }
                    true
                } else {
                    false
                };
                Ok(Decl::Buffer { index, atomic })
            }
            File::Imm | File::In | File::Out => {
                Err(self.err_at(col, "expected TEMP, ADDR, CONST, SV, MEMORY or BUFFER", &name))
            }
        }
    }

    fn peek_after_ws(&mut self) -> Option<u8> {
        self.skip_ws();
        self.peek()
    }

    fn immediate(&mut self, expected_index: usize) -> Result<Immediate, ParseError> {
        self.expect(b'[', "`[`")?;
        let col = self.column();
        let idx = self.number_u64("an immediate index")?;
        if idx != expected_index as u64 {
            return Err(self.err_at(
                col,
                &format!(
                    "expected immediate index {expected_index} (immediates are numbered in order)"
                ),
                &idx.to_string(),
            ));
        }
        self.expect(b']', "`]`")?;
        let (col, tyname) = self.ident_at();
        let ty = ImmType::from_name(&tyname).ok_or_else(|| {
            self.err_at(col, "expected FLT32, UINT32, INT32, FLT64, UINT64 or INT64", &tyname)
        })?;
        self.expect(b'{', "`{`")?;
        let max = if ty.is_wide() { 2 } else { 4 };
        let mut lanes = [0u32; 4];
        let mut count = 0usize;
        loop {
            if count == max {
                return Err(self.err(&format!("expected `}}` (at most {max} values)")));
            }
            let (col, tok) = self.literal();
            let v = parse_imm_value(ty, &tok).ok_or_else(|| {
                self.err_at(col, &format!("expected a {} value", ty.name()), &tok)
            })?;
            if ty.is_wide() {
                lanes[2 * count] = v as u32;
                lanes[2 * count + 1] = (v >> 32) as u32;
            } else {
                lanes[count] = v as u32;
            }
            count += 1;
            if self.eat(b'}') {
                break;
            }
            self.expect(b',', "`,` or `}`")?;
        }
        Ok(Immediate { ty, lanes, count: count as u8 })
    }

    fn instruction(&mut self) -> Result<Instruction, ParseError> {
        let (col, name) = self.ident_at();
        let op = Opcode::from_mnemonic(&name)
            .ok_or_else(|| self.err_at(col, "expected an opcode", &name))?;
        let mut dst = Vec::with_capacity(op.num_dst());
        let mut src = Vec::with_capacity(op.num_src());
        let total = op.num_dst() + op.num_src();
        for i in 0..total {
            if i > 0 {
                self.expect(b',', &format!("`,` ({} takes {total} operands)", op.mnemonic()))?;
            }
            if i < op.num_dst() {
                dst.push(self.dst()?);
            } else {
                src.push(self.src()?);
            }
        }
        let label = if self.eat(b':') { Some(self.number_u32("a label")?) } else { None };
        Ok(Instruction { op, dst, src, label })
    }

    fn register(&mut self) -> Result<Register, ParseError> {
        let (col, name) = self.ident_at();
        let file =
            File::from_name(&name).ok_or_else(|| self.err_at(col, "expected a register", &name))?;
        self.expect(b'[', "`[`")?;
        let (index, indirect) = self.index()?;
        self.expect(b']', "`]`")?;
        if self.peek_after_ws() == Some(b'[') {
            if indirect.is_some() {
                return Err(self.err("expected a direct first index before a second one"));
            }
            self.pos += 1;
            let (index2, indirect2) = self.index()?;
            self.expect(b']', "`]`")?;
            return Ok(Register { file, index: index2, dim: Some(index), indirect: indirect2 });
        }
        Ok(Register { file, index, dim: None, indirect })
    }

    /// An index: `N`, `FILE[i].c`, or `FILE[i].c+N`.
    fn index(&mut self) -> Result<(u32, Option<Indirect>), ParseError> {
        self.skip_ws();
        if self.peek().is_some_and(|b| b.is_ascii_digit()) {
            return Ok((self.number_u32("a register index")?, None));
        }
        let (col, name) = self.ident_at();
        let file = File::from_name(&name)
            .ok_or_else(|| self.err_at(col, "expected a register index", &name))?;
        let i = self.single_index()?;
        self.expect(b'.', "`.` and a channel")?;
        let chan = self.channel()?;
        let offset = if self.eat(b'+') { self.number_u32("an index offset")? } else { 0 };
        Ok((offset, Some(Indirect { file, index: i, chan })))
    }

    fn channel(&mut self) -> Result<u8, ParseError> {
        match self.peek().and_then(chan_of) {
            Some(c) => {
                self.pos += 1;
                Ok(c)
            }
            None => Err(self.err("expected a channel (x, y, z or w)")),
        }
    }

    fn dst(&mut self) -> Result<Dst, ParseError> {
        let reg = self.register()?;
        let mut mask = 0xf;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            mask = 0;
            let col = self.column();
            let mut last: i32 = -1;
            while let Some(c) = self.peek().and_then(chan_of) {
                if i32::from(c) <= last {
                    return Err(self.err("expected writemask channels in xyzw order"));
                }
                last = i32::from(c);
                mask |= 1 << c;
                self.pos += 1;
            }
            if mask == 0 {
                return Err(self.err_at(col, "expected a writemask", &self.found_here()));
            }
        }
        Ok(Dst { reg, mask })
    }

    fn src(&mut self) -> Result<Src, ParseError> {
        let negate = self.eat(b'-');
        let abs = self.eat(b'|');
        let reg = self.register()?;
        let mut swizzle = [0, 1, 2, 3];
        if self.peek() == Some(b'.') {
            self.pos += 1;
            let col = self.column();
            let mut got = Vec::with_capacity(4);
            while let Some(c) = self.peek().and_then(chan_of) {
                got.push(c);
                self.pos += 1;
            }
            swizzle = match got.len() {
                1 => [got[0]; 4],
                4 => [got[0], got[1], got[2], got[3]],
                _ => {
                    let tok: String =
                        got.iter().map(|&c| ['x', 'y', 'z', 'w'][usize::from(c)]).collect();
                    return Err(self.err_at(col, "expected a swizzle of 1 or 4 channels", &tok));
                }
            };
        }
        if abs {
            self.expect(b'|', "closing `|`")?;
        }
        Ok(Src { reg, swizzle, negate, abs })
    }
}

fn chan_of(b: u8) -> Option<u8> {
    match b {
        b'x' => Some(0),
        b'y' => Some(1),
        b'z' => Some(2),
        b'w' => Some(3),
        _ => None,
    }
}

/// An unsigned integer in decimal or `0x` hexadecimal.
fn parse_uint(tok: &str) -> Option<u64> {
    if let Some(h) = tok.strip_prefix("0x").or_else(|| tok.strip_prefix("0X")) {
        if h.is_empty() || h.starts_with('+') {
            return None;
        }
        u64::from_str_radix(h, 16).ok()
    } else if tok.starts_with('+') {
        None
    } else {
        tok.parse().ok()
    }
}

/// One immediate value as raw bits (the low 32 bits for 32-bit types).
fn parse_imm_value(ty: ImmType, tok: &str) -> Option<u64> {
    let hex = tok.starts_with("0x") || tok.starts_with("0X");
    match ty {
        ImmType::Flt32 => {
            if hex {
                parse_uint(tok).filter(|v| *v <= u64::from(u32::MAX))
            } else if tok.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.') {
                tok.parse::<f32>().ok().map(|f| u64::from(f.to_bits()))
            } else {
                None
            }
        }
        ImmType::Flt64 => {
            if hex {
                parse_uint(tok)
            } else if tok.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.') {
                tok.parse::<f64>().ok().map(f64::to_bits)
            } else {
                None
            }
        }
        ImmType::Uint32 => parse_uint(tok).filter(|v| *v <= u64::from(u32::MAX)),
        ImmType::Int32 => {
            if hex {
                parse_uint(tok).filter(|v| *v <= u64::from(u32::MAX))
            } else {
                tok.parse::<i32>().ok().map(|v| u64::from(v as u32))
            }
        }
        ImmType::Uint64 => parse_uint(tok),
        ImmType::Int64 => {
            if hex {
                parse_uint(tok)
            } else {
                tok.parse::<i64>().ok().map(|v| v as u64)
            }
        }
    }
}
