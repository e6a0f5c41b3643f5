//! The interpreter: runs a compute program over an NDRange on the CPU.
//!
//! The program is validated and decoded once (registers resolved to slots, jump targets
//! taken from the validator's structure); then each work-group runs its work-items in
//! lockstep phases: every work-item runs until it reaches a `BARRIER` or ends, then all must
//! wait at the same barrier (or all have ended) before the next phase. Global memory is one
//! [`Vec<u8>`] per buffer, addressed through [`global_address`]; shared memory is per group,
//! private memory per work-item, the `INPUT` block is [`Env::input`]. Faults (out-of-bounds
//! or misaligned accesses, divergent barriers, the instruction budget) are errors naming the
//! instruction, never panics.

use crate::flow::{self, Flow};
use crate::opcode::Opcode;
use crate::program::{Decl, File, MemoryKind, Program, Property, Register, Semantic, Src};
use crate::text::inst_text;
use crate::validate::{self, ValidationError};
use crate::Ty;

/// A launch: number of work-groups and work-items per group in x, y, z.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    /// Work-groups in x, y, z.
    pub groups: [u32; 3],
    /// Work-items per group in x, y, z.
    pub group_size: [u32; 3],
    /// `get_work_dim()` (1 to 3).
    pub work_dim: u32,
}

impl Grid {
    /// A one-dimensional launch.
    pub fn linear(groups: u32, group_size: u32) -> Grid {
        Grid { groups: [groups, 1, 1], group_size: [group_size, 1, 1], work_dim: 1 }
    }
}

/// The memory a launch runs against.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Env {
    /// Global memory: one vector per buffer; buffer i starts at [`global_address`]`(i)`.
    pub buffers: Vec<Vec<u8>>,
    /// `BUFFER[k]` is `buffers[bindings[k]]`.
    pub bindings: Vec<usize>,
    /// The `INPUT` block (kernel arguments, laid out by [`crate::abi::InputLayout`]); pointer
    /// slots hold [`global_address`] values.
    pub input: Vec<u8>,
    /// Bytes of dynamic shared memory after the `CS_SHARED_BYTES` static part.
    pub dynamic_shared: u32,
}

/// Limits of a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Most instructions executed in the whole launch before [`InterpError::Budget`].
    pub budget: u64,
    /// Deepest subroutine nesting before [`InterpError::CallDepth`].
    pub max_call_depth: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options { budget: 1_000_000_000, max_call_depth: 256 }
    }
}

/// What a run did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunStats {
    /// Instructions executed, over all work-items.
    pub instructions: u64,
    pub work_items: u64,
    pub work_groups: u64,
    /// Barrier phases completed, over all work-groups.
    pub barriers: u64,
}

/// The base address of `buffers[buffer]` in the 64-bit `GLOBAL` space: `(buffer + 1) << 32`.
/// Buffer offsets are the low 32 bits; address 0 is never valid.
pub fn global_address(buffer: usize) -> u64 {
    (buffer as u64 + 1) << 32
}

/// Why a run failed. Faults name the instruction (index and text).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InterpError {
    #[error("invalid program: {}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<ValidationError>),
    #[error("bad launch: {0}")]
    Launch(String),
    #[error(
        "instruction {index} `{text}`: out-of-bounds {space} access at {addr:#x} (size {size:#x})"
    )]
    OutOfBounds { index: usize, text: String, space: String, addr: u64, size: u64 },
    #[error("instruction {index} `{text}`: misaligned {space} access at {addr:#x} (must be 4-byte aligned)")]
    Misaligned { index: usize, text: String, space: String, addr: u64 },
    #[error("instruction {index} `{text}`: {message}")]
    Barrier { index: usize, text: String, message: String },
    #[error(
        "instruction {index} `{text}`: instruction budget of {limit} exhausted (unbounded loop?)"
    )]
    Budget { index: usize, text: String, limit: u64 },
    #[error("instruction {index} `{text}`: subroutine calls nested deeper than {limit}")]
    CallDepth { index: usize, text: String, limit: usize },
    #[error("instruction {index} `{text}`: indirect index {reg} out of range")]
    Indirect { index: usize, text: String, reg: String },
    #[error("instruction {index} `{text}`: {what} is not supported by the interpreter")]
    Unsupported { index: usize, text: String, what: String },
}

/// Runs `prog` over `grid` with default [`Options`].
pub fn run(prog: &Program, grid: &Grid, env: &mut Env) -> Result<RunStats, InterpError> {
    run_with(prog, grid, env, &Options::default())
}

/// Runs `prog` over `grid`.
pub fn run_with(
    prog: &Program,
    grid: &Grid,
    env: &mut Env,
    opts: &Options,
) -> Result<RunStats, InterpError> {
    let v = validate::validate(prog).map_err(InterpError::Invalid)?;
    let m = Machine::decode(prog, v.flow(), env)?;
    m.launch(prog, grid, env, opts)
}

// ---- decoded form -------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
enum Loc {
    Temp(u32),
    /// `TEMP[ADDR[a].c + base]`: a is a slot, c a channel.
    TempInd {
        base: u32,
        addr: u32,
        chan: u8,
    },
    Imm(u32),
    ImmInd {
        base: u32,
        addr: u32,
        chan: u8,
    },
    /// `CONST[0][i]`: the INPUT block viewed as vec4s.
    Const(u32),
    ConstInd {
        base: u32,
        addr: u32,
        chan: u8,
    },
    Sv(u8),
    /// An ADDR register (its slot after the temporaries).
    Addr(u32),
    /// A memory resource (not a value).
    Res,
}

#[derive(Clone, Copy, Debug)]
struct DSrc {
    loc: Loc,
    swz: [u8; 4],
    /// Modifiers as per-lane `and` then `xor` masks, if any.
    mods: Option<([u32; 4], [u32; 4])>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Space {
    Global,
    Shared,
    Private,
    Input,
    /// An index into `Env::buffers`.
    Buffer(usize),
}

#[derive(Clone, Copy, Debug)]
struct DInst {
    op: Opcode,
    dst: Loc,
    mask: u8,
    src: [DSrc; 4],
    nsrc: u8,
    jump: usize,
    space: Space,
}

struct Machine {
    insts: Vec<DInst>,
    switches: Vec<flow::Switch>,
    imms: Vec<[u32; 4]>,
    consts: Vec<[u32; 4]>,
    ntemps: u32,
    naddr: u32,
    sv_of: Vec<Option<Semantic>>,
    shared_bytes: usize,
    private_bytes: usize,
}

const NO_SRC: DSrc = DSrc { loc: Loc::Res, swz: [0, 1, 2, 3], mods: None };

impl Machine {
    fn decode(prog: &Program, flow: &Flow, env: &Env) -> Result<Machine, InterpError> {
        let mut ntemps = 0u32;
        let mut naddr = 0u32;
        let mut sv_of: Vec<Option<Semantic>> = Vec::new();
        for d in &prog.decls {
            match *d {
                Decl::Temp { last, .. } => ntemps = ntemps.max(last.saturating_add(1)),
                Decl::Addr { last, .. } => naddr = naddr.max(last.saturating_add(1)),
                Decl::Sv { index, semantic } => {
                    let i = index as usize;
                    if i >= sv_of.len() {
                        if i > 4096 {
                            return Err(InterpError::Launch(format!(
                                "SV[{index}] index too large"
                            )));
                        }
                        sv_of.resize(i + 1, None);
                    }
                    sv_of[i] = Some(semantic);
                }
                Decl::Const { .. } | Decl::Memory { .. } | Decl::Buffer { .. } => {}
            }
        }
        if u64::from(ntemps) + u64::from(naddr) > 1 << 16 {
            return Err(InterpError::Launch("more than 65536 registers declared".into()));
        }
        let imms: Vec<[u32; 4]> = prog.imms.iter().map(|i| i.lanes).collect();
        let consts: Vec<[u32; 4]> = env
            .input
            .chunks(16)
            .map(|c| {
                let mut v = [0u32; 4];
                for (k, w) in c.chunks(4).enumerate() {
                    let mut b = [0u8; 4];
                    b[..w.len()].copy_from_slice(w);
                    v[k] = u32::from_le_bytes(b);
                }
                v
            })
            .collect();
        let mut insts = Vec::with_capacity(prog.insts.len());
        for (i, inst) in prog.insts.iter().enumerate() {
            let unsupported =
                |what: String| InterpError::Unsupported { index: i, text: inst_text(inst), what };
            let loc = |r: &Register| -> Result<Loc, InterpError> {
                let ind = r.indirect.map(|a| (ntemps + a.index, a.chan));
                Ok(match (r.file, ind) {
                    (File::Temp, None) => Loc::Temp(r.index),
                    (File::Temp, Some((addr, chan))) => Loc::TempInd { base: r.index, addr, chan },
                    (File::Imm, None) => Loc::Imm(r.index),
                    (File::Imm, Some((addr, chan))) => Loc::ImmInd { base: r.index, addr, chan },
                    (File::Const, ind) => {
                        if r.dim != Some(0) {
                            return Err(unsupported("a CONST buffer other than 0".into()));
                        }
                        match ind {
                            None => Loc::Const(r.index),
                            Some((addr, chan)) => Loc::ConstInd { base: r.index, addr, chan },
                        }
                    }
                    (File::Sv, _) => {
                        let sem = sv_of.get(r.index as usize).copied().flatten();
                        let k = match sem {
                            Some(Semantic::ThreadId) => 0,
                            Some(Semantic::BlockId) => 1,
                            Some(Semantic::BlockSize) => 2,
                            Some(Semantic::GridSize) => 3,
                            Some(Semantic::WorkDim) => 4,
                            None => return Err(unsupported("an undeclared SV".into())),
                        };
                        Loc::Sv(k)
                    }
                    (File::Addr, _) => Loc::Addr(ntemps + r.index),
                    (File::Memory | File::Buffer, _) => Loc::Res,
                    (File::In | File::Out, _) => {
                        return Err(unsupported(format!("the {} file", r.file.name())))
                    }
                })
            };
            let dsrc = |k: usize, s: &Src| -> Result<DSrc, InterpError> {
                let mods = if s.abs || s.negate {
                    let ty = inst.op.src_ty_at(k);
                    let lanes: [bool; 4] =
                        if ty == Ty::F64 { [false, true, false, true] } else { [true; 4] };
                    let mut and = [u32::MAX; 4];
                    let mut xor = [0u32; 4];
                    for c in 0..4 {
                        if lanes[c] {
                            if s.abs {
                                and[c] = 0x7fff_ffff;
                            }
                            if s.negate {
                                xor[c] = 0x8000_0000;
                            }
                        }
                    }
                    Some((and, xor))
                } else {
                    None
                };
                Ok(DSrc { loc: loc(&s.reg)?, swz: s.swizzle, mods })
            };
            let mut src = [NO_SRC; 4];
            for (k, s) in inst.src.iter().enumerate().take(4) {
                src[k] = dsrc(k, s)?;
            }
            let (dst, mask) = match inst.dst.first() {
                Some(d) => (loc(&d.reg)?, d.mask),
                None => (Loc::Res, 0),
            };
            let res = if inst.op == Opcode::STORE {
                inst.dst.first().map(|d| d.reg)
            } else if inst.op.is_resource_src(0) {
                inst.src.first().map(|s| s.reg)
            } else {
                None
            };
            let space = match res {
                Some(r) if r.file == File::Buffer => {
                    let b = env
                        .bindings
                        .get(r.index as usize)
                        .copied()
                        .filter(|&b| b < env.buffers.len());
                    match b {
                        Some(b) => Space::Buffer(b),
                        None => {
                            return Err(InterpError::Launch(format!(
                                "BUFFER[{}] (used by instruction {i}) is not bound to a buffer",
                                r.index
                            )))
                        }
                    }
                }
                Some(r) => match prog.memory_kind(r.index) {
                    Some(MemoryKind::Global) => Space::Global,
                    Some(MemoryKind::Shared) => Space::Shared,
                    Some(MemoryKind::Private) => Space::Private,
                    Some(MemoryKind::Input) => Space::Input,
                    None => return Err(unsupported("an undeclared MEMORY".into())),
                },
                None => Space::Private,
            };
            insts.push(DInst {
                op: inst.op,
                dst,
                mask,
                src,
                nsrc: inst.src.len() as u8,
                jump: flow.jump(i),
                space,
            });
        }
        let shared = u64::from(prog.property(Property::SharedBytes).unwrap_or(0))
            + u64::from(env.dynamic_shared);
        let private = prog.property(Property::PrivateBytes).unwrap_or(0);
        if shared > 1 << 30 || private > 1 << 24 {
            return Err(InterpError::Launch("shared or private memory size too large".into()));
        }
        Ok(Machine {
            insts,
            switches: flow.switches().to_vec(),
            imms,
            consts,
            ntemps,
            naddr,
            sv_of,
            shared_bytes: shared as usize,
            private_bytes: private as usize,
        })
    }

    fn launch(
        &self,
        prog: &Program,
        grid: &Grid,
        env: &mut Env,
        opts: &Options,
    ) -> Result<RunStats, InterpError> {
        let _ = &self.sv_of;
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
                        prog,
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

    #[allow(clippy::too_many_arguments)] // the per-group memories are separate borrows
    fn run_group(
        &self,
        prog: &Program,
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
                item.state = self.exec(prog, item, r, &mut mem, st)?;
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
                                text: inst_text(&prog.insts[pc]),
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
                        text: inst_text(&prog.insts[pc]),
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ItemState {
    Running,
    /// Waiting at the barrier at this instruction.
    Barrier(usize),
    Ended,
}

struct Item {
    pc: usize,
    state: ItemState,
    calls: Vec<usize>,
    /// THREAD_ID, BLOCK_ID, BLOCK_SIZE, GRID_SIZE, WORK_DIM.
    sv: [[u32; 4]; 5],
}

struct State {
    budget: u64,
    executed: u64,
    max_depth: usize,
}

struct Mem<'a> {
    buffers: &'a mut [Vec<u8>],
    input: &'a [u8],
    shared: &'a mut [u8],
    private: &'a mut [u8],
}

enum Fault {
    Oob(&'static str, u64, u64),
    Misaligned(&'static str, u64),
}

impl Mem<'_> {
    /// The bytes of the 32-bit word at `addr` in `space`.
    fn locate(&self, space: Space, addr: u64) -> Result<(Option<usize>, usize), Fault> {
        let (name, size, off, buf) = match space {
            Space::Global => {
                let b = (addr >> 32).wrapping_sub(1);
                let off = addr & 0xffff_ffff;
                match self.buffers.get(b as usize).filter(|_| b < self.buffers.len() as u64) {
                    Some(v) => ("global", v.len() as u64, off, Some(b as usize)),
                    None => return Err(Fault::Oob("global", addr, 0)),
                }
            }
            Space::Buffer(b) => ("buffer", self.buffers[b].len() as u64, addr, Some(b)),
            Space::Shared => ("shared", self.shared.len() as u64, addr, None),
            Space::Private => ("private", self.private.len() as u64, addr, None),
            Space::Input => ("input", self.input.len() as u64, addr, None),
        };
        if off % 4 != 0 {
            return Err(Fault::Misaligned(name, addr));
        }
        if off + 4 > size {
            return Err(Fault::Oob(name, addr, size));
        }
        Ok((buf, off as usize))
    }

    fn load(&self, space: Space, addr: u64) -> Result<u32, Fault> {
        let (buf, off) = self.locate(space, addr)?;
        let bytes: &[u8] = match (space, buf) {
            (Space::Global | Space::Buffer(_), Some(b)) => &self.buffers[b],
            (Space::Shared, _) => self.shared,
            (Space::Private, _) => self.private,
            (Space::Input, _) => self.input,
            (Space::Global | Space::Buffer(_), None) => return Err(Fault::Oob("global", addr, 0)),
        };
        let mut w = [0u8; 4];
        w.copy_from_slice(&bytes[off..off + 4]);
        Ok(u32::from_le_bytes(w))
    }

    fn store(&mut self, space: Space, addr: u64, v: u32) -> Result<(), Fault> {
        let (buf, off) = self.locate(space, addr)?;
        let bytes: &mut [u8] = match (space, buf) {
            (Space::Global | Space::Buffer(_), Some(b)) => &mut self.buffers[b],
            (Space::Shared, _) => self.shared,
            (Space::Private, _) => self.private,
            // The validator rejects writes to INPUT; keep the interpreter total anyway.
            (Space::Input, _) => return Err(Fault::Oob("input (read-only)", addr, 0)),
            (Space::Global | Space::Buffer(_), None) => return Err(Fault::Oob("global", addr, 0)),
        };
        bytes[off..off + 4].copy_from_slice(&v.to_le_bytes());
        Ok(())
    }
}

// ---- value helpers --------------------------------------------------------------------

#[inline]
fn f(x: u32) -> f32 {
    f32::from_bits(x)
}
#[inline]
fn fb(x: f32) -> u32 {
    x.to_bits()
}
#[inline]
fn d(x: u64) -> f64 {
    f64::from_bits(x)
}
#[inline]
fn db(x: f64) -> u64 {
    x.to_bits()
}
#[inline]
fn pair(v: [u32; 4], p: usize) -> u64 {
    u64::from(v[2 * p]) | (u64::from(v[2 * p + 1]) << 32)
}
#[inline]
fn lanes64(a: u64, b: u64) -> [u32; 4] {
    [a as u32, (a >> 32) as u32, b as u32, (b >> 32) as u32]
}
#[inline]
fn bool32(b: bool) -> u32 {
    if b {
        u32::MAX
    } else {
        0
    }
}
#[inline]
fn fbool(b: bool) -> u32 {
    if b {
        fb(1.0)
    } else {
        fb(0.0)
    }
}
#[inline]
fn m1(a: [u32; 4], g: impl Fn(u32) -> u32) -> [u32; 4] {
    [g(a[0]), g(a[1]), g(a[2]), g(a[3])]
}
#[inline]
fn m2(a: [u32; 4], b: [u32; 4], g: impl Fn(u32, u32) -> u32) -> [u32; 4] {
    [g(a[0], b[0]), g(a[1], b[1]), g(a[2], b[2]), g(a[3], b[3])]
}
#[inline]
fn m3(a: [u32; 4], b: [u32; 4], c: [u32; 4], g: impl Fn(u32, u32, u32) -> u32) -> [u32; 4] {
    [g(a[0], b[0], c[0]), g(a[1], b[1], c[1]), g(a[2], b[2], c[2]), g(a[3], b[3], c[3])]
}
#[inline]
fn f1(a: [u32; 4], g: impl Fn(f32) -> f32) -> [u32; 4] {
    m1(a, |x| fb(g(f(x))))
}
#[inline]
fn f2(a: [u32; 4], b: [u32; 4], g: impl Fn(f32, f32) -> f32) -> [u32; 4] {
    m2(a, b, |x, y| fb(g(f(x), f(y))))
}
#[inline]
fn fcmp(a: [u32; 4], b: [u32; 4], g: impl Fn(f32, f32) -> bool) -> [u32; 4] {
    m2(a, b, |x, y| bool32(g(f(x), f(y))))
}
#[inline]
fn scalar(a: [u32; 4], g: impl Fn(f32) -> f32) -> [u32; 4] {
    [fb(g(f(a[0]))); 4]
}
#[inline]
fn w1(a: [u32; 4], g: impl Fn(u64) -> u64) -> [u32; 4] {
    lanes64(g(pair(a, 0)), g(pair(a, 1)))
}
#[inline]
fn w2(a: [u32; 4], b: [u32; 4], g: impl Fn(u64, u64) -> u64) -> [u32; 4] {
    lanes64(g(pair(a, 0), pair(b, 0)), g(pair(a, 1), pair(b, 1)))
}
#[inline]
fn w3(a: [u32; 4], b: [u32; 4], c: [u32; 4], g: impl Fn(u64, u64, u64) -> u64) -> [u32; 4] {
    lanes64(g(pair(a, 0), pair(b, 0), pair(c, 0)), g(pair(a, 1), pair(b, 1), pair(c, 1)))
}
#[inline]
fn d1(a: [u32; 4], g: impl Fn(f64) -> f64) -> [u32; 4] {
    w1(a, |x| db(g(d(x))))
}
#[inline]
fn d2(a: [u32; 4], b: [u32; 4], g: impl Fn(f64, f64) -> f64) -> [u32; 4] {
    w2(a, b, |x, y| db(g(d(x), d(y))))
}
/// 64-bit sources, 32-bit results in x (pair xy) and y (pair zw).
#[inline]
fn wn1(a: [u32; 4], g: impl Fn(u64) -> u32) -> [u32; 4] {
    [g(pair(a, 0)), g(pair(a, 1)), 0, 0]
}
#[inline]
fn wn2(a: [u32; 4], b: [u32; 4], g: impl Fn(u64, u64) -> bool) -> [u32; 4] {
    [bool32(g(pair(a, 0), pair(b, 0))), bool32(g(pair(a, 1), pair(b, 1))), 0, 0]
}
/// 32-bit source channels x and y to 64-bit pairs xy and zw.
#[inline]
fn nw1(a: [u32; 4], g: impl Fn(u32) -> u64) -> [u32; 4] {
    lanes64(g(a[0]), g(a[1]))
}
/// 64-bit shift: pair xy by channel x of the count, zw by channel y.
#[inline]
fn wshift(a: [u32; 4], b: [u32; 4], g: impl Fn(u64, u32) -> u64) -> [u32; 4] {
    lanes64(g(pair(a, 0), b[0] & 63), g(pair(a, 1), b[1] & 63))
}

fn sign_f32(x: f32) -> f32 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

fn sign_f64(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

fn idiv(a: u32, b: u32) -> u32 {
    let (a, b) = (a as i32, b as i32);
    if b == 0 {
        u32::MAX
    } else {
        a.wrapping_div(b) as u32
    }
}

fn imod(a: u32, b: u32) -> u32 {
    let (a, b) = (a as i32, b as i32);
    if b == 0 {
        u32::MAX
    } else {
        a.wrapping_rem(b) as u32
    }
}

fn ubfe(v: u32, off: u32, bits: u32) -> u32 {
    let (off, bits) = (off & 31, bits & 31);
    if bits == 0 {
        0
    } else {
        (v >> off) & ((1u32 << bits) - 1)
    }
}

fn ibfe(v: u32, off: u32, bits: u32) -> u32 {
    let (off, bits) = (off & 31, bits & 31);
    if bits == 0 {
        0
    } else {
        let t = (v as i32) >> off;
        ((t << (32 - bits)) >> (32 - bits)) as u32
    }
}

fn bfi(base: u32, ins: u32, off: u32, bits: u32) -> u32 {
    let (off, bits) = (off & 31, bits & 31);
    if bits == 0 {
        return base;
    }
    let mask = (((1u64 << bits) - 1) << off) as u32;
    (base & !mask) | ((ins << off) & mask)
}

fn imsb(v: u32) -> u32 {
    let v = v as i32;
    let x = if v < 0 { !v } else { v } as u32;
    if x == 0 {
        u32::MAX
    } else {
        31 - x.leading_zeros()
    }
}

impl Machine {
    #[inline]
    fn slot(&self, regs: &[[u32; 4]], base: u32, addr: u32, chan: u8, len: usize) -> Option<usize> {
        let off = regs[addr as usize][usize::from(chan & 3)] as i32;
        let i = i64::from(base) + i64::from(off);
        if i >= 0 && (i as u64) < len as u64 {
            Some(i as usize)
        } else {
            None
        }
    }

    #[inline]
    fn read(&self, loc: Loc, regs: &[[u32; 4]], item: &Item) -> Option<[u32; 4]> {
        Some(match loc {
            Loc::Temp(i) => regs[i as usize],
            Loc::Addr(i) => regs[i as usize],
            Loc::Imm(i) => self.imms[i as usize],
            Loc::Sv(k) => item.sv[usize::from(k)],
            Loc::Const(i) => *self.consts.get(i as usize)?,
            Loc::TempInd { base, addr, chan } => {
                regs[self.slot(regs, base, addr, chan, self.ntemps as usize)?]
            }
            Loc::ImmInd { base, addr, chan } => {
                self.imms[self.slot(regs, base, addr, chan, self.imms.len())?]
            }
            Loc::ConstInd { base, addr, chan } => {
                self.consts[self.slot(regs, base, addr, chan, self.consts.len())?]
            }
            Loc::Res => [0; 4],
        })
    }

    #[inline]
    fn fetch(&self, s: &DSrc, regs: &[[u32; 4]], item: &Item) -> Option<[u32; 4]> {
        let v = self.read(s.loc, regs, item)?;
        let w = s.swz;
        let mut r = [
            v[usize::from(w[0] & 3)],
            v[usize::from(w[1] & 3)],
            v[usize::from(w[2] & 3)],
            v[usize::from(w[3] & 3)],
        ];
        if let Some((and, xor)) = s.mods {
            for c in 0..4 {
                r[c] = (r[c] & and[c]) ^ xor[c];
            }
        }
        Some(r)
    }

    /// Runs one work-item until it reaches a barrier or ends.
    fn exec(
        &self,
        prog: &Program,
        item: &mut Item,
        regs: &mut [[u32; 4]],
        mem: &mut Mem<'_>,
        st: &mut State,
    ) -> Result<ItemState, InterpError> {
        let mut pc = item.pc;
        let text = |pc: usize| inst_text(&prog.insts[pc]);
        let indirect =
            |pc: usize| InterpError::Indirect { index: pc, text: text(pc), reg: "register".into() };
        let fault = |pc: usize, e: Fault| match e {
            Fault::Oob(space, addr, size) => InterpError::OutOfBounds {
                index: pc,
                text: text(pc),
                space: space.into(),
                addr,
                size,
            },
            Fault::Misaligned(space, addr) => {
                InterpError::Misaligned { index: pc, text: text(pc), space: space.into(), addr }
            }
        };
        loop {
            let Some(inst) = self.insts.get(pc) else {
                // Falling off the end (only possible after a subroutine layout quirk) ends.
                item.pc = pc;
                return Ok(ItemState::Ended);
            };
            st.executed += 1;
            if st.executed > st.budget {
                return Err(InterpError::Budget { index: pc, text: text(pc), limit: st.budget });
            }
            let mut s = [[0u32; 4]; 4];
            for (v, src) in s.iter_mut().zip(&inst.src[..usize::from(inst.nsrc)]) {
                *v = self.fetch(src, regs, item).ok_or_else(|| indirect(pc))?;
            }
            let [a, b, c, e] = s;
            let addr = |v: [u32; 4]| -> u64 {
                if inst.space == Space::Global {
                    u64::from(v[0]) | (u64::from(v[1]) << 32)
                } else {
                    u64::from(v[0])
                }
            };
            let r: [u32; 4] = match inst.op {
                // ---- float
                Opcode::MOV => a,
                Opcode::ADD => f2(a, b, |x, y| x + y),
                Opcode::MUL => f2(a, b, |x, y| x * y),
                Opcode::MAD => m3(a, b, c, |x, y, z| fb(f(x) * f(y) + f(z))),
                Opcode::FMA => m3(a, b, c, |x, y, z| fb(f(x).mul_add(f(y), f(z)))),
                Opcode::DIV => f2(a, b, |x, y| x / y),
                Opcode::MIN => f2(a, b, f32::min),
                Opcode::MAX => f2(a, b, f32::max),
                Opcode::FLR => f1(a, f32::floor),
                Opcode::CEIL => f1(a, f32::ceil),
                Opcode::TRUNC => f1(a, f32::trunc),
                Opcode::ROUND => f1(a, f32::round_ties_even),
                Opcode::FRC => f1(a, |x| x - x.floor()),
                Opcode::SSG => f1(a, sign_f32),
                Opcode::CMP => m3(a, b, c, |x, y, z| if f(x) < 0.0 { y } else { z }),
                Opcode::SLT => m2(a, b, |x, y| fbool(f(x) < f(y))),
                Opcode::SGE => m2(a, b, |x, y| fbool(f(x) >= f(y))),
                Opcode::SEQ => m2(a, b, |x, y| fbool(f(x) == f(y))),
                Opcode::SNE => m2(a, b, |x, y| fbool(f(x) != f(y))),
                Opcode::FSLT => fcmp(a, b, |x, y| x < y),
                Opcode::FSGE => fcmp(a, b, |x, y| x >= y),
                Opcode::FSEQ => fcmp(a, b, |x, y| x == y),
                Opcode::FSNE => fcmp(a, b, |x, y| x != y),
                Opcode::LDEXP => m2(a, b, |x, y| fb(ldexp(f(x), y as i32))),
                Opcode::RCP => scalar(a, |x| 1.0 / x),
                Opcode::RSQ => scalar(a, |x| 1.0 / x.sqrt()),
                Opcode::SQRT => scalar(a, f32::sqrt),
                Opcode::EX2 => scalar(a, f32::exp2),
                Opcode::LG2 => scalar(a, f32::log2),
                Opcode::POW => [fb(f(a[0]).powf(f(b[0]))); 4],
                Opcode::SIN => scalar(a, f32::sin),
                Opcode::COS => scalar(a, f32::cos),
                Opcode::DP2 => [fb(f(a[0]) * f(b[0]) + f(a[1]) * f(b[1])); 4],
                Opcode::DP3 => [fb(f(a[0]) * f(b[0]) + f(a[1]) * f(b[1]) + f(a[2]) * f(b[2])); 4],
                Opcode::DP4 => {
                    [fb(f(a[0]) * f(b[0])
                        + f(a[1]) * f(b[1])
                        + f(a[2]) * f(b[2])
                        + f(a[3]) * f(b[3])); 4]
                }
                // ---- integer
                Opcode::UADD => m2(a, b, u32::wrapping_add),
                Opcode::UMUL => m2(a, b, u32::wrapping_mul),
                Opcode::UMAD => m3(a, b, c, |x, y, z| x.wrapping_mul(y).wrapping_add(z)),
                Opcode::IMUL_HI => {
                    m2(a, b, |x, y| ((i64::from(x as i32) * i64::from(y as i32)) >> 32) as u32)
                }
                Opcode::UMUL_HI => m2(a, b, |x, y| ((u64::from(x) * u64::from(y)) >> 32) as u32),
                Opcode::IDIV => m2(a, b, idiv),
                Opcode::UDIV => m2(a, b, |x, y| x.checked_div(y).unwrap_or(u32::MAX)),
                Opcode::UMOD => m2(a, b, |x, y| x.checked_rem(y).unwrap_or(u32::MAX)),
                Opcode::MOD => m2(a, b, imod),
                Opcode::INEG => m1(a, |x| (x as i32).wrapping_neg() as u32),
                Opcode::IABS => m1(a, |x| (x as i32).wrapping_abs() as u32),
                Opcode::ISSG => m1(a, |x| (x as i32).signum() as u32),
                Opcode::NOT => m1(a, |x| !x),
                Opcode::AND => m2(a, b, |x, y| x & y),
                Opcode::OR => m2(a, b, |x, y| x | y),
                Opcode::XOR => m2(a, b, |x, y| x ^ y),
                Opcode::SHL => m2(a, b, |x, y| x << (y & 31)),
                Opcode::ISHR => m2(a, b, |x, y| ((x as i32) >> (y & 31)) as u32),
                Opcode::USHR => m2(a, b, |x, y| x >> (y & 31)),
                Opcode::IMIN => m2(a, b, |x, y| (x as i32).min(y as i32) as u32),
                Opcode::IMAX => m2(a, b, |x, y| (x as i32).max(y as i32) as u32),
                Opcode::UMIN => m2(a, b, u32::min),
                Opcode::UMAX => m2(a, b, u32::max),
                Opcode::ISLT => m2(a, b, |x, y| bool32((x as i32) < (y as i32))),
                Opcode::ISGE => m2(a, b, |x, y| bool32((x as i32) >= (y as i32))),
                Opcode::USLT => m2(a, b, |x, y| bool32(x < y)),
                Opcode::USGE => m2(a, b, |x, y| bool32(x >= y)),
                Opcode::USEQ => m2(a, b, |x, y| bool32(x == y)),
                Opcode::USNE => m2(a, b, |x, y| bool32(x != y)),
                Opcode::UCMP => m3(a, b, c, |x, y, z| if x != 0 { y } else { z }),
                Opcode::IBFE => m3(a, b, c, ibfe),
                Opcode::UBFE => m3(a, b, c, ubfe),
                Opcode::BFI => [
                    bfi(a[0], b[0], c[0], e[0]),
                    bfi(a[1], b[1], c[1], e[1]),
                    bfi(a[2], b[2], c[2], e[2]),
                    bfi(a[3], b[3], c[3], e[3]),
                ],
                Opcode::BREV => m1(a, u32::reverse_bits),
                Opcode::POPC => m1(a, u32::count_ones),
                Opcode::LSB => m1(a, |x| if x == 0 { u32::MAX } else { x.trailing_zeros() }),
                Opcode::IMSB => m1(a, imsb),
                Opcode::UMSB => m1(a, |x| if x == 0 { u32::MAX } else { 31 - x.leading_zeros() }),
                Opcode::UARL => a,
                // ---- conversions
                Opcode::I2F => m1(a, |x| fb(x as i32 as f32)),
                Opcode::U2F => m1(a, |x| fb(x as f32)),
                Opcode::F2I => m1(a, |x| f(x) as i32 as u32),
                Opcode::F2U => m1(a, |x| f(x) as u32),
                // ---- doubles
                Opcode::DADD => d2(a, b, |x, y| x + y),
                Opcode::DMUL => d2(a, b, |x, y| x * y),
                Opcode::DMAD => w3(a, b, c, |x, y, z| db(d(x) * d(y) + d(z))),
                Opcode::DFMA => w3(a, b, c, |x, y, z| db(d(x).mul_add(d(y), d(z)))),
                Opcode::DDIV => d2(a, b, |x, y| x / y),
                Opcode::DRCP => d1(a, |x| 1.0 / x),
                Opcode::DSQRT => d1(a, f64::sqrt),
                Opcode::DRSQ => d1(a, |x| 1.0 / x.sqrt()),
                Opcode::DMIN => d2(a, b, f64::min),
                Opcode::DMAX => d2(a, b, f64::max),
                Opcode::DNEG => d1(a, |x| -x),
                Opcode::DABS => d1(a, f64::abs),
                Opcode::DFLR => d1(a, f64::floor),
                Opcode::DCEIL => d1(a, f64::ceil),
                Opcode::DTRUNC => d1(a, f64::trunc),
                Opcode::DROUND => d1(a, f64::round_ties_even),
                Opcode::DFRAC => d1(a, |x| x - x.floor()),
                Opcode::DSSG => d1(a, sign_f64),
                Opcode::DSEQ => wn2(a, b, |x, y| d(x) == d(y)),
                Opcode::DSNE => wn2(a, b, |x, y| d(x) != d(y)),
                Opcode::DSLT => wn2(a, b, |x, y| d(x) < d(y)),
                Opcode::DSGE => wn2(a, b, |x, y| d(x) >= d(y)),
                Opcode::D2F => wn1(a, |x| fb(d(x) as f32)),
                Opcode::D2I => wn1(a, |x| d(x) as i32 as u32),
                Opcode::D2U => wn1(a, |x| d(x) as u32),
                Opcode::F2D => nw1(a, |x| db(f64::from(f(x)))),
                Opcode::I2D => nw1(a, |x| db(f64::from(x as i32))),
                Opcode::U2D => nw1(a, |x| db(f64::from(x))),
                Opcode::D2I64 => w1(a, |x| d(x) as i64 as u64),
                Opcode::D2U64 => w1(a, |x| d(x) as u64),
                Opcode::I642D => w1(a, |x| db(x as i64 as f64)),
                Opcode::U642D => w1(a, |x| db(x as f64)),
                // ---- 64-bit integers
                Opcode::U64ADD => w2(a, b, u64::wrapping_add),
                Opcode::U64MUL => w2(a, b, u64::wrapping_mul),
                Opcode::U64DIV => w2(a, b, |x, y| x.checked_div(y).unwrap_or(u64::MAX)),
                Opcode::I64DIV => w2(a, b, |x, y| {
                    if y == 0 {
                        u64::MAX
                    } else {
                        (x as i64).wrapping_div(y as i64) as u64
                    }
                }),
                Opcode::U64MOD => w2(a, b, |x, y| x.checked_rem(y).unwrap_or(u64::MAX)),
                Opcode::I64MOD => w2(a, b, |x, y| {
                    if y == 0 {
                        u64::MAX
                    } else {
                        (x as i64).wrapping_rem(y as i64) as u64
                    }
                }),
                Opcode::U64MIN => w2(a, b, u64::min),
                Opcode::U64MAX => w2(a, b, u64::max),
                Opcode::I64MIN => w2(a, b, |x, y| (x as i64).min(y as i64) as u64),
                Opcode::I64MAX => w2(a, b, |x, y| (x as i64).max(y as i64) as u64),
                Opcode::I64NEG => w1(a, |x| (x as i64).wrapping_neg() as u64),
                Opcode::I64ABS => w1(a, |x| (x as i64).wrapping_abs() as u64),
                Opcode::I64SSG => w1(a, |x| (x as i64).signum() as u64),
                Opcode::U64SHL => wshift(a, b, |x, n| x << n),
                Opcode::I64SHR => wshift(a, b, |x, n| ((x as i64) >> n) as u64),
                Opcode::U64SHR => wshift(a, b, |x, n| x >> n),
                Opcode::U64SEQ => wn2(a, b, |x, y| x == y),
                Opcode::U64SNE => wn2(a, b, |x, y| x != y),
                Opcode::U64SLT => wn2(a, b, |x, y| x < y),
                Opcode::U64SGE => wn2(a, b, |x, y| x >= y),
                Opcode::I64SLT => wn2(a, b, |x, y| (x as i64) < (y as i64)),
                Opcode::I64SGE => wn2(a, b, |x, y| (x as i64) >= (y as i64)),
                Opcode::I2I64 => nw1(a, |x| x as i32 as i64 as u64),
                Opcode::U2I64 => nw1(a, u64::from),
                Opcode::F2I64 => nw1(a, |x| f(x) as i64 as u64),
                Opcode::F2U64 => nw1(a, |x| f(x) as u64),
                Opcode::I642F => wn1(a, |x| fb(x as i64 as f32)),
                Opcode::U642F => wn1(a, |x| fb(x as f32)),
                // ---- memory
                Opcode::LOAD => {
                    let base = addr(b);
                    let mut r = [0u32; 4];
                    for (ch, rv) in r.iter_mut().enumerate() {
                        if inst.mask & (1 << ch) != 0 {
                            let at = base.wrapping_add(4 * ch as u64);
                            *rv = mem.load(inst.space, at).map_err(|x| fault(pc, x))?;
                        }
                    }
                    r
                }
                Opcode::STORE => {
                    let base = addr(a);
                    for (ch, v) in b.iter().enumerate() {
                        if inst.mask & (1 << ch) != 0 {
                            let at = base.wrapping_add(4 * ch as u64);
                            mem.store(inst.space, at, *v).map_err(|x| fault(pc, x))?;
                        }
                    }
                    pc += 1;
                    continue;
                }
                Opcode::ATOMUADD
                | Opcode::ATOMXCHG
                | Opcode::ATOMCAS
                | Opcode::ATOMAND
                | Opcode::ATOMOR
                | Opcode::ATOMXOR
                | Opcode::ATOMUMIN
                | Opcode::ATOMUMAX
                | Opcode::ATOMIMIN
                | Opcode::ATOMIMAX
                | Opcode::ATOMFADD => {
                    let at = addr(b);
                    let old = mem.load(inst.space, at).map_err(|x| fault(pc, x))?;
                    let v = c[0];
                    let new = atomic(inst.op, old, v, e[0]);
                    mem.store(inst.space, at, new).map_err(|x| fault(pc, x))?;
                    [old; 4]
                }
                // ---- synchronization
                Opcode::BARRIER => {
                    item.pc = pc + 1;
                    return Ok(ItemState::Barrier(pc));
                }
                Opcode::MEMBAR | Opcode::NOP => {
                    pc += 1;
                    continue;
                }
                // ---- control flow
                Opcode::IF => {
                    pc = if f(a[0]) != 0.0 { pc + 1 } else { inst.jump };
                    continue;
                }
                Opcode::UIF => {
                    pc = if a[0] != 0 { pc + 1 } else { inst.jump };
                    continue;
                }
                Opcode::ELSE | Opcode::ENDLOOP | Opcode::BRK | Opcode::CONT | Opcode::BGNSUB => {
                    pc = inst.jump;
                    continue;
                }
                Opcode::ENDIF
                | Opcode::BGNLOOP
                | Opcode::CASE
                | Opcode::DEFAULT
                | Opcode::ENDSWITCH => {
                    pc += 1;
                    continue;
                }
                Opcode::SWITCH => {
                    let sw = &self.switches[inst.jump];
                    let mut target = sw.default.unwrap_or(sw.end) + 1;
                    for &ci in &sw.cases {
                        let cv = self
                            .fetch(&self.insts[ci].src[0], regs, item)
                            .ok_or_else(|| indirect(ci))?;
                        if cv[0] == a[0] {
                            target = ci + 1;
                            break;
                        }
                    }
                    pc = target;
                    continue;
                }
                Opcode::CAL => {
                    if item.calls.len() >= st.max_depth {
                        return Err(InterpError::CallDepth {
                            index: pc,
                            text: text(pc),
                            limit: st.max_depth,
                        });
                    }
                    item.calls.push(pc + 1);
                    pc = inst.jump;
                    continue;
                }
                Opcode::RET | Opcode::ENDSUB => match item.calls.pop() {
                    Some(ret) => {
                        pc = ret;
                        continue;
                    }
                    None => {
                        item.pc = pc;
                        return Ok(ItemState::Ended);
                    }
                },
                Opcode::END => {
                    item.pc = pc;
                    return Ok(ItemState::Ended);
                }
            };
            // Write the destination under its mask.
            let slot = match inst.dst {
                Loc::Temp(i) | Loc::Addr(i) => i as usize,
                Loc::TempInd { base, addr, chan } => self
                    .slot(regs, base, addr, chan, self.ntemps as usize)
                    .ok_or_else(|| indirect(pc))?,
                Loc::Imm(_)
                | Loc::ImmInd { .. }
                | Loc::Const(_)
                | Loc::ConstInd { .. }
                | Loc::Sv(_)
                | Loc::Res => {
                    return Err(InterpError::Unsupported {
                        index: pc,
                        text: text(pc),
                        what: "writing this register file".into(),
                    })
                }
            };
            let dst = &mut regs[slot];
            for (ch, v) in r.iter().enumerate() {
                if inst.mask & (1 << ch) != 0 {
                    dst[ch] = *v;
                }
            }
            pc += 1;
        }
    }
}

/// The new memory value of an atomic: `old` combined with `v` (`ATOMCAS`: compare `v`, new `w`).
fn atomic(op: Opcode, old: u32, v: u32, w: u32) -> u32 {
    match op {
        Opcode::ATOMUADD => old.wrapping_add(v),
        Opcode::ATOMXCHG => v,
        Opcode::ATOMCAS => {
            if old == v {
                w
            } else {
                old
            }
        }
        Opcode::ATOMAND => old & v,
        Opcode::ATOMOR => old | v,
        Opcode::ATOMXOR => old ^ v,
        Opcode::ATOMUMIN => old.min(v),
        Opcode::ATOMUMAX => old.max(v),
        Opcode::ATOMIMIN => (old as i32).min(v as i32) as u32,
        Opcode::ATOMIMAX => (old as i32).max(v as i32) as u32,
        Opcode::ATOMFADD => fb(f(old) + f(v)),
        _ => old,
    }
}

/// `x * 2^n`, exact (with gradual underflow and overflow to infinity).
fn ldexp(x: f32, n: i32) -> f32 {
    // |n| <= 400 keeps x * 2^n exact in f64 (f32 values span 2^-149..2^128); one rounding.
    let n = n.clamp(-400, 400);
    (f64::from(x) * 2f64.powi(n)) as f32
}
