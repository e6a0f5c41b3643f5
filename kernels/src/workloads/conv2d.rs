//! `conv2d`: 5×5 convolution over a 2-D NDRange with the filter in `__constant` memory.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::workload::{Data, Feature, Instance, Output, Size, Tolerance, Workload};
use crate::workloads::support::round_up;

/// The benchmark.
#[derive(Debug)]
pub struct Conv2d;

const BS: usize = 16;
const R: usize = 2;
const W: usize = 2 * R + 1;

fn n_for(size: Size) -> usize {
    match size {
        Size::Tiny => 120,
        Size::Paper => 4096,
        Size::Large => 16384,
    }
}

impl Workload for Conv2d {
    fn name(&self) -> &'static str {
        "conv2d"
    }
    fn description(&self) -> &'static str {
        "5×5 image convolution with the filter in __constant memory"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("conv2d.cl", include_str!("../../cl/conv2d.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["conv2d"]
    }
    fn features(&self) -> &'static [Feature] {
        &[
            Feature::ConstantMemory,
            Feature::TwoD,
            Feature::Loops,
            Feature::EarlyReturn,
        ]
    }
    fn tolerance(&self) -> Tolerance {
        // 25 products of values in [0, 1] × [-1, 1], f32 (maybe fused) vs f64.
        Tolerance::Close {
            abs: 1e-5,
            rel: 1e-5,
        }
    }
    fn size_label(&self, size: Size) -> String {
        let n = n_for(size);
        format!("{n} × {n} image, {W} × {W} filter")
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        let n = n_for(size);
        let mut r = inputs::rng(seed);
        Box::new(ConvInstance {
            n,
            img: inputs::f32s(&mut r, n * n, 0.0, 1.0),
            filter: inputs::f32s(&mut r, W * W, -1.0, 1.0),
        })
    }
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
        let img = dev.upload(&self.img)?;
        let filter = dev.upload(&self.filter)?;
        let out = dev.alloc_n::<f32>(n * n)?;
        let g = round_up(n, BS);
        dev.launch(
            "conv2d",
            &[
                Arg::Buffer(img),
                Arg::Buffer(filter),
                Arg::Buffer(out),
                Arg::i32(n as i32),
                Arg::i32(n as i32),
            ],
            &Range::d2([g, g], [BS, BS]),
        )?;
        Ok(vec![Output::new(
            "out",
            Data::F32(dev.download(out, n * n)?),
        )])
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
