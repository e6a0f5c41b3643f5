//! `pathfinder`: Rodinia's dynamic-programming path finder — rows advanced in pyramids of
//! `PYRAMID` rows per launch, 256-wide work-groups with two `__local` arrays.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};

const BLOCK: usize = 256;
const HALO: usize = 1;
const PYRAMID: usize = 20;

/// The benchmark: (columns, rows) per size.
pub static SPEC: WorkloadSpec<(usize, usize)> = WorkloadSpec {
    name: "pathfinder",
    description: "grid dynamic programming in pyramids of 20 rows with local double-buffering",
    in_study: true,
    sizes: PerSize::new((2000, 50), (100_000, 100), (5_000_000, 100)),
    label: |(cols, rows)| format!("{cols} columns × {rows} rows, pyramid height {PYRAMID}"),
    prepare,
    source: cl_source!("pathfinder"),
    features: &[LocalArg, Barrier, Loops, HostLoop],
    kernels: &["dynproc"],
    tolerance: Tolerance::Exact,
};

fn prepare((cols, rows): (usize, usize), seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    Box::new(PathfinderInstance {
        cols,
        rows,
        wall: inputs::i32s(&mut r, cols * rows, 0, 10),
    })
}

#[derive(Debug)]
struct PathfinderInstance {
    cols: usize,
    rows: usize,
    /// `rows × cols` costs; row 0 is the starting row.
    wall: Vec<i32>,
}

impl Instance for PathfinderInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let cols = self.cols;
        let border = PYRAMID * HALO;
        let small = BLOCK - 2 * border;
        let groups = cols.div_ceil(small);
        let wall = dev.upload(&self.wall[cols..])?;
        let mut src = dev.upload(&self.wall[..cols])?;
        let mut dst = dev.alloc_n::<i32>(cols)?;
        let mut t = 0;
        while t + 1 < self.rows {
            let iteration = PYRAMID.min(self.rows - t - 1);
            dev.launch(
                "dynproc",
                &[
                    Arg::i32(iteration as i32),
                    Arg::Buffer(wall),
                    Arg::Buffer(src),
                    Arg::Buffer(dst),
                    Arg::i32(cols as i32),
                    Arg::i32(t as i32),
                    Arg::i32(border as i32),
                    Arg::local::<i32>(BLOCK),
                    Arg::local::<i32>(BLOCK),
                ],
                &Range::d1(groups * BLOCK, BLOCK),
            )?;
            std::mem::swap(&mut src, &mut dst);
            t += PYRAMID;
        }
        Ok(vec![Output::new(
            "cost",
            Data::I32(dev.download(src, cols)?),
        )])
    }

    fn reference(&self) -> Vec<Output> {
        vec![Output::new(
            "cost",
            Data::I32(min_path(self.cols, self.rows, &self.wall)),
        )]
    }
}

/// Row-by-row dynamic programming: each cell adds its cost to the cheapest of its three
/// upper neighbours.
fn min_path(cols: usize, rows: usize, wall: &[i32]) -> Vec<i32> {
    let mut cur = wall[..cols].to_vec();
    let mut next = vec![0i32; cols];
    for r in 1..rows {
        for x in 0..cols {
            let l = cur[x.saturating_sub(1)];
            let u = cur[x];
            let rt = cur[(x + 1).min(cols - 1)];
            next[x] = wall[r * cols + x] + l.min(u).min(rt);
        }
        std::mem::swap(&mut cur, &mut next);
    }
    cur
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_by_three_by_hand() {
        let wall = vec![1, 5, 2, 3, 1, 4, 2, 2, 9];
        // Row 1: 3+min(1,5)=4, 1+min(1,5,2)=2, 4+min(5,2)=6.
        // Row 2: 2+min(4,2)=4, 2+min(4,2,6)=4, 9+min(2,6)=11.
        assert_eq!(min_path(3, 3, &wall), vec![4, 4, 11]);
    }
}
