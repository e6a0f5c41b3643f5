//! `sgemm` (tiled, static `__local` tiles, unrolled inner loop) and `gemm_naive`: the same
//! single-precision product C = A × B, so the two compare a tuned and a plain kernel.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::workload::{Data, Feature, Instance, Output, Size, Tolerance, Workload};

/// The tiled kernel.
#[derive(Debug)]
pub struct Sgemm;
/// The naive kernel.
#[derive(Debug)]
pub struct GemmNaive;

const TS: usize = 16;

fn n_for(size: Size) -> usize {
    match size {
        Size::Tiny => 64,
        Size::Paper => 2048,
        Size::Large => 4096,
    }
}

// f32 sums of n ≤ 4096 products of values in [-1, 1] against an f64 reference: rounding
// grows like sqrt(n)·ε·|partial sums| (≈1e-4 at 4096), FMA contraction only shrinks it.
const TOL: Tolerance = Tolerance::Close {
    abs: 2e-3,
    rel: 1e-3,
};

fn prepare(size: Size, seed: u64, kernel: &'static str) -> Box<dyn Instance> {
    let n = n_for(size);
    let mut r = inputs::rng(seed);
    Box::new(GemmInstance {
        n,
        kernel,
        a: inputs::f32s(&mut r, n * n, -1.0, 1.0),
        b: inputs::f32s(&mut r, n * n, -1.0, 1.0),
    })
}

impl Workload for Sgemm {
    fn name(&self) -> &'static str {
        "sgemm"
    }
    fn description(&self) -> &'static str {
        "matrix product with 16×16 local tiles and an unrolled inner loop"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("sgemm.cl", include_str!("../../cl/sgemm.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["sgemm_tiled"]
    }
    fn features(&self) -> &'static [Feature] {
        &[
            Feature::StaticLocal,
            Feature::Barrier,
            Feature::Unrolled,
            Feature::Loops,
            Feature::TwoD,
        ]
    }
    fn tolerance(&self) -> Tolerance {
        TOL
    }
    fn size_label(&self, size: Size) -> String {
        let n = n_for(size);
        format!("{n} × {n} × {n}")
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        prepare(size, seed, "sgemm_tiled")
    }
}

impl Workload for GemmNaive {
    fn name(&self) -> &'static str {
        "gemm_naive"
    }
    fn description(&self) -> &'static str {
        "matrix product, one work-item per element straight from global memory"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("gemm_naive.cl", include_str!("../../cl/gemm_naive.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["gemm_naive"]
    }
    fn features(&self) -> &'static [Feature] {
        &[Feature::Loops, Feature::TwoD, Feature::EarlyReturn]
    }
    fn tolerance(&self) -> Tolerance {
        TOL
    }
    fn size_label(&self, size: Size) -> String {
        let n = n_for(size);
        format!("{n} × {n} × {n}")
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        prepare(size, seed, "gemm_naive")
    }
}

#[derive(Debug)]
struct GemmInstance {
    n: usize,
    kernel: &'static str,
    a: Vec<f32>,
    b: Vec<f32>,
}

impl Instance for GemmInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.n;
        let a = dev.upload(&self.a)?;
        let b = dev.upload(&self.b)?;
        let c = dev.alloc_n::<f32>(n * n)?;
        dev.launch(
            self.kernel,
            &[
                Arg::Buffer(a),
                Arg::Buffer(b),
                Arg::Buffer(c),
                Arg::i32(n as i32),
            ],
            &Range::d2([n, n], [TS, TS]),
        )?;
        Ok(vec![Output::new("c", Data::F32(dev.download(c, n * n)?))])
    }

    fn reference(&self) -> Vec<Output> {
        vec![Output::new(
            "c",
            Data::F32(matmul(self.n, &self.a, &self.b)),
        )]
    }
}

/// C = A × B with f64 accumulation (i-k-j order for cache locality).
pub fn matmul(n: usize, a: &[f32], b: &[f32]) -> Vec<f32> {
    let mut c = vec![0.0f64; n * n];
    for i in 0..n {
        let row = &mut c[i * n..(i + 1) * n];
        for k in 0..n {
            let x = a[i * n + k] as f64;
            for (cj, bj) in row.iter_mut().zip(&b[k * n..(k + 1) * n]) {
                *cj += x * *bj as f64;
            }
        }
    }
    c.into_iter().map(|v| v as f32).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_by_two_by_hand() {
        assert_eq!(
            matmul(2, &[1.0, 2.0, 3.0, 4.0], &[5.0, 6.0, 7.0, 8.0]),
            vec![19.0, 22.0, 43.0, 50.0]
        );
    }
}
