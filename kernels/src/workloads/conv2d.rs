//! `conv2d`: 5×5 convolution over a 2-D NDRange with the filter in `__constant` memory.

use crate::device::{Arg, Device, DeviceError};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{bytes, cover_square, map_kernel};

const BS: usize = 16;
const R: usize = 2;
const W: usize = 2 * R + 1;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "conv2d",
    description: "5×5 image convolution with the filter in __constant memory",
    in_study: false,
    sizes: PerSize::new(120, 4096, 16384),
    label: |n| format!("{n} × {n} image, {W} × {W} filter"),
    prepare,
    source: cl_source!("conv2d"),
    features: &[ConstantMemory, TwoD, Loops, EarlyReturn],
    kernels: &["conv2d"],
    // 25 products of values in [0, 1] × [-1, 1], f32 (maybe fused) vs f64.
    tolerance: Tolerance::close(1e-5, 1e-5),
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    Box::new(ConvInstance {
        n,
        img: inputs::f32s(&mut r, n * n, 0.0, 1.0),
        filter: inputs::f32s(&mut r, W * W, -1.0, 1.0),
    })
}

#[derive(Debug)]
struct ConvInstance {
    n: usize,
    img: Vec<f32>,
    filter: Vec<f32>,
}

impl Instance for ConvInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.n;
        let [out] = map_kernel(
            dev,
            "conv2d",
            &[bytes(&self.img), bytes(&self.filter)],
            [n * n],
            &[Arg::i32(n as i32), Arg::i32(n as i32)],
            &cover_square(n, BS),
        )?;
        Ok(vec![Output::new("out", Data::F32(out))])
    }

    fn reference(&self) -> Vec<Output> {
        let n = self.n as isize;
        let mut out = vec![0.0f32; self.img.len()];
        for r in 0..n {
            for c in 0..n {
                let mut acc = 0.0f64;
                for dy in -(R as isize)..=R as isize {
                    let rr = (r + dy).clamp(0, n - 1);
                    for dx in -(R as isize)..=R as isize {
                        let cc = (c + dx).clamp(0, n - 1);
                        let f = self.filter
                            [((dy + R as isize) * W as isize + dx + R as isize) as usize];
                        acc += f as f64 * self.img[(rr * n + cc) as usize] as f64;
                    }
                }
                out[(r * n + c) as usize] = acc as f32;
            }
        }
        vec![Output::new("out", Data::F32(out))]
    }
}
