//! `bfs`: Rodinia's breadth-first search — two kernels per level, byte masks, a host loop
//! until the frontier is empty. Output: the level of every node (-1 if unreachable).

use crate::device::{Arg, Device, DeviceError, DeviceExt};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::{args, cover};
use rand::Rng;

const LOCAL: usize = 256;
const MAX_DEGREE: usize = 12;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "bfs",
    description: "breadth-first search: frontier expansion and mask update until no change",
    in_study: false,
    sizes: PerSize::new(4096, 1 << 20, 1 << 24),
    label: |n| format!("{n} nodes, degree 1..{MAX_DEGREE}"),
    prepare,
    source: cl_source!("bfs"),
    features: &[
        ByteStores,
        DataDependentBranches,
        EarlyReturn,
        HostLoop,
        MultiKernel,
        Loops,
        Indirect,
    ],
    kernels: &["bfs_expand", "bfs_update"],
    tolerance: Tolerance::Exact,
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    let mut nodes = Vec::with_capacity(n);
    let mut edges = Vec::new();
    for _ in 0..n {
        let deg = r.random_range(1..=MAX_DEGREE);
        nodes.push([edges.len() as i32, deg as i32]);
        for _ in 0..deg {
            edges.push(r.random_range(0..n as i32));
        }
    }
    Box::new(BfsInstance { nodes, edges })
}

#[derive(Debug)]
struct BfsInstance {
    /// (first edge, degree) per node.
    nodes: Vec<[i32; 2]>,
    edges: Vec<i32>,
}

impl Instance for BfsInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.nodes.len();
        let mut frontier = vec![0u8; n];
        frontier[0] = 1;
        let mut cost = vec![-1i32; n];
        cost[0] = 0;
        let nodes = dev.upload(&self.nodes)?;
        let edges = dev.upload(&self.edges)?;
        let frontier_b = dev.upload(&frontier)?;
        let next = dev.upload(&vec![0u8; n])?;
        let visited = dev.upload(&frontier)?;
        let cost_b = dev.upload(&cost)?;
        let changed = dev.upload(&[0u8])?;
        let range = cover(n, LOCAL);
        // A path visits each node once, so n + 1 levels bound the loop.
        for _ in 0..=n {
            dev.write_slice(changed, &[0u8])?;
            dev.launch(
                "bfs_expand",
                &args(
                    &[nodes, edges, frontier_b, next, visited, cost_b],
                    &[Arg::i32(n as i32)],
                ),
                &range,
            )?;
            dev.launch(
                "bfs_update",
                &args(&[frontier_b, next, visited, changed], &[Arg::i32(n as i32)]),
                &range,
            )?;
            if dev.download::<u8>(changed, 1)?[0] == 0 {
                break;
            }
        }
        Ok(vec![Output::new(
            "cost",
            Data::I32(dev.download(cost_b, n)?),
        )])
    }

    fn reference(&self) -> Vec<Output> {
        let n = self.nodes.len();
        let mut cost = vec![-1i32; n];
        cost[0] = 0;
        let mut frontier = vec![0usize];
        while !frontier.is_empty() {
            let mut next = Vec::new();
            for &v in &frontier {
                let [first, deg] = self.nodes[v];
                for &u in &self.edges[first as usize..(first + deg) as usize] {
                    if cost[u as usize] < 0 {
                        cost[u as usize] = cost[v] + 1;
                        next.push(u as usize);
                    }
                }
            }
            frontier = next;
        }
        vec![Output::new("cost", Data::I32(cost))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_graph_levels() {
        // 0 → 1, 0 → 2, 2 → 3, 3 → 0; node 4 unreachable.
        let inst = BfsInstance {
            nodes: vec![[0, 2], [2, 0], [2, 1], [3, 1], [4, 1]],
            edges: vec![1, 2, 3, 0, 4],
        };
        assert_eq!(inst.reference()[0].data, Data::I32(vec![0, 1, 1, 2, -1]));
    }
}
