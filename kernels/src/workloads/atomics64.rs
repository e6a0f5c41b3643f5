//! `atomics64`: 64-bit global atomic adds and increments into 64 buckets
//! (`cl_khr_int64_base_atomics`). Exact: the sums do not depend on the order.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::workload::{Data, Feature, Instance, Output, Size, Tolerance, Workload};
use crate::workloads::support::round_up;

/// The benchmark.
#[derive(Debug)]
pub struct Atomics64;

const LOCAL: usize = 256;
const BUCKETS: usize = 64;

fn n_for(size: Size) -> usize {
    match size {
        Size::Tiny => 50_000,
        Size::Paper => 1 << 24,
        Size::Large => 1 << 27,
    }
}

impl Workload for Atomics64 {
    fn name(&self) -> &'static str {
        "atomics64"
    }
    fn description(&self) -> &'static str {
        "64-bit global atomic add and increment into 64 buckets"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("atomics64.cl", include_str!("../../cl/atomics64.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["bucket_sums"]
    }
    fn features(&self) -> &'static [Feature] {
        &[
            Feature::Atomics64,
            Feature::GlobalAtomics,
            Feature::Int64,
            Feature::EarlyReturn,
        ]
    }
    fn tolerance(&self) -> Tolerance {
        Tolerance::Exact
    }
    fn size_label(&self, size: Size) -> String {
        format!("n = {}, {BUCKETS} buckets", n_for(size))
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        // The values depend only on the index; the seed picks n's low bits so that seeds
        // still give different problems.
        Box::new(Atomics64Instance {
            n: n_for(size) - (seed % 61) as usize,
        })
    }
}

#[derive(Debug)]
struct Atomics64Instance {
    n: usize,
}

impl Instance for Atomics64Instance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let sums = dev.upload(&[0u64; BUCKETS])?;
        let count = dev.upload(&[0u64; BUCKETS])?;
        dev.launch(
            "bucket_sums",
            &[
                Arg::Buffer(sums),
                Arg::Buffer(count),
                Arg::u32(self.n as u32),
            ],
            &Range::d1(round_up(self.n, LOCAL), LOCAL),
        )?;
        Ok(vec![
            Output::new("sums", Data::U64(dev.download(sums, BUCKETS)?)),
            Output::new("count", Data::U64(dev.download(count, BUCKETS)?)),
        ])
    }

    fn reference(&self) -> Vec<Output> {
        let mut sums = vec![0u64; BUCKETS];
        let mut count = vec![0u64; BUCKETS];
        for i in 0..self.n as u32 {
            let v = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20;
            let b = (v % BUCKETS as u64) as usize;
            sums[b] = sums[b].wrapping_add(v);
            count[b] += 1;
        }
        vec![
            Output::new("sums", Data::U64(sums)),
            Output::new("count", Data::U64(count)),
        ]
    }
}
