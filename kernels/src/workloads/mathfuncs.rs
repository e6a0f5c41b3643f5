//! `mathfuncs`: math-builtin-heavy element-wise code (sin, cos, exp, log, pow, sqrt, tanh,
//! atan2) — what a virtual ISA must lower through its own instruction set or libraries.

use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Instance, Tolerance};
use crate::workloads::support::ZipF32;

const LOCAL: usize = 256;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "mathfuncs",
    description: "transcendental math per element: sin, cos, exp, log, pow, sqrt, tanh, atan2",
    in_study: false,
    sizes: PerSize::new(16_384, 1 << 24, 1 << 26),
    label: |n| format!("n = {n}"),
    prepare,
    source: cl_source!("mathfuncs"),
    features: &[MathBuiltins, Loops, EarlyReturn],
    kernels: &["mathfuncs"],
    // OpenCL 1.2 full-profile bounds: sin/cos 4 ulp, exp/log 3 ulp, pow 16 ulp, tanh 5 ulp,
    // atan2 6 ulp, sqrt 3 ulp; 28 terms of magnitude ≤ ~16, summed in f32, against an f64
    // reference.
    tolerance: Tolerance::close(2e-4, 2e-5),
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    Box::new(ZipF32 {
        kernel: "mathfuncs",
        output: "out",
        local: LOCAL,
        a: inputs::f32s(&mut r, n, -3.0, 3.0),
        b: inputs::f32s(&mut r, n, -2.0, 2.0),
        f: |x, y| eval(x, y) as f32,
    })
}

/// One element, in f64.
pub fn eval(x: f32, y: f32) -> f64 {
    let y = y as f64;
    let mut acc = 0.0f64;
    for k in 0..4 {
        let xk = (x + 0.25 * k as f32) as f64;
        acc += xk.sin() * y.cos();
        acc += (-xk * xk).exp() + (1.0 + y * y).ln();
        acc += (1.0 + xk.abs()).powf(y) + (xk * y).abs().sqrt();
        acc += xk.tanh() + y.atan2(xk);
    }
    acc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_input_by_hand() {
        // x = y = 0: per k, sin(k/4) + exp(-(k/4)^2) + 1 + tanh(k/4) + atan2(0, k/4) (= 0).
        let want: f64 = (0..4)
            .map(|k| {
                let t = k as f64 / 4.0;
                t.sin() + (-t * t).exp() + 1.0 + t.tanh()
            })
            .sum();
        assert!((eval(0.0, 0.0) - want).abs() < 1e-12);
    }
}
