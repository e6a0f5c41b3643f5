//! `gaussian`: Rodinia's Gaussian elimination — per pivot, `fan1` then `fan2` (2 × (n − 1)
//! launches), then back substitution on the host.

use crate::device::{Arg, Device, DeviceError, DeviceExt};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{args, cover, cover_square};

const FAN1_LOCAL: usize = 256;
const FAN2_LOCAL: usize = 16;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "gaussian",
    description: "Gaussian elimination: per pivot, multipliers (fan1) then trailing update (fan2)",
    in_study: true,
    sizes: PerSize::new(16, 2048, 4096),
    label: |n| format!("{n} × {n} matrix"),
    prepare,
    source: cl_source!("gaussian"),
    features: &[EarlyReturn, HostLoop, MultiKernel, TwoD],
    kernels: &["fan1", "fan2"],
    // Same operation order as the device; FMA contraction and OpenCL's 2.5-ulp division leave
    // relative errors around 1e-6 after n steps on a diagonally dominant matrix.
    tolerance: Tolerance::close(1e-4, 1e-4),
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    let mut a = inputs::f32s(&mut r, n * n, -1.0, 1.0);
    for i in 0..n {
        a[i * n + i] = n as f32 + 1.0;
    }
    let x = inputs::f32s(&mut r, n, -1.0, 1.0);
    let b = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| a[i * n + j] as f64 * x[j] as f64)
                .sum::<f64>() as f32
        })
        .collect();
    Box::new(GaussianInstance { n, a, b })
}

#[derive(Debug)]
struct GaussianInstance {
    n: usize,
    a: Vec<f32>,
    b: Vec<f32>,
}

/// Back substitution on the host (f64), from the eliminated system.
fn back_substitute(n: usize, a: &[f32], b: &[f32]) -> Vec<f32> {
    let mut x = vec![0.0f64; n];
    for i in (0..n).rev() {
        let mut s = b[i] as f64;
        for j in i + 1..n {
            s -= a[i * n + j] as f64 * x[j];
        }
        x[i] = s / a[i * n + i] as f64;
    }
    x.into_iter().map(|v| v as f32).collect()
}

impl Instance for GaussianInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.n;
        let a = dev.upload(&self.a)?;
        let b = dev.upload(&self.b)?;
        let m = dev.upload(&vec![0.0f32; n * n])?;
        for t in 0..n.saturating_sub(1) {
            dev.launch(
                "fan1",
                &args(&[m, a], &[Arg::u32(n as u32), Arg::u32(t as u32)]),
                &cover(n, FAN1_LOCAL),
            )?;
            dev.launch(
                "fan2",
                &args(&[m, a, b], &[Arg::u32(n as u32), Arg::u32(t as u32)]),
                &cover_square(n, FAN2_LOCAL),
            )?;
        }
        let a = dev.download::<f32>(a, n * n)?;
        let b = dev.download::<f32>(b, n)?;
        let x = back_substitute(n, &a, &b);
        Ok(vec![
            Output::new("a", Data::F32(a)),
            Output::new("b", Data::F32(b)),
            Output::new("x", Data::F32(x)),
        ])
    }

    fn reference(&self) -> Vec<Output> {
        let n = self.n;
        let mut a = self.a.clone();
        let mut b = self.b.clone();
        let mut m = vec![0.0f32; n];
        for t in 0..n.saturating_sub(1) {
            let pivot = a[t * n + t];
            for row in t + 1..n {
                m[row] = a[row * n + t] / pivot;
            }
            let (top, rest) = a.split_at_mut((t + 1) * n);
            let prow = &top[t * n..];
            for row in t + 1..n {
                let mult = m[row];
                let r = &mut rest[(row - t - 1) * n..(row - t) * n];
                for col in t..n {
                    r[col] -= mult * prow[col];
                }
                b[row] -= mult * b[t];
            }
        }
        let x = back_substitute(n, &a, &b);
        vec![
            Output::new("a", Data::F32(a)),
            Output::new("b", Data::F32(b)),
            Output::new("x", Data::F32(x)),
        ]
    }
}
