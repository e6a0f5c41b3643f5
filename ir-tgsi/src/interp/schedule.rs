//! Scheduling: a launch runs its work-groups one after the other; a group runs its
//! work-items in lockstep phases, each until it reaches a `BARRIER` or ends, and checks that
//! all of them wait at the same barrier (or have all ended) before the next phase. Every
//! group starts with zeroed registers, shared and private memory.

use super::decode::Machine;
use super::memory::Mem;
use super::{Env, Grid, InterpError, Options, RunStats};
use crate::program::Property;

impl Machine<'_> {
    /// Runs every work-group of `grid`, one after the other.
    pub(super) fn launch(
        &self,
        grid: &Grid,
        env: &mut Env,
        opts: &Options,
    ) -> Result<RunStats, InterpError> {
        let prog = self.prog;
        let gs = grid.group_size;
        let items_per_group = u64::from(gs[0]) * u64::from(gs[1]) * u64::from(gs[2]);
        if items_per_group == 0 || grid.groups.contains(&0) {
            return Err(InterpError::Launch("empty grid".into()));
        }
        if items_per_group > 1 << 16 {
            return Err(InterpError::Launch(format!(
                "{items_per_group} work-items per group (at most 65536)"
            )));
        }
        if !(1..=3).contains(&grid.work_dim) {
            return Err(InterpError::Launch(format!(
                "work_dim {} (must be 1 to 3)",
                grid.work_dim
            )));
        }
        for (p, d) in [
            (Property::FixedBlockWidth, 0),
            (Property::FixedBlockHeight, 1),
            (Property::FixedBlockDepth, 2),
        ] {
            if let Some(v) = prog.property(p) {
                if v != gs[d] {
                    return Err(InterpError::Launch(format!(
                        "{} is {v} but the group size is {}",
                        p.name(),
                        gs[d]
                    )));
                }
            }
        }
        let n = items_per_group as usize;
        let nregs = (self.ntemps + self.naddr) as usize;
        if n.saturating_mul(nregs) > 1 << 26 || n.saturating_mul(self.private_bytes) > 1 << 30 {
            return Err(InterpError::Launch("registers or private memory too large".into()));
        }
        let mut regs = vec![[0u32; 4]; n * nregs];
        let mut private = vec![0u8; n * self.private_bytes];
        let mut shared = vec![0u8; self.shared_bytes];
        let mut items: Vec<Item> = Vec::with_capacity(n);
        let mut stats = RunStats::default();
        let mut st = State { budget: opts.budget, executed: 0, max_depth: opts.max_call_depth };
        let wd = grid.work_dim;
        for gz in 0..grid.groups[2] {
            for gy in 0..grid.groups[1] {
                for gx in 0..grid.groups[0] {
                    regs.fill([0; 4]);
                    private.fill(0);
                    shared.fill(0);
                    items.clear();
                    for tz in 0..gs[2] {
                        for ty in 0..gs[1] {
                            for tx in 0..gs[0] {
                                items.push(Item {
                                    pc: 0,
                                    state: ItemState::Running,
                                    calls: Vec::new(),
                                    sv: [
                                        [tx, ty, tz, 0],
                                        [gx, gy, gz, 0],
                                        [gs[0], gs[1], gs[2], 0],
                                        [grid.groups[0], grid.groups[1], grid.groups[2], 0],
                                        [wd; 4],
                                    ],
                                });
                            }
                        }
                    }
                    self.run_group(
                        &mut items,
                        &mut regs,
                        &mut private,
                        &mut shared,
                        env,
                        &mut st,
                        &mut stats,
                        [gx, gy, gz],
                    )?;
                    stats.work_groups += 1;
                }
            }
        }
        stats.instructions = st.executed;
        stats.work_items = stats.work_groups * items_per_group;
        Ok(stats)
    }

    /// Runs one work-group in barrier phases.
    #[allow(clippy::too_many_arguments)] // the per-group memories are separate borrows
    fn run_group(
        &self,
        items: &mut [Item],
        regs: &mut [[u32; 4]],
        private: &mut [u8],
        shared: &mut [u8],
        env: &mut Env,
        st: &mut State,
        stats: &mut RunStats,
        group: [u32; 3],
    ) -> Result<(), InterpError> {
        let nregs = (self.ntemps + self.naddr) as usize;
        let pb = self.private_bytes;
        loop {
            for (k, item) in items.iter_mut().enumerate() {
                if item.state == ItemState::Ended {
                    continue;
                }
                let r = &mut regs[k * nregs..(k + 1) * nregs];
                let p = &mut private[k * pb..(k + 1) * pb];
                let mut mem =
                    Mem { buffers: &mut env.buffers, input: &env.input, shared, private: p };
                item.state = self.exec(item, r, &mut mem, st)?;
            }
            let mut waiting: Option<(usize, [u32; 3])> = None;
            let mut ended: Option<[u32; 3]> = None;
            for item in items.iter() {
                let id = [item.sv[0][0], item.sv[0][1], item.sv[0][2]];
                match item.state {
                    ItemState::Barrier(pc) => match waiting {
                        None => waiting = Some((pc, id)),
                        Some((other, oid)) if other != pc => {
                            return Err(InterpError::Barrier {
                                index: pc,
                                text: self.text(pc),
                                message: format!(
                                    "divergent barrier: in group {group:?}, work-item {id:?} waits here while work-item {oid:?} waits at instruction {other}"
                                ),
                            });
                        }
                        Some(_) => {}
                    },
                    ItemState::Ended => {
                        ended.get_or_insert(id);
                    }
                    ItemState::Running => {}
                }
            }
            match (waiting, ended) {
                (None, _) => return Ok(()),
                (Some((pc, wid)), Some(eid)) => {
                    return Err(InterpError::Barrier {
                        index: pc,
                        text: self.text(pc),
                        message: format!(
                            "barrier reached by only part of a work-group: in group {group:?}, work-item {wid:?} waits here but work-item {eid:?} has ended"
                        ),
                    });
                }
                (Some(_), None) => {
                    stats.barriers += 1;
                    for item in items.iter_mut() {
                        item.state = ItemState::Running;
                    }
                }
            }
        }
    }
}

/// Where a work-item stands between phases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ItemState {
    Running,
    /// Waiting at the barrier at this instruction.
    Barrier(usize),
    Ended,
}

/// One work-item: where it is, its call stack and its system values.
pub(super) struct Item {
    pub pc: usize,
    pub state: ItemState,
    pub calls: Vec<usize>,
    /// THREAD_ID, BLOCK_ID, BLOCK_SIZE, GRID_SIZE, WORK_DIM.
    pub sv: [[u32; 4]; 5],
}

/// The launch's instruction budget and call-depth limit, and what it has executed.
pub(super) struct State {
    pub budget: u64,
    pub executed: u64,
    pub max_depth: usize,
}
