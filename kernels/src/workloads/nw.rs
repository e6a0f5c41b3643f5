//! `nw`: Rodinia's Needleman-Wunsch — alignment scores of two random sequences over a
//! substitution matrix, 16×16 tiles processed along anti-diagonals by two kernels.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};

const T: usize = 16;
const PENALTY: i32 = 10;
const ALPHABET: usize = 24;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "nw",
    description: "Needleman-Wunsch alignment: 16×16 tiles along anti-diagonals, two kernels",
    in_study: true,
    sizes: PerSize::new(128, 8192, 16384),
    label: |n| format!("{n} × {n}, penalty {PENALTY}"),
    prepare,
    source: cl_source!("nw"),
    features: &[LocalArg, Barrier, Loops, HostLoop, MultiKernel],
    kernels: &["nw_upper", "nw_lower"],
    tolerance: Tolerance::Exact,
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    // A symmetric substitution matrix of our own: matches score 4..11, mismatches -4..3.
    let raw = inputs::i32s(&mut r, ALPHABET * ALPHABET, -4, 4);
    let bonus = inputs::i32s(&mut r, ALPHABET, 4, 12);
    let subst = |a: usize, b: usize| {
        if a == b {
            bonus[a]
        } else {
            raw[a.min(b) * ALPHABET + a.max(b)]
        }
    };
    let s1 = inputs::u32s(&mut r, n, 0, ALPHABET as u32);
    let s2 = inputs::u32s(&mut r, n, 0, ALPHABET as u32);
    let cols = n + 1;
    let mut sim = vec![0i32; cols * cols];
    for i in 1..cols {
        for j in 1..cols {
            sim[i * cols + j] = subst(s1[i - 1] as usize, s2[j - 1] as usize);
        }
    }
    Box::new(NwInstance { n, sim })
}

#[derive(Debug)]
struct NwInstance {
    n: usize,
    /// Similarity of residue pairs, (n+1) × (n+1) (row and column 0 unused).
    sim: Vec<i32>,
}

/// The score matrix with its border preset.
fn initial_scores(cols: usize) -> Vec<i32> {
    let mut s = vec![0i32; cols * cols];
    for i in 0..cols {
        s[i * cols] = -(i as i32) * PENALTY;
        s[i] = -(i as i32) * PENALTY;
    }
    s
}

/// Plain dynamic programming, row by row.
fn scores(cols: usize, sim: &[i32]) -> Vec<i32> {
    let mut s = initial_scores(cols);
    for i in 1..cols {
        for j in 1..cols {
            let diag = s[(i - 1) * cols + j - 1] + sim[i * cols + j];
            let west = s[i * cols + j - 1] - PENALTY;
            let north = s[(i - 1) * cols + j] - PENALTY;
            s[i * cols + j] = diag.max(west).max(north);
        }
    }
    s
}

impl Instance for NwInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let cols = self.n + 1;
        let width = self.n / T;
        let sim = dev.upload(&self.sim)?;
        let score = dev.upload(&initial_scores(cols))?;
        let common = |blk: usize| {
            vec![
                Arg::Buffer(sim),
                Arg::Buffer(score),
                Arg::local::<i32>((T + 1) * (T + 1)),
                Arg::local::<i32>(T * T),
                Arg::i32(cols as i32),
                Arg::i32(PENALTY),
                Arg::i32(blk as i32),
            ]
        };
        for blk in 1..=width {
            dev.launch("nw_upper", &common(blk), &Range::d1(blk * T, T))?;
        }
        for blk in (1..width).rev() {
            let mut args = common(blk);
            args.push(Arg::i32(width as i32));
            dev.launch("nw_lower", &args, &Range::d1(blk * T, T))?;
        }
        Ok(vec![Output::new(
            "score",
            Data::I32(dev.download(score, cols * cols)?),
        )])
    }

    fn reference(&self) -> Vec<Output> {
        vec![Output::new(
            "score",
            Data::I32(scores(self.n + 1, &self.sim)),
        )]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_by_two_by_hand() {
        // sim[1][1] = 5, sim[1][2] = -1, sim[2][1] = -2, sim[2][2] = 3.
        let sim = vec![0, 0, 0, 0, 5, -1, 0, -2, 3];
        let s = scores(3, &sim);
        // Row 1: max(0+5, -10-10, -10-10) = 5; max(-10-1, 5-10, -20-10) = -5.
        // Row 2: max(-10-2, -20-10, 5-10) = -5; max(5+3, -5-10, -5-10) = 8.
        assert_eq!(s, vec![0, -10, -20, -10, 5, -5, -20, -5, 8]);
    }
}
