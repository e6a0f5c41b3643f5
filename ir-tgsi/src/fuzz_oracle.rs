//! The fuzz oracle: what must hold for any input text. The `round_trip` cargo-fuzz target
//! (`ir-tgsi/fuzz`) and the stable driver (`tests/fuzz.rs`) call [`assert_round_trip`].
//! It sits above the text form, the validator and the interpreter, which know nothing of it.

use crate::interp;
use crate::program::{Decl, Property};
use crate::text;
use crate::validate::validate;

/// The round-trip oracle of the fuzz target and the property tests: if `src` parses, its
/// print must parse back to the same program and print identically; validating must not
/// panic; and a valid, small program must run (or fail with an error) on a tiny grid
/// without panicking or hanging. Panics when a guarantee is broken.
#[doc(hidden)]
pub fn assert_round_trip(src: &str) {
    let Ok(p) = text::parse(src) else { return };
    let printed = text::print(&p);
    let q = match text::parse(&printed) {
        Ok(q) => q,
        Err(e) => panic!("the print does not parse: {e}\n{printed}"),
    };
    assert_eq!(p, q, "parse(print(p)) != p for\n{printed}");
    assert_eq!(text::print(&q), printed, "print is not canonical");
    if validate(&p).is_err() {
        return;
    }
    let small = p.properties.iter().all(|&(_, v)| v <= 1 << 12)
        && p.decls.iter().all(|d| match *d {
            Decl::Temp { last, .. } | Decl::Addr { last, .. } => last < 1 << 10,
            _ => true,
        });
    if small {
        let block = p.property(Property::FixedBlockWidth).unwrap_or(2);
        let grid = interp::Grid {
            groups: [2, 1, 1],
            group_size: [
                block.clamp(1, 64),
                p.property(Property::FixedBlockHeight).unwrap_or(1).clamp(1, 4),
                p.property(Property::FixedBlockDepth).unwrap_or(1).clamp(1, 4),
            ],
            work_dim: 1,
        };
        let mut env = interp::Env {
            buffers: vec![vec![0; 64], vec![0; 64]],
            bindings: vec![0, 1, 0, 1],
            input: interp::global_address(0).to_le_bytes().to_vec(),
            dynamic_shared: 16,
        };
        let opts = interp::Options { budget: 20_000, max_call_depth: 16 };
        let _ = interp::run_with(&p, &grid, &mut env, &opts);
    }
}
