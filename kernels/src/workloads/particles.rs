//! `particles`: a few integration steps of bouncing particles whose parameters reach the
//! kernel as one struct passed by value (`Arg::Value` with the C layout, padding included).

use crate::device::{Arg, Device, DeviceError, DeviceExt};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{cover, CStruct};

const LOCAL: usize = 256;
const STEPS: u64 = 4;
const DT: f32 = 0.01;
const DAMPING: f32 = 0.9;
const BOX: [f32; 4] = [-1.0, -1.0, 1.0, 1.0];
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// The kernel's `Params` argument: 48 bytes, see `cl/particles.cl`.
pub fn params(n: u32, seed: u64) -> Vec<u8> {
    CStruct::new()
        .u32(n)
        .u64(seed)
        .f32(DT)
        .f32(DAMPING)
        .f32x4(BOX)
        .finish(16)
}

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "particles",
    description: "bouncing particles; parameters passed as a padded struct by value",
    in_study: false,
    sizes: PerSize::new(10_000, 1 << 24, 1 << 27),
    label: |n| format!("{n} particles, {STEPS} steps"),
    prepare,
    source: cl_source!("particles"),
    features: &[
        StructByValue,
        Vector4,
        Int64,
        DataDependentBranches,
        HostLoop,
        EarlyReturn,
    ],
    kernels: &["particles_step"],
    // Positions and velocities of magnitude ≤ ~2 after 4 steps; FMA contraction changes last
    // bits (a particle within an ulp of a wall could bounce differently, which the reflection
    // formula keeps continuous in position).
    tolerance: Tolerance::close(1e-5, 1e-5),
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    let pos = inputs::f32s(&mut r, 2 * n, -0.99, 0.99);
    let vel = inputs::f32s(&mut r, 2 * n, -3.0, 3.0);
    let state = (0..n)
        .map(|i| [pos[2 * i], pos[2 * i + 1], vel[2 * i], vel[2 * i + 1]])
        .collect();
    Box::new(ParticlesInstance {
        state,
        seed: seed.wrapping_mul(GOLDEN),
    })
}

#[derive(Debug)]
struct ParticlesInstance {
    state: Vec<[f32; 4]>,
    seed: u64,
}

fn step(s: &mut [f32; 4], i: u32, seed: u64) {
    let h = (seed ^ i as u64).wrapping_mul(GOLDEN);
    let kick = ((h >> 40) as u32) as f32 * (1.0 / 16_777_216.0) - 0.5;
    s[2] += kick * DT;
    s[3] -= 9.81 * DT;
    s[0] += s[2] * DT;
    s[1] += s[3] * DT;
    for (p, v, lo, hi) in [(0, 2, BOX[0], BOX[2]), (1, 3, BOX[1], BOX[3])] {
        if s[p] < lo {
            s[p] = 2.0 * lo - s[p];
            s[v] = -s[v] * DAMPING;
        } else if s[p] > hi {
            s[p] = 2.0 * hi - s[p];
            s[v] = -s[v] * DAMPING;
        }
    }
}

impl Instance for ParticlesInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.state.len();
        let state = dev.upload(&self.state)?;
        for k in 0..STEPS {
            dev.launch(
                "particles_step",
                &[
                    Arg::Buffer(state),
                    Arg::Value(params(n as u32, self.seed.wrapping_add(k))),
                ],
                &cover(n, LOCAL),
            )?;
        }
        let out = dev.download::<[f32; 4]>(state, n)?;
        Ok(vec![Output::new(
            "state",
            Data::F32(out.into_iter().flatten().collect()),
        )])
    }

    fn reference(&self) -> Vec<Output> {
        let mut st = self.state.clone();
        for k in 0..STEPS {
            for (i, s) in st.iter_mut().enumerate() {
                step(s, i as u32, self.seed.wrapping_add(k));
            }
        }
        vec![Output::new(
            "state",
            Data::F32(st.into_iter().flatten().collect()),
        )]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_layout() {
        let b = params(7, 0x1122_3344_5566_7788);
        assert_eq!(b.len(), 48);
        assert_eq!(&b[0..4], &7u32.to_le_bytes());
        assert_eq!(&b[4..8], &[0; 4]);
        assert_eq!(&b[8..16], &0x1122_3344_5566_7788u64.to_le_bytes());
        assert_eq!(&b[16..20], &DT.to_le_bytes());
        assert_eq!(&b[20..24], &DAMPING.to_le_bytes());
        assert_eq!(&b[32..36], &BOX[0].to_le_bytes());
        assert_eq!(&b[44..48], &BOX[3].to_le_bytes());
    }

    #[test]
    fn bounce_by_hand() {
        // At x = 0.999 moving right at 10/s, one step of 0.01 s crosses the wall at 1.
        let mut s = [0.999, 0.0, 10.0, 0.0];
        step(&mut s, 0, 0);
        assert!(s[0] < 1.0 && s[2] < 0.0);
    }
}
