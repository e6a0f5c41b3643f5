//! `atomics64`: 64-bit global atomic adds and increments into 64 buckets
//! (`cl_khr_int64_base_atomics`). Exact: the sums do not depend on the order.

use crate::device::{Arg, Device, DeviceError, DeviceExt};
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{args, cover};

const LOCAL: usize = 256;
const BUCKETS: usize = 64;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "atomics64",
    description: "64-bit global atomic add and increment into 64 buckets",
    in_study: false,
    sizes: PerSize::new(50_000, 1 << 24, 1 << 27),
    label: |n| format!("n = {n}, {BUCKETS} buckets"),
    // The values depend only on the index; the seed picks n's low bits so that seeds still
    // give different problems.
    prepare: |n, seed| {
        Box::new(Atomics64Instance {
            n: n - (seed % 61) as usize,
        })
    },
    source: cl_source!("atomics64"),
    features: &[Atomics64, GlobalAtomics, Int64, EarlyReturn],
    kernels: &["bucket_sums"],
    tolerance: Tolerance::Exact,
};

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
            &args(&[sums, count], &[Arg::u32(self.n as u32)]),
            &cover(self.n, LOCAL),
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
