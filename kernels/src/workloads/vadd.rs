//! `vadd`: the simplest streaming kernel, c = a + b.

use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Instance, Tolerance};
use crate::workloads::support::ZipF32;

const LOCAL: usize = 256;

/// The workload.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "vadd",
    description: "vector addition c = a + b (streaming, memory bound)",
    in_study: false,
    sizes: PerSize::new(1000, 1 << 24, 1 << 28),
    label: |n| format!("n = {n}"),
    prepare,
    source: cl_source!("vadd"),
    features: &[EarlyReturn],
    kernels: &["vadd"],
    tolerance: Tolerance::Exact,
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    Box::new(ZipF32 {
        kernel: "vadd",
        output: "c",
        local: LOCAL,
        a: inputs::f32s(&mut r, n, -1.0, 1.0),
        b: inputs::f32s(&mut r, n, -1.0, 1.0),
        f: |x, y| x + y,
    })
}
