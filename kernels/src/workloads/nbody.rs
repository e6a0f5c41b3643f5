//! `nbody`: all-pairs gravitational N-body in double precision (double4 bodies, static
//! `__local` tile), a few leapfrog steps in a host loop.

use crate::device::{Arg, Device, DeviceError, DeviceExt};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{args, cover};

const TILE: usize = 128;
const STEPS: usize = 2;
const DT: f64 = 1e-3;
const SOFT2: f64 = 1e-3;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "nbody",
    description: "all-pairs gravity in double precision with a local tile of bodies",
    in_study: false,
    sizes: PerSize::new(500, 32_768, 65_536),
    label: |n| format!("{n} bodies, {STEPS} steps"),
    prepare,
    source: cl_source!("nbody"),
    features: &[Double, StaticLocal, Barrier, Loops, MathBuiltins, HostLoop],
    kernels: &["nbody_step"],
    // Same summation order; double sqrt and division are correctly rounded in OpenCL, so only
    // FMA contraction differs (relative ~1e-15 per term).
    tolerance: Tolerance::close(1e-9, 1e-9),
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    let xyz = inputs::f64s(&mut r, 3 * n, -1.0, 1.0);
    let mass = inputs::f64s(&mut r, n, 0.1, 1.0);
    let v = inputs::f64s(&mut r, 3 * n, -0.1, 0.1);
    let pos = (0..n)
        .map(|i| [xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], mass[i]])
        .collect();
    let vel = (0..n)
        .map(|i| [v[3 * i], v[3 * i + 1], v[3 * i + 2], 0.0])
        .collect();
    Box::new(NbodyInstance { pos, vel })
}

#[derive(Debug)]
struct NbodyInstance {
    pos: Vec<[f64; 4]>,
    vel: Vec<[f64; 4]>,
}

fn flat(v: &[[f64; 4]]) -> Vec<f64> {
    v.iter().flatten().copied().collect()
}

impl Instance for NbodyInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.pos.len();
        let mut p = dev.upload(&self.pos)?;
        let mut v = dev.upload(&self.vel)?;
        let mut p2 = dev.alloc_n::<[f64; 4]>(n)?;
        let mut v2 = dev.alloc_n::<[f64; 4]>(n)?;
        for _ in 0..STEPS {
            dev.launch(
                "nbody_step",
                &args(
                    &[p, v, p2, v2],
                    &[Arg::i32(n as i32), Arg::f64(DT), Arg::f64(SOFT2)],
                ),
                &cover(n, TILE),
            )?;
            std::mem::swap(&mut p, &mut p2);
            std::mem::swap(&mut v, &mut v2);
        }
        let pos = dev.download::<[f64; 4]>(p, n)?;
        let vel = dev.download::<[f64; 4]>(v, n)?;
        Ok(vec![
            Output::new("pos", Data::F64(flat(&pos))),
            Output::new("vel", Data::F64(flat(&vel))),
        ])
    }

    fn reference(&self) -> Vec<Output> {
        let mut pos = self.pos.clone();
        let mut vel = self.vel.clone();
        for _ in 0..STEPS {
            let old = pos.clone();
            for i in 0..old.len() {
                let p = old[i];
                let (mut ax, mut ay, mut az) = (0.0, 0.0, 0.0);
                for q in &old {
                    let dx = q[0] - p[0];
                    let dy = q[1] - p[1];
                    let dz = q[2] - p[2];
                    let r2 = dx * dx + dy * dy + dz * dz + SOFT2;
                    let inv = 1.0 / r2.sqrt();
                    let s = q[3] * inv * inv * inv;
                    ax += dx * s;
                    ay += dy * s;
                    az += dz * s;
                }
                let v = &mut vel[i];
                v[0] += ax * DT;
                v[1] += ay * DT;
                v[2] += az * DT;
                pos[i] = [p[0] + v[0] * DT, p[1] + v[1] * DT, p[2] + v[2] * DT, p[3]];
            }
        }
        vec![
            Output::new("pos", Data::F64(flat(&pos))),
            Output::new("vel", Data::F64(flat(&vel))),
        ]
    }
}
