//! `hash64`: 64-bit integer arithmetic — a splitmix-style mixer per work-item (multiplies,
//! shifts, rotates, unsigned compares, modulo). Exact.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::workload::{Data, Feature, Instance, Output, Size, Tolerance, Workload};
use crate::workloads::support::round_up;

/// The benchmark.
#[derive(Debug)]
pub struct Hash64;

const LOCAL: usize = 256;
const ROUNDS: u32 = 16;
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

fn n_for(size: Size) -> usize {
    match size {
        Size::Tiny => 16_384,
        Size::Paper => 1 << 24,
        Size::Large => 1 << 26,
    }
}

impl Workload for Hash64 {
    fn name(&self) -> &'static str {
        "hash64"
    }
    fn description(&self) -> &'static str {
        "64-bit integer hashing: multiplies, shifts, rotates, compares, modulo"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("hash64.cl", include_str!("../../cl/hash64.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["hash64"]
    }
    fn features(&self) -> &'static [Feature] {
        &[
            Feature::Int64,
            Feature::Loops,
            Feature::DataDependentBranches,
            Feature::EarlyReturn,
        ]
    }
    fn tolerance(&self) -> Tolerance {
        Tolerance::Exact
    }
    fn size_label(&self, size: Size) -> String {
        format!("n = {}, {ROUNDS} rounds", n_for(size))
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        Box::new(Hash64Instance {
            n: n_for(size),
            seed: seed.wrapping_mul(GOLDEN) ^ 0x5EED,
        })
    }
}

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
        let out = dev.alloc_n::<u64>(self.n)?;
        dev.launch(
            "hash64",
            &[
                Arg::Buffer(out),
                Arg::u64(self.seed),
                Arg::u32(ROUNDS),
                Arg::u32(self.n as u32),
            ],
            &Range::d1(round_up(self.n, LOCAL), LOCAL),
        )?;
        Ok(vec![Output::new(
            "hash",
            Data::U64(dev.download(out, self.n)?),
        )])
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
