//! Compilation-path benchmarks (being written).
fn main() {}
