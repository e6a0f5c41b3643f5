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
//!
//! This module holds the launch interface (the grid, the memory, the limits, the errors);
//! `decode` prepares a program, `schedule` runs groups in barrier phases, `exec` runs one
//! work-item's instructions, `memory` holds the spaces and the memory instructions, and
//! `lanes` the per-lane arithmetic.

mod decode;
mod exec;
mod lanes;
mod memory;
mod schedule;

use crate::program::Program;
use crate::validate::{validate, ValidationError};
use decode::Machine;

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
    let v = validate(prog).map_err(InterpError::Invalid)?;
    let m = Machine::decode(&v, env)?;
    m.launch(grid, env, opts)
}
