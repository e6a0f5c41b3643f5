//! `spmv`: CSR sparse matrix × vector, one row per work-item (indirect loads through the
//! column indices, data-dependent trip counts).

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::workload::{Data, Feature, Instance, Output, Size, Tolerance, Workload};
use crate::workloads::support::round_up;
use rand::Rng;

/// The benchmark.
#[derive(Debug)]
pub struct Spmv;

const LOCAL: usize = 256;
const MAX_PER_ROW: usize = 32;

fn n_for(size: Size) -> usize {
    match size {
        Size::Tiny => 4096,
        Size::Paper => 1 << 21,
        Size::Large => 1 << 23,
    }
}

impl Workload for Spmv {
    fn name(&self) -> &'static str {
        "spmv"
    }
    fn description(&self) -> &'static str {
        "sparse matrix-vector product (CSR), one row per work-item"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("spmv.cl", include_str!("../../cl/spmv.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["spmv_csr"]
    }
    fn features(&self) -> &'static [Feature] {
        &[Feature::Indirect, Feature::Loops, Feature::EarlyReturn]
    }
    fn tolerance(&self) -> Tolerance {
        // ≤ 32 products of values in [-1, 1]: f32 rounding (and FMA) vs an f64 reference.
        Tolerance::Close {
            abs: 1e-5,
            rel: 1e-5,
        }
    }
    fn size_label(&self, size: Size) -> String {
        let n = n_for(size);
        format!("{n} × {n}, 1..{MAX_PER_ROW} nonzeros per row")
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        let n = n_for(size);
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
        let rs = dev.upload(&self.row_start)?;
        let col = dev.upload(&self.col)?;
        let val = dev.upload(&self.val)?;
        let x = dev.upload(&self.x)?;
        let y = dev.alloc_n::<f32>(n)?;
        dev.launch(
            "spmv_csr",
            &[
                Arg::Buffer(rs),
                Arg::Buffer(col),
                Arg::Buffer(val),
                Arg::Buffer(x),
                Arg::Buffer(y),
                Arg::i32(n as i32),
            ],
            &Range::d1(round_up(n, LOCAL), LOCAL),
        )?;
        Ok(vec![Output::new("y", Data::F32(dev.download(y, n)?))])
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
