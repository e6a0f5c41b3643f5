//! `mathfuncs`: math-builtin-heavy element-wise code (sin, cos, exp, log, pow, sqrt, tanh,
//! atan2) — what a virtual ISA must lower through its own instruction set or libraries.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::workload::{Data, Feature, Instance, Output, Size, Tolerance, Workload};
use crate::workloads::support::round_up;

/// The benchmark.
#[derive(Debug)]
pub struct Mathfuncs;

const LOCAL: usize = 256;

fn n_for(size: Size) -> usize {
    match size {
        Size::Tiny => 16_384,
        Size::Paper => 1 << 24,
        Size::Large => 1 << 26,
    }
}

impl Workload for Mathfuncs {
    fn name(&self) -> &'static str {
        "mathfuncs"
    }
    fn description(&self) -> &'static str {
        "transcendental math per element: sin, cos, exp, log, pow, sqrt, tanh, atan2"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("mathfuncs.cl", include_str!("../../cl/mathfuncs.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["mathfuncs"]
    }
    fn features(&self) -> &'static [Feature] {
        &[Feature::MathBuiltins, Feature::Loops, Feature::EarlyReturn]
    }
    fn tolerance(&self) -> Tolerance {
        // OpenCL 1.2 full-profile bounds: sin/cos 4 ulp, exp/log 3 ulp, pow 16 ulp, tanh
        // 5 ulp, atan2 6 ulp, sqrt 3 ulp; 28 terms of magnitude ≤ ~16, summed in f32, against
        // an f64 reference.
        Tolerance::Close {
            abs: 2e-4,
            rel: 2e-5,
        }
    }
    fn size_label(&self, size: Size) -> String {
        format!("n = {}", n_for(size))
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        let n = n_for(size);
        let mut r = inputs::rng(seed);
        Box::new(MathInstance {
            x: inputs::f32s(&mut r, n, -3.0, 3.0),
            y: inputs::f32s(&mut r, n, -2.0, 2.0),
        })
    }
}

#[derive(Debug)]
struct MathInstance {
    x: Vec<f32>,
    y: Vec<f32>,
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

impl Instance for MathInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.x.len();
        let x = dev.upload(&self.x)?;
        let y = dev.upload(&self.y)?;
        let out = dev.alloc_n::<f32>(n)?;
        dev.launch(
            "mathfuncs",
            &[
                Arg::Buffer(x),
                Arg::Buffer(y),
                Arg::Buffer(out),
                Arg::u32(n as u32),
            ],
            &Range::d1(round_up(n, LOCAL), LOCAL),
        )?;
        Ok(vec![Output::new("out", Data::F32(dev.download(out, n)?))])
    }

    fn reference(&self) -> Vec<Output> {
        let out = self
            .x
            .iter()
            .zip(&self.y)
            .map(|(x, y)| eval(*x, *y) as f32)
            .collect();
        vec![Output::new("out", Data::F32(out))]
    }
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
