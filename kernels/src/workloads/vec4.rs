//! `vec4`: `float4` loads, stores, swizzles and `dot` — memory-bound streaming with 16-byte
//! accesses.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::workload::{Data, Feature, Instance, Output, Size, Tolerance, Workload};
use crate::workloads::support::round_up;

/// The benchmark.
#[derive(Debug)]
pub struct Vec4;

const LOCAL: usize = 256;
const A: f32 = 1.5;

/// Number of float4 elements.
fn n_for(size: Size) -> usize {
    match size {
        Size::Tiny => 10_000,
        Size::Paper => 1 << 23,
        Size::Large => 1 << 26,
    }
}

impl Workload for Vec4 {
    fn name(&self) -> &'static str {
        "vec4"
    }
    fn description(&self) -> &'static str {
        "float4 streaming: a·x + swizzled y, and dot(x, y) per element"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("vec4.cl", include_str!("../../cl/vec4.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["axpy4"]
    }
    fn features(&self) -> &'static [Feature] {
        &[Feature::Vector4, Feature::MathBuiltins]
    }
    fn tolerance(&self) -> Tolerance {
        // Values in [-1, 1]; FMA contraction of a·x + y and of the dot product's terms.
        Tolerance::Close {
            abs: 2e-6,
            rel: 2e-6,
        }
    }
    fn size_label(&self, size: Size) -> String {
        format!("{} float4", n_for(size))
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        let n = n_for(size);
        let mut r = inputs::rng(seed);
        Box::new(Vec4Instance {
            x: inputs::f32s(&mut r, 4 * n, -1.0, 1.0),
            y: inputs::f32s(&mut r, 4 * n, -1.0, 1.0),
        })
    }
}

#[derive(Debug)]
struct Vec4Instance {
    x: Vec<f32>,
    y: Vec<f32>,
}

impl Instance for Vec4Instance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n4 = self.x.len() / 4;
        let x = dev.upload(&self.x)?;
        let y = dev.upload(&self.y)?;
        let out = dev.alloc_n::<f32>(4 * n4)?;
        let dots = dev.alloc_n::<f32>(n4)?;
        dev.launch(
            "axpy4",
            &[
                Arg::Buffer(x),
                Arg::Buffer(y),
                Arg::Buffer(out),
                Arg::Buffer(dots),
                Arg::f32(A),
                Arg::u32(n4 as u32),
            ],
            &Range::d1(round_up(n4, LOCAL), LOCAL),
        )?;
        Ok(vec![
            Output::new("out", Data::F32(dev.download(out, 4 * n4)?)),
            Output::new("dots", Data::F32(dev.download(dots, n4)?)),
        ])
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
        vec![
            Output::new("out", Data::F32(out)),
            Output::new("dots", Data::F32(dots)),
        ]
    }
}
