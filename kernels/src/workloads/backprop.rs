//! `backprop`: Rodinia's back-propagation benchmark — the input→hidden forward layer on the
//! device (16×16 work-groups, `__local` tree reduction), the small hidden→output layer and the
//! error terms on the host, then the input→hidden weight adjustment on the device.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::sigmoid;

const TILE: usize = 16;
const HID: usize = 16;
const ETA: f32 = 0.3;
const MOMENTUM: f32 = 0.3;
const TARGET: f32 = 0.1;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "backprop",
    description: "neural-net layer: forward pass with local tree reduction, then weight adjustment",
    in_study: true,
    sizes: PerSize::new(1024, 4_194_304, 16_777_216),
    label: |n| format!("{n} input units, {HID} hidden"),
    prepare,
    source: cl_source!("backprop"),
    features: &[LocalArg, Barrier, Loops, TwoD, MultiKernel],
    kernels: &["layer_forward", "adjust_weights"],
    // The reductions follow the device's order exactly; what remains is FMA contraction in
    // the products and the adjustment (a few ulp of values of magnitude ≤ ~1).
    tolerance: Tolerance::close(1e-5, 1e-4),
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    let mut input = inputs::f32s(&mut r, n + 1, 0.0, 1.0);
    input[0] = 1.0;
    Box::new(BackpropInstance {
        n,
        input,
        weights: inputs::f32s(&mut r, (n + 1) * (HID + 1), -0.01, 0.01),
        hidden_weights: inputs::f32s(&mut r, HID + 1, -1.0, 1.0),
    })
}

#[derive(Debug)]
struct BackpropInstance {
    n: usize,
    /// `n + 1` input units; unit 0 is the bias (1.0).
    input: Vec<f32>,
    /// `(n + 1) × (HID + 1)` input→hidden weights.
    weights: Vec<f32>,
    /// `HID + 1` hidden→output weights (one output unit).
    hidden_weights: Vec<f32>,
}

impl BackpropInstance {
    /// Host part: hidden activations from the per-group partial sums, the output unit, and
    /// the hidden deltas. Returns (hidden units, hidden deltas), both `HID + 1` long.
    fn host_layer(&self, partial: &[f32]) -> (Vec<f32>, Vec<f32>) {
        let groups = self.n / TILE;
        let mut hidden = vec![0.0f32; HID + 1];
        hidden[0] = 1.0;
        for j in 1..=HID {
            let mut sum = 0.0f32;
            for g in 0..groups {
                sum += partial[g * HID + j - 1];
            }
            sum += self.weights[j];
            hidden[j] = sigmoid(sum);
        }
        let mut o = 0.0f32;
        for (h, w) in hidden.iter().zip(&self.hidden_weights) {
            o += h * w;
        }
        let o = sigmoid(o);
        let delta_o = o * (1.0 - o) * (TARGET - o);
        let mut delta = vec![0.0f32; HID + 1];
        for j in 1..=HID {
            delta[j] = hidden[j] * (1.0 - hidden[j]) * delta_o * self.hidden_weights[j];
        }
        (hidden, delta)
    }
}

impl Instance for BackpropInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let groups = self.n / TILE;
        let input = dev.upload(&self.input)?;
        let weights = dev.upload(&self.weights)?;
        let partial = dev.alloc_n::<f32>(groups * HID)?;
        // Blocks along dimension 0 (see backprop.cl: dimension 1 is limited to 65,535 groups).
        let range = Range::d2([self.n, TILE], [TILE, TILE]);
        dev.launch(
            "layer_forward",
            &[
                Arg::Buffer(input),
                Arg::Buffer(weights),
                Arg::Buffer(partial),
                Arg::local::<f32>(TILE),
                Arg::local::<f32>(TILE * TILE),
                Arg::u32(HID as u32),
            ],
            &range,
        )?;
        let partial = dev.download::<f32>(partial, groups * HID)?;
        let (hidden, delta) = self.host_layer(&partial);
        // The forward kernel overwrote the weights with its reduction tiles: restore them.
        dev.write_slice(weights, &self.weights)?;
        let delta_buf = dev.upload(&delta)?;
        let old = dev.upload(&vec![0.0f32; self.weights.len()])?;
        dev.launch(
            "adjust_weights",
            &[
                Arg::Buffer(delta_buf),
                Arg::u32(HID as u32),
                Arg::Buffer(input),
                Arg::Buffer(weights),
                Arg::Buffer(old),
            ],
            &range,
        )?;
        Ok(vec![
            Output::new("hidden", Data::F32(hidden)),
            Output::new(
                "weights",
                Data::F32(dev.download(weights, self.weights.len())?),
            ),
        ])
    }

    fn reference(&self) -> Vec<Output> {
        let groups = self.n / TILE;
        let mut partial = vec![0.0f32; groups * HID];
        let mut prod = [0.0f32; TILE];
        for g in 0..groups {
            for j in 0..HID {
                for (ty, p) in prod.iter_mut().enumerate() {
                    let row = g * TILE + ty + 1;
                    *p = self.weights[row * (HID + 1) + j + 1] * self.input[row];
                }
                let mut step = 1;
                while step < TILE {
                    for ty in (0..TILE).step_by(2 * step) {
                        prod[ty] += prod[ty + step];
                    }
                    step *= 2;
                }
                partial[g * HID + j] = prod[0];
            }
        }
        let (hidden, delta) = self.host_layer(&partial);
        let mut w = self.weights.clone();
        // Previous changes start at zero, so the momentum term vanishes.
        for row in 1..=self.n {
            for j in 1..=HID {
                w[row * (HID + 1) + j] += ETA * delta[j] * self.input[row] + MOMENTUM * 0.0;
            }
        }
        for (j, d) in delta.iter().enumerate().skip(1) {
            w[j] += ETA * d + MOMENTUM * 0.0;
        }
        vec![
            Output::new("hidden", Data::F32(hidden)),
            Output::new("weights", Data::F32(w)),
        ]
    }
}
