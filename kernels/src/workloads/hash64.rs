//! `hash64`: 64-bit integer arithmetic — a splitmix-style mixer per work-item (multiplies,
//! shifts, rotates, unsigned compares, modulo). Exact.

use crate::device::{Arg, Device, DeviceError};
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{cover, map_kernel};

const LOCAL: usize = 256;
const ROUNDS: u32 = 16;
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "hash64",
    description: "64-bit integer hashing: multiplies, shifts, rotates, compares, modulo",
    in_study: false,
    sizes: PerSize::new(16_384, 1 << 24, 1 << 26),
    label: |n| format!("n = {n}, {ROUNDS} rounds"),
    prepare: |n, seed| {
        Box::new(Hash64Instance {
            n,
            seed: seed.wrapping_mul(GOLDEN) ^ 0x5EED,
        })
    },
    source: cl_source!("hash64"),
    features: &[Int64, Loops, DataDependentBranches, EarlyReturn],
    kernels: &["hash64"],
    tolerance: Tolerance::Exact,
};

#[derive(Debug)]
struct Hash64Instance {
    n: usize,
    seed: u64,
}

/// The mixer of one work-item.
pub fn mix(seed: u64, i: u32, rounds: u32) -> u64 {
    let mut state = seed ^ (i as u64).wrapping_mul(GOLDEN);
    let mut acc = 0u64;
    for _ in 0..rounds {
        state = state.wrapping_add(GOLDEN);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        acc = acc.rotate_left(13) ^ z;
        if z > acc {
            acc = acc.wrapping_add(z % 1_000_003);
        }
    }
    acc
}

impl Instance for Hash64Instance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let [hash] = map_kernel(
            dev,
            "hash64",
            &[],
            [self.n],
            &[
                Arg::u64(self.seed),
                Arg::u32(ROUNDS),
                Arg::u32(self.n as u32),
            ],
            &cover(self.n, LOCAL),
        )?;
        Ok(vec![Output::new("hash", Data::U64(hash))])
    }

    fn reference(&self) -> Vec<Output> {
        let h = (0..self.n as u32)
            .map(|i| mix(self.seed, i, ROUNDS))
            .collect();
        vec![Output::new("hash", Data::U64(h))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_round_by_hand() {
        // splitmix64's first output for state 0 is 0xE220A8397B1DCDAF; with acc = 0 the
        // rotate is a no-op, acc becomes z and `z > acc` is false.
        let z = 0xE220_A839_7B1D_CDAFu64;
        assert_eq!(mix(0, 0, 1), z);
        // Second round: acc = rotl(z, 13) ^ z2, plus z2 mod 1000003 when z2 > acc.
        let z2 = 0x6E78_9E6A_A1B9_65F4u64;
        let acc = z.rotate_left(13) ^ z2;
        let want = if z2 > acc {
            acc.wrapping_add(z2 % 1_000_003)
        } else {
            acc
        };
        assert_eq!(mix(0, 0, 2), want);
    }
}
