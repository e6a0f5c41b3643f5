//! `nn`: Rodinia's nearest neighbour — one kernel computes the distance of every record to a
//! query point; the host picks the k = 10 nearest. Outputs: the distance array and the
//! distances of the 10 nearest (distances rather than indices, so that a 1-ulp difference
//! between two nearly equidistant records cannot flip the verdict).

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::workload::{Data, Feature, Instance, Output, Size, Tolerance, Workload};
use crate::workloads::support::{round_up, smallest_k};

/// The benchmark.
#[derive(Debug)]
pub struct Nn;

const LOCAL: usize = 256;
const K: usize = 10;
const LAT: f32 = 30.0;
const LNG: f32 = 90.0;

fn n_for(size: Size) -> usize {
    match size {
        Size::Tiny => 4096,
        // Rodinia's larger nn inputs give about 5.2M records.
        Size::Paper => 5_242_880,
        Size::Large => 1 << 28,
    }
}

impl Workload for Nn {
    fn name(&self) -> &'static str {
        "nn"
    }
    fn description(&self) -> &'static str {
        "nearest neighbour: distance of every record to a query point, host top-10"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("nn.cl", include_str!("../../cl/nn.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["nearest_neighbor"]
    }
    fn features(&self) -> &'static [Feature] {
        &[Feature::MathBuiltins]
    }
    fn in_study(&self) -> bool {
        true
    }
    fn tolerance(&self) -> Tolerance {
        // OpenCL's sqrt is within 3 ulp, plus one rounding of the (possibly fused) sum.
        Tolerance::Close {
            abs: 1e-5,
            rel: 1e-6,
        }
    }
    fn size_label(&self, size: Size) -> String {
        format!("{} records, k = {K}", n_for(size))
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        let n = n_for(size);
        let mut r = inputs::rng(seed);
        let lat = inputs::f32s(&mut r, n, 0.0, 90.0);
        let lng = inputs::f32s(&mut r, n, 0.0, 180.0);
        let loc = lat.into_iter().zip(lng).map(|(a, b)| [a, b]).collect();
        Box::new(NnInstance { loc })
    }
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
        let loc = dev.upload(&self.loc)?;
        let dist = dev.alloc_n::<f32>(n)?;
        dev.launch(
            "nearest_neighbor",
            &[
                Arg::Buffer(loc),
                Arg::Buffer(dist),
                Arg::u32(n as u32),
                Arg::f32(LAT),
                Arg::f32(LNG),
            ],
            &Range::d1(round_up(n, LOCAL), LOCAL),
        )?;
        Ok(outputs(dev.download(dist, n)?))
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
