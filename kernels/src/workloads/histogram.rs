//! `histogram`: 256-bin histogram of bytes with local atomics per group and a global atomic
//! merge. Exact (integer counts).

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::args;
use rand::Rng;

const LOCAL: usize = 256;
const BINS: usize = 256;

/// The benchmark: (bytes, work-groups of the grid-stride launch) per size.
pub static SPEC: WorkloadSpec<(usize, usize)> = WorkloadSpec {
    name: "histogram",
    description: "256-bin byte histogram: local atomics per group, global atomic merge",
    in_study: false,
    sizes: PerSize::new((65_536, 16), (1 << 26, 1024), (1 << 29, 4096)),
    label: |(n, groups)| format!("{n} bytes, {groups} groups of {LOCAL}"),
    prepare,
    source: cl_source!("histogram"),
    features: &[
        LocalAtomics,
        GlobalAtomics,
        StaticLocal,
        Barrier,
        Loops,
        Indirect,
    ],
    kernels: &["histogram256"],
    tolerance: Tolerance::Exact,
};

fn prepare((n, groups): (usize, usize), seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    // Skewed towards low values so some bins are hot.
    let data = (0..n)
        .map(|_| {
            let x: u8 = r.random();
            let y: u8 = r.random();
            x.min(y)
        })
        .collect();
    Box::new(HistogramInstance { data, groups })
}

#[derive(Debug)]
struct HistogramInstance {
    data: Vec<u8>,
    groups: usize,
}

impl Instance for HistogramInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let data = dev.upload(&self.data)?;
        let hist = dev.upload(&[0u32; BINS])?;
        dev.launch(
            "histogram256",
            &args(&[data, hist], &[Arg::u32(self.data.len() as u32)]),
            &Range::d1(self.groups * LOCAL, LOCAL),
        )?;
        Ok(vec![Output::new(
            "hist",
            Data::U32(dev.download(hist, BINS)?),
        )])
    }

    fn reference(&self) -> Vec<Output> {
        let mut h = vec![0u32; BINS];
        for &b in &self.data {
            h[b as usize] += 1;
        }
        vec![Output::new("hist", Data::U32(h))]
    }
}
