//! `scan`: exclusive prefix sum of `uint`s — per-group work-efficient scan with a `__local`
//! argument, recursive scan of the group totals, then an add kernel. Exact.

use crate::device::{Arg, BufferId, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{args, cover};

const LOCAL: usize = 256;
const PER_GROUP: usize = 2 * LOCAL;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "scan",
    description: "exclusive prefix sum: local up/down-sweep per group, recursive totals, add pass",
    in_study: false,
    sizes: PerSize::new(50_000, 1 << 25, 1 << 28),
    label: |n| format!("n = {n}"),
    prepare,
    source: cl_source!("scan"),
    features: &[LocalArg, Barrier, Loops, MultiKernel, HostLoop],
    kernels: &["scan_block", "add_offsets"],
    tolerance: Tolerance::Exact,
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    Box::new(ScanInstance {
        data: inputs::u32s(&mut r, n, 0, 1000),
    })
}

#[derive(Debug)]
struct ScanInstance {
    data: Vec<u32>,
}

/// Exclusive scan of `input` (n elements) into `output`, recursing on the group totals.
fn scan_device(
    dev: &mut dyn Device,
    input: BufferId,
    output: BufferId,
    n: usize,
) -> Result<(), DeviceError> {
    let groups = n.div_ceil(PER_GROUP);
    let totals = dev.alloc_n::<u32>(groups)?;
    dev.launch(
        "scan_block",
        &args(
            &[input, output, totals],
            &[Arg::local::<u32>(PER_GROUP), Arg::u32(n as u32)],
        ),
        &Range::d1(groups * LOCAL, LOCAL),
    )?;
    if groups > 1 {
        let offsets = dev.alloc_n::<u32>(groups)?;
        scan_device(dev, totals, offsets, groups)?;
        dev.launch(
            "add_offsets",
            &args(&[output, offsets], &[Arg::u32(n as u32)]),
            &cover(n, LOCAL),
        )?;
    }
    Ok(())
}

/// Exclusive prefix sum with wrapping adds.
pub fn exclusive_scan(v: &[u32]) -> Vec<u32> {
    let mut acc = 0u32;
    v.iter()
        .map(|x| {
            let r = acc;
            acc = acc.wrapping_add(*x);
            r
        })
        .collect()
}

impl Instance for ScanInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.data.len();
        let input = dev.upload(&self.data)?;
        let output = dev.alloc_n::<u32>(n)?;
        scan_device(dev, input, output, n)?;
        Ok(vec![Output::new(
            "prefix",
            Data::U32(dev.download(output, n)?),
        )])
    }

    fn reference(&self) -> Vec<Output> {
        vec![Output::new("prefix", Data::U32(exclusive_scan(&self.data)))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclusive_by_hand() {
        assert_eq!(exclusive_scan(&[3, 1, 4, 1, 5]), vec![0, 3, 4, 8, 9]);
        assert_eq!(exclusive_scan(&[u32::MAX, 2, 0]), vec![0, u32::MAX, 1]);
    }
}
