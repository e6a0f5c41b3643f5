//! `vadd`: the simplest streaming kernel, c = a + b.

use crate::device::{Arg, Device, DeviceError};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::{Data, Feature, Instance, Output, Tolerance};
use crate::workloads::support::{bytes, cover, map_kernel};

const LOCAL: usize = 256;

/// The workload.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "vadd",
    kernels: &["vadd"],
    description: "vector addition c = a + b (streaming, memory bound)",
    features: &[Feature::EarlyReturn],
    source: cl_source!("vadd"),
    tolerance: Tolerance::Exact,
    in_study: false,
    sizes: PerSize::new(1000, 1 << 24, 1 << 28),
    label: |n| format!("n = {n}"),
    prepare,
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    Box::new(VaddInstance {
        a: inputs::f32s(&mut r, n, -1.0, 1.0),
        b: inputs::f32s(&mut r, n, -1.0, 1.0),
    })
}

struct VaddInstance {
    a: Vec<f32>,
    b: Vec<f32>,
}

impl Instance for VaddInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.a.len();
        let [c] = map_kernel(
            dev,
            "vadd",
            &[bytes(&self.a), bytes(&self.b)],
            [n],
            &[Arg::u32(n as u32)],
            &cover(n, LOCAL),
        )?;
        Ok(vec![Output::new("c", Data::F32(c))])
    }
    fn reference(&self) -> Vec<Output> {
        let c = self.a.iter().zip(&self.b).map(|(x, y)| x + y).collect();
        vec![Output::new("c", Data::F32(c))]
    }
}
