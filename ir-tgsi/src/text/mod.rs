//! The text form of TGSI programs, in Mesa's syntax: [`print()`] writes it, [`parse()`] reads it.
//!
//! `print(&parse(s)?)` is the canonical form of `s`, and `parse(&print(p)) == Ok(p)` for every
//! program the parser can produce (the filetests and the fuzz oracle check both).

mod parse;
mod print;

pub use parse::{parse, parse_with_map, ParseError, SourceMap};
pub use print::{decl_text, imm_text, inst_text, print, property_text};
