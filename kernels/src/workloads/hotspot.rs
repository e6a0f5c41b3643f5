//! `hotspot`: Rodinia's thermal simulation — a 2-D five-point stencil with a static
//! `__local` tile plus halo, one launch per time step (host loop, ping-pong buffers).

use crate::device::{Arg, Device, DeviceError, DeviceExt};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::cover_square;

const BS: usize = 16;
const CAP_INV: f32 = 0.5;
const RX_INV: f32 = 0.1;
const RY_INV: f32 = 0.1;
const RZ_INV: f32 = 0.01;
const AMBIENT: f32 = 80.0;

/// The benchmark: (grid side, time steps) per size.
pub static SPEC: WorkloadSpec<(usize, usize)> = WorkloadSpec {
    name: "hotspot",
    description: "thermal simulation: 2-D stencil over local tiles with halo, one launch per step",
    in_study: false,
    sizes: PerSize::new((100, 4), (8192, 10), (16384, 10)),
    label: |(n, steps)| format!("{n} × {n} grid, {steps} steps"),
    prepare,
    source: cl_source!("hotspot"),
    features: &[StaticLocal, Barrier, TwoD, HostLoop, EarlyReturn],
    kernels: &["hotspot_step"],
    // Temperatures ~300; FMA contraction changes the last bits of each step's update.
    tolerance: Tolerance::close(1e-4, 1e-5),
};

fn prepare((n, steps): (usize, usize), seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    Box::new(HotspotInstance {
        n,
        steps,
        power: inputs::f32s(&mut r, n * n, 0.0, 1.0),
        temp: inputs::f32s(&mut r, n * n, 320.0, 340.0),
    })
}

#[derive(Debug)]
struct HotspotInstance {
    n: usize,
    steps: usize,
    power: Vec<f32>,
    temp: Vec<f32>,
}

impl Instance for HotspotInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.n;
        let power = dev.upload(&self.power)?;
        let mut a = dev.upload(&self.temp)?;
        let mut b = dev.alloc_n::<f32>(n * n)?;
        for _ in 0..self.steps {
            dev.launch(
                "hotspot_step",
                &[
                    Arg::Buffer(power),
                    Arg::Buffer(a),
                    Arg::Buffer(b),
                    Arg::i32(n as i32),
                    Arg::i32(n as i32),
                    Arg::f32(CAP_INV),
                    Arg::f32(RX_INV),
                    Arg::f32(RY_INV),
                    Arg::f32(RZ_INV),
                    Arg::f32(AMBIENT),
                ],
                &cover_square(n, BS),
            )?;
            std::mem::swap(&mut a, &mut b);
        }
        Ok(vec![Output::new(
            "temperature",
            Data::F32(dev.download(a, n * n)?),
        )])
    }

    fn reference(&self) -> Vec<Output> {
        let n = self.n;
        let mut t = self.temp.clone();
        let mut next = vec![0.0f32; n * n];
        for _ in 0..self.steps {
            for r in 0..n {
                for c in 0..n {
                    let center = t[r * n + c];
                    let w = t[r * n + c.saturating_sub(1)];
                    let e = t[r * n + (c + 1).min(n - 1)];
                    let nn = t[r.saturating_sub(1) * n + c];
                    let s = t[(r + 1).min(n - 1) * n + c];
                    let horiz = (w + e - 2.0 * center) * RX_INV;
                    let vert = (nn + s - 2.0 * center) * RY_INV;
                    let delta = CAP_INV
                        * (self.power[r * n + c] + horiz + vert + (AMBIENT - center) * RZ_INV);
                    next[r * n + c] = center + delta;
                }
            }
            std::mem::swap(&mut t, &mut next);
        }
        vec![Output::new("temperature", Data::F32(t))]
    }
}
