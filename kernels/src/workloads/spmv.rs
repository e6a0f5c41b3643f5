//! `spmv`: CSR sparse matrix × vector, one row per work-item (indirect loads through the
//! column indices, data-dependent trip counts).

use crate::device::{Arg, Device, DeviceError};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{bytes, cover, map_kernel};
use rand::Rng;

const LOCAL: usize = 256;
const MAX_PER_ROW: usize = 32;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "spmv",
    description: "sparse matrix-vector product (CSR), one row per work-item",
    in_study: false,
    sizes: PerSize::new(4096, 1 << 21, 1 << 23),
    label: |n| format!("{n} × {n}, 1..{MAX_PER_ROW} nonzeros per row"),
    prepare,
    source: cl_source!("spmv"),
    features: &[Indirect, Loops, EarlyReturn],
    kernels: &["spmv_csr"],
    // ≤ 32 products of values in [-1, 1]: f32 rounding (and FMA) vs an f64 reference.
    tolerance: Tolerance::close(1e-5, 1e-5),
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    let mut row_start = vec![0i32];
    let mut col = Vec::new();
    for _ in 0..n {
        let k = r.random_range(1..=MAX_PER_ROW);
        for _ in 0..k {
            col.push(r.random_range(0..n as i32));
        }
        row_start.push(col.len() as i32);
    }
    let val = inputs::f32s(&mut r, col.len(), -1.0, 1.0);
    let x = inputs::f32s(&mut r, n, -1.0, 1.0);
    Box::new(SpmvInstance {
        row_start,
        col,
        val,
        x,
    })
}

#[derive(Debug)]
struct SpmvInstance {
    row_start: Vec<i32>,
    col: Vec<i32>,
    val: Vec<f32>,
    x: Vec<f32>,
}

impl Instance for SpmvInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.x.len();
        let [y] = map_kernel(
            dev,
            "spmv_csr",
            &[
                bytes(&self.row_start),
                bytes(&self.col),
                bytes(&self.val),
                bytes(&self.x),
            ],
            [n],
            &[Arg::i32(n as i32)],
            &cover(n, LOCAL),
        )?;
        Ok(vec![Output::new("y", Data::F32(y))])
    }

    fn reference(&self) -> Vec<Output> {
        let y = self
            .row_start
            .windows(2)
            .map(|w| {
                (w[0] as usize..w[1] as usize)
                    .map(|e| self.val[e] as f64 * self.x[self.col[e] as usize] as f64)
                    .sum::<f64>() as f32
            })
            .collect();
        vec![Output::new("y", Data::F32(y))]
    }
}
