//! `histogram`: 256-bin histogram of bytes with local atomics per group and a global atomic
//! merge. Exact (integer counts).

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::workload::{Data, Feature, Instance, Output, Size, Tolerance, Workload};
use rand::Rng;

/// The benchmark.
#[derive(Debug)]
pub struct Histogram;

const LOCAL: usize = 256;
const BINS: usize = 256;

/// (bytes, work-groups of the grid-stride launch).
fn dims(size: Size) -> (usize, usize) {
    match size {
        Size::Tiny => (65_536, 16),
        Size::Paper => (1 << 26, 1024),
        Size::Large => (1 << 29, 4096),
    }
}

impl Workload for Histogram {
    fn name(&self) -> &'static str {
        "histogram"
    }
    fn description(&self) -> &'static str {
        "256-bin byte histogram: local atomics per group, global atomic merge"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("histogram.cl", include_str!("../../cl/histogram.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["histogram256"]
    }
    fn features(&self) -> &'static [Feature] {
        &[
            Feature::LocalAtomics,
            Feature::GlobalAtomics,
            Feature::StaticLocal,
            Feature::Barrier,
            Feature::Loops,
            Feature::Indirect,
        ]
    }
    fn tolerance(&self) -> Tolerance {
        Tolerance::Exact
    }
    fn size_label(&self, size: Size) -> String {
        let (n, groups) = dims(size);
        format!("{n} bytes, {groups} groups of {LOCAL}")
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        let (n, groups) = dims(size);
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
            &[
                Arg::Buffer(data),
                Arg::Buffer(hist),
                Arg::u32(self.data.len() as u32),
            ],
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
