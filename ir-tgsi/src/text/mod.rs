//! The text form of TGSI programs, in Mesa's syntax: [`print()`] writes it, [`parse()`] reads it.
//!
//! `print(&parse(s)?)` is the canonical form of `s`, and `parse(&print(p)) == Ok(p)` for every
//! program the parser can produce (the filetests and the fuzz target check both).

mod parse;
mod print;

pub use parse::{parse, parse_with_map, ParseError, SourceMap};
pub use print::{decl_text, imm_text, inst_text, print, property_text};

/// The round-trip oracle of the fuzz target and the property tests: if `src` parses, its
/// print must parse back to the same program and print identically; validating must not
/// panic; and a valid, small program must run (or fail with an error) on a tiny grid
/// without panicking or hanging. Panics when a guarantee is broken.
#[doc(hidden)]
pub fn assert_round_trip(src: &str) {
    let Ok(p) = parse(src) else { return };
    let printed = print(&p);
    let q = match parse(&printed) {
        Ok(q) => q,
        Err(e) => panic!("the print does not parse: {e}\n{printed}"),
    };
    assert_eq!(p, q, "parse(print(p)) != p for\n{printed}");
    assert_eq!(print(&q), printed, "print is not canonical");
    if crate::validate(&p).is_err() {
        return;
    }
    let small = p.properties.iter().all(|&(_, v)| v <= 1 << 12)
        && p.decls.iter().all(|d| match *d {
            crate::Decl::Temp { last, .. } | crate::Decl::Addr { last, .. } => last < 1 << 10,
            _ => true,
        });
    if small {
        let block = p.property(crate::Property::FixedBlockWidth).unwrap_or(2);
        let grid = crate::interp::Grid {
            groups: [2, 1, 1],
            group_size: [
                block.clamp(1, 64),
                p.property(crate::Property::FixedBlockHeight).unwrap_or(1).clamp(1, 4),
                p.property(crate::Property::FixedBlockDepth).unwrap_or(1).clamp(1, 4),
            ],
            work_dim: 1,
        };
        let mut env = crate::interp::Env {
            buffers: vec![vec![0; 64], vec![0; 64]],
            bindings: vec![0, 1, 0, 1],
            input: crate::interp::global_address(0).to_le_bytes().to_vec(),
            dynamic_shared: 16,
        };
        let opts = crate::interp::Options { budget: 20_000, max_call_depth: 16 };
        let _ = crate::interp::run_with(&p, &grid, &mut env, &opts);
    }
}
