//! `reduce`: multi-pass float sum with a `__local` tree reduction per work-group. The CPU
//! reference adds in the device's tree order, so the result is bit-exact.

use crate::device::{Arg, Device, DeviceError, DeviceExt};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{args, cover};

const LOCAL: usize = 256;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "reduce",
    description: "float sum: local-memory tree reduction per group, passes until one value",
    in_study: false,
    sizes: PerSize::new(60_000, 1 << 25, 1 << 28),
    label: |n| format!("n = {n}"),
    prepare,
    source: cl_source!("reduce"),
    features: &[LocalArg, Barrier, Loops, HostLoop],
    kernels: &["reduce_sum"],
    // Additions only, in the same tree order: nothing to contract or reassociate.
    tolerance: Tolerance::Exact,
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    Box::new(ReduceInstance {
        data: inputs::f32s(&mut r, n, -1.0, 1.0),
    })
}

#[derive(Debug)]
struct ReduceInstance {
    data: Vec<f32>,
}

/// One pass: tree sums of consecutive groups of `LOCAL` (zero padded).
pub fn tree_pass(data: &[f32]) -> Vec<f32> {
    data.chunks(LOCAL)
        .map(|c| {
            let mut s = [0.0f32; LOCAL];
            s[..c.len()].copy_from_slice(c);
            let mut w = LOCAL / 2;
            while w > 0 {
                for i in 0..w {
                    s[i] += s[i + w];
                }
                w /= 2;
            }
            s[0]
        })
        .collect()
}

impl Instance for ReduceInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let mut n = self.data.len();
        let mut input = dev.upload(&self.data)?;
        let mut first = None;
        loop {
            let groups = n.div_ceil(LOCAL);
            let out = dev.alloc_n::<f32>(groups)?;
            dev.launch(
                "reduce_sum",
                &args(
                    &[input, out],
                    &[Arg::local::<f32>(LOCAL), Arg::u32(n as u32)],
                ),
                &cover(n, LOCAL),
            )?;
            if first.is_none() {
                first = Some(dev.download::<f32>(out, groups)?);
            }
            input = out;
            n = groups;
            if n == 1 {
                break;
            }
        }
        let first = first.unwrap_or_default();
        let sum = dev.download::<f32>(input, 1)?;
        Ok(vec![
            Output::new("partials", Data::F32(first)),
            Output::new("sum", Data::F32(sum)),
        ])
    }

    fn reference(&self) -> Vec<Output> {
        let first = tree_pass(&self.data);
        let mut v = first.clone();
        while v.len() > 1 {
            v = tree_pass(&v);
        }
        vec![
            Output::new("partials", Data::F32(first)),
            Output::new("sum", Data::F32(v)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_small_inputs() {
        assert_eq!(tree_pass(&[1.0, 2.0, 3.0]), vec![6.0]);
        let v: Vec<f32> = (0..600).map(|i| i as f32).collect();
        let p = tree_pass(&v);
        assert_eq!(p.len(), 3);
        assert_eq!(p.iter().sum::<f32>(), 179_700.0);
    }
}
