//! LLVM IR (one optimized, structurizable kernel function) → TGSI.
//!
//! Values: every scalar SSA value gets its own virtual temporary (`.x`, or `.xy` for 64-bit
//! values); vectors, arrays and structs are flattened into one operand per scalar element;
//! the register packer ([`crate::regalloc`]) later shares vec4 registers between values whose
//! live ranges do not overlap. `i1` is `~0`/`0` (what TGSI compares produce); `i8`/`i16` are
//! kept zero-extended in a 32-bit lane.
//!
//! Pointers are (memory space, offset): `__global`/`__constant` pointers are 64-bit
//! `MEMORY GLOBAL` addresses, or, with the `pointers32` switch, a `BUFFER[k]` (the k-th
//! global pointer argument) and a 32-bit offset; `__local` pointers are 32-bit `SHARED`
//! offsets (static `__local` arrays first, `CS_SHARED_BYTES` in all), allocas are `PRIVATE`
//! offsets, `byval` struct arguments point into `MEMORY INPUT`. Program-scope constant data
//! is a run of immediates, one word each, read through `ADDR[0]` as `IMM[ADDR[0].x+k]` (its
//! pointers are 4 × the immediate's index), or, with the `private-tables` switch, a copy in
//! `PRIVATE` memory made by every work-item at the start.
//!
//! Control flow is rebuilt from the CFG (see [`crate::cfg`]); phi nodes become `MOV`s on
//! the incoming edges.
//!
//! The lowering is one [`Lower`] state split by job, one room each:
//! - this module: the value representation ([`Opnd`], [`Base`], [`Val`], [`Sty`]), the
//!   lowering state and [`lower_kernel`], which sets up and finishes a kernel;
//! - [`values`]: LLVM types as scalar types, the lowered value of an operand, constants and
//!   program-scope variables;
//! - [`operands`]: TGSI operands and the helpers that emit instructions into temporaries;
//! - [`control`]: the CFG, structured control flow and phi moves, and the final tidy-up;
//! - [`instructions`]: one LLVM instruction to the room that lowers it;
//! - [`arith`]: integer and floating-point arithmetic, comparisons, selects and casts;
//! - [`int64`]: 64-bit integer idioms narrowed to 32 bits under the `no-int64` switch;
//! - [`aggregates`]: vectors, arrays and structs (element access, shuffles, bit casts);
//! - [`pointers`]: pointer provenance (which memory a pointer points into) and address
//!   arithmetic;
//! - [`memory`]: kernel arguments, loads, stores and atomics;
//! - [`builtins`]: calls: intrinsics and the one table of math builtins (which libdevice
//!   functions stay declarations, and what TGSI each builtin lowers to).

mod aggregates;
mod arith;
pub(crate) mod builtins;
mod control;
mod instructions;
mod int64;
mod memory;
mod operands;
mod pointers;
mod values;

use crate::cfg::Cfg;
use crate::ir::{Layout, B, V};
use crate::profile::Profile;
use ir_tgsi::abi::InputLayout;
use ir_tgsi::{Builder, ImmType, Program, Property, Register};
use std::collections::HashMap;
use visabench_core::KernelSignature;

/// Why a kernel could not be lowered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LowerError {
    /// The kernel uses something the profile cannot express.
    Unsupported {
        construct: String,
        location: Option<String>,
    },
    /// A bug or an unexpected IR shape.
    Internal(String),
}

type R<T> = Result<T, LowerError>;

fn unsupported<X>(construct: impl Into<String>, at: Option<V>) -> R<X> {
    Err(LowerError::Unsupported {
        construct: construct.into(),
        location: at.and_then(|v| v.location()),
    })
}

/// A scalar operand: a register channel (or a 64-bit lane pair starting at `c`) or an
/// immediate.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Opnd {
    R { reg: Register, c: u8, wide: bool },
    I32(u32, ImmType),
    I64(u64, ImmType),
}

/// Where a pointer points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Base {
    Global,
    Buffer(u32),
    Shared,
    Private,
    Input,
    /// Constant data kept in immediates (the `private-tables` switch off): the offset is
    /// 4 × the index of the `IMM` holding the word (one word per immediate, channel x).
    Table,
}

impl Base {
    fn wide(self) -> bool {
        self == Base::Global
    }
}

/// A lowered value.
#[derive(Clone, Debug)]
enum Val {
    /// One operand per flattened scalar element.
    S(Vec<Opnd>),
    /// A pointer.
    P(Base, Opnd),
}

/// Scalar types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sty {
    I(u32),
    F32,
    F64,
    P(u32),
}

/// Lowers kernel `func` of the optimized module. A refusal without a location of its own
/// (an argument, a constant, inlined library code) names the kernel's line.
pub(crate) fn lower_kernel(
    layout: &Layout,
    func: V,
    sig: &KernelSignature,
    input: &InputLayout,
    profile: &Profile,
) -> R<Program> {
    lower_kernel_inner(layout, func, sig, input, profile).map_err(|e| match e {
        LowerError::Unsupported {
            construct,
            location: None,
        } => LowerError::Unsupported {
            construct,
            location: func.location(),
        },
        other => other,
    })
}

fn lower_kernel_inner(
    layout: &Layout,
    func: V,
    sig: &KernelSignature,
    input: &InputLayout,
    profile: &Profile,
) -> R<Program> {
    let blocks = func.blocks();
    let index: HashMap<B, usize> = blocks.iter().enumerate().map(|(i, b)| (*b, i)).collect();
    let cfg = control::build_cfg(&blocks, &index)?;
    let mut l = Lower {
        b: Builder::new(),
        prof: *profile,
        layout,
        vals: HashMap::new(),
        bases: HashMap::new(),
        blocks,
        index,
        cfg,
        shared: HashMap::new(),
        shared_bytes: 0,
        private_bytes: 0,
        budget: 0,
        func,
        input: input.clone(),
        dead: Vec::new(),
        consts: HashMap::new(),
        prologue: Vec::new(),
        hi: HashMap::new(),
        scaled: HashMap::new(),
    };
    l.budget = 64 * l.blocks.len() + 64;
    l.load_args()?;
    l.prealloc_phis()?;
    l.region(0, None, None)?;
    if !l.prof.no_block_size {
        if let Some([x, y, z]) = sig.reqd_work_group_size {
            l.b.property(Property::FixedBlockWidth, x);
            l.b.property(Property::FixedBlockHeight, y);
            l.b.property(Property::FixedBlockDepth, z);
        }
    }
    if l.shared_bytes > 0 {
        l.b.property(Property::SharedBytes, l.shared_bytes);
    }
    if l.private_bytes > 0 {
        l.b.property(Property::PrivateBytes, l.private_bytes);
    }
    let dead = std::mem::take(&mut l.dead);
    let prologue = std::mem::take(&mut l.prologue);
    let mut prog = l.b.finish();
    control::tidy(&mut prog, &dead, prologue);
    Ok(prog)
}

struct Lower<'a> {
    b: Builder,
    prof: Profile,
    layout: &'a Layout,
    vals: HashMap<V, Val>,
    bases: HashMap<V, Base>,
    blocks: Vec<B>,
    index: HashMap<B, usize>,
    cfg: Cfg,
    shared: HashMap<V, u32>,
    shared_bytes: u32,
    private_bytes: u32,
    budget: usize,
    func: V,
    input: InputLayout,
    /// Instructions `tidy` removes (empty `ELSE`s).
    dead: Vec<usize>,
    /// Private offsets of program-scope constant data.
    consts: HashMap<V, u32>,
    /// Stores that copy constant data to private memory, placed first.
    prologue: Vec<ir_tgsi::Instruction>,
    /// With `no-int64`: 64-bit values whose low word is zero, by their high word (clang's
    /// `sext(trunc(x))` idiom `ashr (shl x, 32), k` and its `add …, 1 << 32` variants).
    hi: HashMap<V, Opnd>,
    /// `getelementptr` index terms (index, stride, 64-bit) already computed in the current
    /// block: GEPs off different bases with the same index share them.
    scaled: HashMap<(V, u64, bool), Opnd>,
}

const NEG1: u32 = 0xffff_ffff;
