//! `opcodes`: a `switch` on a per-element op byte with early returns in most cases —
//! divergent, data-dependent control flow. Exact.

use crate::device::{Arg, Device, DeviceError};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{bytes, cover, map_kernel};

const LOCAL: usize = 256;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "opcodes",
    description: "per-element integer interpreter: switch on an op byte with early returns",
    in_study: false,
    sizes: PerSize::new(65_536, 1 << 25, 1 << 28),
    label: |n| format!("n = {n}"),
    prepare,
    source: cl_source!("opcodes"),
    features: &[Switch, EarlyReturn, DataDependentBranches],
    kernels: &["apply_ops"],
    tolerance: Tolerance::Exact,
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    // Ops 0..=8 (8 hits the default case); |operands| < 2^15 keeps products in range.
    let ops = inputs::u32s(&mut r, n, 0, 9)
        .into_iter()
        .map(|v| v as u8)
        .collect();
    Box::new(OpcodesInstance {
        ops,
        a: inputs::i32s(&mut r, n, -32768, 32768),
        b: inputs::i32s(&mut r, n, -32768, 32768),
    })
}

#[derive(Debug)]
struct OpcodesInstance {
    ops: Vec<u8>,
    a: Vec<i32>,
    b: Vec<i32>,
}

/// What one work-item computes.
pub fn apply(op: u8, x: i32, y: i32) -> i32 {
    match op {
        0 => x.wrapping_add(y),
        1 => x.wrapping_sub(y),
        2 => x.wrapping_mul(y),
        3 if y == 0 => 0,
        3 => x.wrapping_div(y),
        4 => (((x as u32) << (y & 31)) as i32).wrapping_add(1),
        5 => x.max(y) + 1,
        6 => (x ^ y) + 1,
        7 => (x >> (y & 7)) + 1,
        _ => -1,
    }
}

impl Instance for OpcodesInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.ops.len();
        let [out] = map_kernel(
            dev,
            "apply_ops",
            &[bytes(&self.ops), bytes(&self.a), bytes(&self.b)],
            [n],
            &[Arg::u32(n as u32)],
            &cover(n, LOCAL),
        )?;
        Ok(vec![Output::new("out", Data::I32(out))])
    }

    fn reference(&self) -> Vec<Output> {
        let out = (0..self.ops.len())
            .map(|i| apply(self.ops[i], self.a[i], self.b[i]))
            .collect();
        vec![Output::new("out", Data::I32(out))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_by_hand() {
        assert_eq!(apply(0, 2, 3), 5);
        assert_eq!(apply(3, 7, 0), 0);
        assert_eq!(apply(3, -7, 2), -3);
        assert_eq!(apply(4, 1, 33), 3);
        assert_eq!(apply(7, -16, 2), -3);
        assert_eq!(apply(8, 1, 1), -1);
    }
}
