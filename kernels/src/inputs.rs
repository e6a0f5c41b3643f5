//! Deterministic input generation: every workload draws from [`rng`] seeded with the run's
//! seed, so inputs are identical across paths, runs and machines.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The generator all workloads use.
pub fn rng(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// `n` floats uniform in `[lo, hi)`.
pub fn f32s(rng: &mut ChaCha8Rng, n: usize, lo: f32, hi: f32) -> Vec<f32> {
    (0..n).map(|_| rng.random_range(lo..hi)).collect()
}

/// `n` doubles uniform in `[lo, hi)`.
pub fn f64s(rng: &mut ChaCha8Rng, n: usize, lo: f64, hi: f64) -> Vec<f64> {
    (0..n).map(|_| rng.random_range(lo..hi)).collect()
}

/// `n` integers uniform in `[lo, hi)`.
pub fn i32s(rng: &mut ChaCha8Rng, n: usize, lo: i32, hi: i32) -> Vec<i32> {
    (0..n).map(|_| rng.random_range(lo..hi)).collect()
}

/// `n` unsigned integers uniform in `[lo, hi)`.
pub fn u32s(rng: &mut ChaCha8Rng, n: usize, lo: u32, hi: u32) -> Vec<u32> {
    (0..n).map(|_| rng.random_range(lo..hi)).collect()
}
