//! `sgemm` (tiled, static `__local` tiles, unrolled inner loop) and `gemm_naive`: the same
//! single-precision product C = A × B, so the two compare a tuned and a plain kernel.

use crate::device::{Arg, Device, DeviceError, Range};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{bytes, map_kernel};

const TS: usize = 16;

/// Both products' sizes: n for n × n × n.
const SIZES: PerSize = PerSize::new(64, 2048, 4096);

// f32 sums of n ≤ 4096 products of values in [-1, 1] against an f64 reference: rounding
// grows like sqrt(n)·ε·|partial sums| (≈1e-4 at 4096), FMA contraction only shrinks it.
const TOL: Tolerance = Tolerance::close(2e-3, 1e-3);

fn label(n: usize) -> String {
    format!("{n} × {n} × {n}")
}

fn prepare(n: usize, seed: u64, kernel: &'static str) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    Box::new(GemmInstance {
        n,
        kernel,
        a: inputs::f32s(&mut r, n * n, -1.0, 1.0),
        b: inputs::f32s(&mut r, n * n, -1.0, 1.0),
    })
}

/// The tiled kernel.
pub static SGEMM: WorkloadSpec = WorkloadSpec {
    name: "sgemm",
    description: "matrix product with 16×16 local tiles and an unrolled inner loop",
    in_study: false,
    sizes: SIZES,
    label,
    prepare: |n, seed| prepare(n, seed, "sgemm_tiled"),
    source: cl_source!("sgemm"),
    features: &[StaticLocal, Barrier, Unrolled, Loops, TwoD],
    kernels: &["sgemm_tiled"],
    tolerance: TOL,
};

/// The naive kernel.
pub static GEMM_NAIVE: WorkloadSpec = WorkloadSpec {
    name: "gemm_naive",
    description: "matrix product, one work-item per element straight from global memory",
    in_study: false,
    sizes: SIZES,
    label,
    prepare: |n, seed| prepare(n, seed, "gemm_naive"),
    source: cl_source!("gemm_naive"),
    features: &[Loops, TwoD, EarlyReturn],
    kernels: &["gemm_naive"],
    tolerance: TOL,
};

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
        let [c] = map_kernel(
            dev,
            self.kernel,
            &[bytes(&self.a), bytes(&self.b)],
            [n * n],
            &[Arg::i32(n as i32)],
            &Range::d2([n, n], [TS, TS]),
        )?;
        Ok(vec![Output::new("c", Data::F32(c))])
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
