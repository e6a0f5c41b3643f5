//! `kmeans`: Rodinia's k-means — a transpose kernel, then assignment launches in a host loop
//! that recomputes the centres until no point changes cluster (at most [`MAX_ITER`] rounds).
//!
//! To make the result exactly reproducible on any device, features are small integers
//! (0..8) and the host rounds centres to multiples of 1/16: every squared distance is then
//! exact in `float` whether or not the device contracts to FMA, so memberships and centres
//! are compared bit-exactly.

use crate::device::{Arg, Device, DeviceError, DeviceExt};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{args, cover};

const LOCAL: usize = 256;
const FEATURES: usize = 34;
const K: usize = 5;
/// Upper bound on assignment rounds.
pub const MAX_ITER: usize = 20;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "kmeans",
    description:
        "k-means clustering: feature transpose, nearest-centre assignment, host update loop",
    in_study: false,
    sizes: PerSize::new(2048, 1 << 20, 1 << 23),
    label: |n| format!("{n} points × {FEATURES} features, k = {K}"),
    prepare,
    source: cl_source!("kmeans"),
    features: &[
        ConstantMemory,
        Loops,
        HostLoop,
        MultiKernel,
        DataDependentBranches,
        EarlyReturn,
    ],
    kernels: &["kmeans_swap", "kmeans_assign"],
    tolerance: Tolerance::Exact,
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    let points = inputs::i32s(&mut r, n * FEATURES, 0, 8)
        .into_iter()
        .map(|v| v as f32);
    Box::new(KmeansInstance {
        n,
        points: points.collect(),
    })
}

#[derive(Debug)]
struct KmeansInstance {
    n: usize,
    /// Point-major, `n × FEATURES`.
    points: Vec<f32>,
}

impl KmeansInstance {
    fn initial_centres(&self) -> Vec<f32> {
        self.points[..K * FEATURES].to_vec()
    }
    /// Means of the clusters rounded to 1/16; an empty cluster keeps its centre.
    fn centres(&self, membership: &[i32], old: &[f32]) -> Vec<f32> {
        let mut sum = vec![0.0f64; K * FEATURES];
        let mut count = [0usize; K];
        for (p, &m) in membership.iter().enumerate() {
            let m = (m.max(0) as usize).min(K - 1);
            count[m] += 1;
            for f in 0..FEATURES {
                sum[m * FEATURES + f] += self.points[p * FEATURES + f] as f64;
            }
        }
        let mut out = old.to_vec();
        for c in 0..K {
            if count[c] > 0 {
                for f in 0..FEATURES {
                    let mean = sum[c * FEATURES + f] / count[c] as f64;
                    out[c * FEATURES + f] = ((mean * 16.0).round() / 16.0) as f32;
                }
            }
        }
        out
    }
    fn assign(&self, centres: &[f32]) -> Vec<i32> {
        (0..self.n)
            .map(|p| {
                let mut best = 0;
                let mut best_dist = f32::MAX;
                for c in 0..K {
                    let mut dist = 0.0f32;
                    for f in 0..FEATURES {
                        let d = self.points[p * FEATURES + f] - centres[c * FEATURES + f];
                        dist += d * d;
                    }
                    if dist < best_dist {
                        best_dist = dist;
                        best = c as i32;
                    }
                }
                best
            })
            .collect()
    }
}

fn outputs(membership: Vec<i32>, centres: Vec<f32>) -> Vec<Output> {
    vec![
        Output::new("membership", Data::I32(membership)),
        Output::new("centres", Data::F32(centres)),
    ]
}

impl Instance for KmeansInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.n;
        let range = cover(n, LOCAL);
        let points = dev.upload(&self.points)?;
        let by_feature = dev.alloc_n::<f32>(n * FEATURES)?;
        let mut centres = self.initial_centres();
        let centres_b = dev.upload(&centres)?;
        let member_b = dev.alloc_n::<i32>(n)?;
        let dims = [Arg::i32(n as i32), Arg::i32(FEATURES as i32)];
        dev.launch(
            "kmeans_swap",
            &args(&[points, by_feature], &[dims[0].clone(), dims[1].clone()]),
            &range,
        )?;
        let mut membership = vec![-1i32; n];
        for _ in 0..MAX_ITER {
            dev.write_slice(centres_b, &centres)?;
            dev.launch(
                "kmeans_assign",
                &args(
                    &[by_feature, centres_b, member_b],
                    &[
                        Arg::i32(n as i32),
                        Arg::i32(K as i32),
                        Arg::i32(FEATURES as i32),
                    ],
                ),
                &range,
            )?;
            let next = dev.download::<i32>(member_b, n)?;
            let done = next == membership;
            membership = next;
            if done {
                break;
            }
            centres = self.centres(&membership, &centres);
        }
        Ok(outputs(membership, centres))
    }

    fn reference(&self) -> Vec<Output> {
        let mut centres = self.initial_centres();
        let mut membership = vec![-1i32; self.n];
        for _ in 0..MAX_ITER {
            let next = self.assign(&centres);
            let done = next == membership;
            membership = next;
            if done {
                break;
            }
            centres = self.centres(&membership, &centres);
        }
        outputs(membership, centres)
    }
}
