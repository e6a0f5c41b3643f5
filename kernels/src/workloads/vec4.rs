//! `vec4`: `float4` loads, stores, swizzles and `dot` — memory-bound streaming with 16-byte
//! accesses.

use crate::device::{Arg, Device, DeviceError};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{bytes, cover, map_kernel};

const LOCAL: usize = 256;
const A: f32 = 1.5;

/// The benchmark: n float4 elements.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "vec4",
    description: "float4 streaming: a·x + swizzled y, and dot(x, y) per element",
    in_study: false,
    sizes: PerSize::new(10_000, 1 << 23, 1 << 26),
    label: |n| format!("{n} float4"),
    prepare,
    source: cl_source!("vec4"),
    features: &[Vector4, MathBuiltins],
    kernels: &["axpy4"],
    // Values in [-1, 1]; FMA contraction of a·x + y and of the dot product's terms.
    tolerance: Tolerance::close(2e-6, 2e-6),
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    Box::new(Vec4Instance {
        x: inputs::f32s(&mut r, 4 * n, -1.0, 1.0),
        y: inputs::f32s(&mut r, 4 * n, -1.0, 1.0),
    })
}

#[derive(Debug)]
struct Vec4Instance {
    x: Vec<f32>,
    y: Vec<f32>,
}

impl Instance for Vec4Instance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n4 = self.x.len() / 4;
        let [out, dots] = map_kernel(
            dev,
            "axpy4",
            &[bytes(&self.x), bytes(&self.y)],
            [4 * n4, n4],
            &[Arg::f32(A), Arg::u32(n4 as u32)],
            &cover(n4, LOCAL),
        )?;
        Ok(outputs(out, dots))
    }

    fn reference(&self) -> Vec<Output> {
        const SWZ: [usize; 4] = [1, 0, 3, 2];
        let mut out = vec![0.0f32; self.x.len()];
        let mut dots = vec![0.0f32; self.x.len() / 4];
        for (i, d) in dots.iter_mut().enumerate() {
            let mut acc = 0.0f64;
            for c in 0..4 {
                let (xv, yv) = (self.x[4 * i + c] as f64, self.y[4 * i + c] as f64);
                out[4 * i + c] = (A as f64 * xv + self.y[4 * i + SWZ[c]] as f64) as f32;
                acc += xv * yv;
            }
            *d = acc as f32;
        }
        outputs(out, dots)
    }
}

fn outputs(out: Vec<f32>, dots: Vec<f32>) -> Vec<Output> {
    vec![
        Output::new("out", Data::F32(out)),
        Output::new("dots", Data::F32(dots)),
    ]
}
