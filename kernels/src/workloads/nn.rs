//! `nn`: Rodinia's nearest neighbour — one kernel computes the distance of every record to a
//! query point; the host picks the k = 10 nearest. Outputs: the distance array and the
//! distances of the 10 nearest (distances rather than indices, so that a 1-ulp difference
//! between two nearly equidistant records cannot flip the verdict).

use crate::device::{Arg, Device, DeviceError};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{bytes, cover, map_kernel, smallest_k};

const LOCAL: usize = 256;
const K: usize = 10;
const LAT: f32 = 30.0;
const LNG: f32 = 90.0;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "nn",
    description: "nearest neighbour: distance of every record to a query point, host top-10",
    in_study: true,
    // Paper: Rodinia's larger nn inputs give about 5.2M records.
    sizes: PerSize::new(4096, 5_242_880, 1 << 28),
    label: |n| format!("{n} records, k = {K}"),
    prepare,
    source: cl_source!("nn"),
    features: &[MathBuiltins],
    kernels: &["nearest_neighbor"],
    // OpenCL's sqrt is within 3 ulp, plus one rounding of the (possibly fused) sum.
    tolerance: Tolerance::close(1e-5, 1e-6),
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    let lat = inputs::f32s(&mut r, n, 0.0, 90.0);
    let lng = inputs::f32s(&mut r, n, 0.0, 180.0);
    let loc = lat.into_iter().zip(lng).map(|(a, b)| [a, b]).collect();
    Box::new(NnInstance { loc })
}

#[derive(Debug)]
struct NnInstance {
    loc: Vec<[f32; 2]>,
}

fn outputs(dist: Vec<f32>) -> Vec<Output> {
    let top = smallest_k(&dist, K).into_iter().map(|i| dist[i]).collect();
    vec![
        Output::new("distances", Data::F32(dist)),
        Output::new("nearest", Data::F32(top)),
    ]
}

impl Instance for NnInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.loc.len();
        let [dist] = map_kernel(
            dev,
            "nearest_neighbor",
            &[bytes(&self.loc)],
            [n],
            &[Arg::u32(n as u32), Arg::f32(LAT), Arg::f32(LNG)],
            &cover(n, LOCAL),
        )?;
        Ok(outputs(dist))
    }

    fn reference(&self) -> Vec<Output> {
        let dist = self
            .loc
            .iter()
            .map(|p| {
                let dx = (LAT - p[0]) as f64;
                let dy = (LNG - p[1]) as f64;
                (dx * dx + dy * dy).sqrt() as f32
            })
            .collect();
        outputs(dist)
    }
}
