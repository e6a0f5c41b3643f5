//! The data model: a TGSI compute program.

use crate::opcode::Opcode;

/// Register files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum File {
    /// Temporaries: read-write vec4 registers, private to a work-item.
    Temp,
    /// Immediates, declared with `IMM[n] TYPE {…}`.
    Imm,
    /// Constant buffers, two-dimensional: `CONST[buffer][index]`.
    Const,
    /// Shader inputs (unused by compute programs; kept for completeness).
    In,
    /// Shader outputs (unused by compute programs; kept for completeness).
    Out,
    /// System values (`THREAD_ID`, `BLOCK_ID`, …).
    Sv,
    /// Address registers for indirect register access.
    Addr,
    /// Buffers: byte-addressed memory bound by the runtime, 32-bit offsets.
    Buffer,
    /// Memory spaces (`GLOBAL`, `SHARED`, `PRIVATE`, `INPUT`).
    Memory,
}

impl File {
    pub const ALL: [File; 9] = [
        File::Temp,
        File::Imm,
        File::Const,
        File::In,
        File::Out,
        File::Sv,
        File::Addr,
        File::Buffer,
        File::Memory,
    ];
    /// The name as printed (`TEMP`).
    pub fn name(self) -> &'static str {
        match self {
            File::Temp => "TEMP",
            File::Imm => "IMM",
            File::Const => "CONST",
            File::In => "IN",
            File::Out => "OUT",
            File::Sv => "SV",
            File::Addr => "ADDR",
            File::Buffer => "BUFFER",
            File::Memory => "MEMORY",
        }
    }
    pub fn from_name(s: &str) -> Option<File> {
        File::ALL.into_iter().find(|f| f.name() == s)
    }
}

/// Compute system values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Semantic {
    /// Work-item id within its work-group, x/y/z in channels x/y/z.
    ThreadId,
    /// Work-group id, x/y/z.
    BlockId,
    /// Work-group size, x/y/z.
    BlockSize,
    /// Number of work-groups, x/y/z.
    GridSize,
    /// Number of dimensions of the NDRange, in every channel.
    WorkDim,
}

impl Semantic {
    pub const ALL: [Semantic; 5] = [
        Semantic::ThreadId,
        Semantic::BlockId,
        Semantic::BlockSize,
        Semantic::GridSize,
        Semantic::WorkDim,
    ];
    pub fn name(self) -> &'static str {
        match self {
            Semantic::ThreadId => "THREAD_ID",
            Semantic::BlockId => "BLOCK_ID",
            Semantic::BlockSize => "BLOCK_SIZE",
            Semantic::GridSize => "GRID_SIZE",
            Semantic::WorkDim => "WORK_DIM",
        }
    }
    pub fn from_name(s: &str) -> Option<Semantic> {
        Semantic::ALL.into_iter().find(|x| x.name() == s)
    }
}

/// Memory spaces a `MEMORY` declaration names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MemoryKind {
    /// OpenCL `__global`/`__constant`: one flat space of 64-bit addresses (lane pairs).
    Global,
    /// OpenCL `__local`: 32-bit byte offsets into the work-group's shared memory.
    Shared,
    /// OpenCL `__private` arrays: 32-bit byte offsets into the work-item's private memory.
    Private,
    /// The kernel's argument block: 32-bit byte offsets, read-only.
    Input,
}

impl MemoryKind {
    pub const ALL: [MemoryKind; 4] =
        [MemoryKind::Global, MemoryKind::Shared, MemoryKind::Private, MemoryKind::Input];
    pub fn name(self) -> &'static str {
        match self {
            MemoryKind::Global => "GLOBAL",
            MemoryKind::Shared => "SHARED",
            MemoryKind::Private => "PRIVATE",
            MemoryKind::Input => "INPUT",
        }
    }
    pub fn from_name(s: &str) -> Option<MemoryKind> {
        MemoryKind::ALL.into_iter().find(|x| x.name() == s)
    }
}

/// Program properties.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Property {
    /// `CS_FIXED_BLOCK_WIDTH`: the work-group size in x is fixed (reqd_work_group_size).
    FixedBlockWidth,
    /// `CS_FIXED_BLOCK_HEIGHT`.
    FixedBlockHeight,
    /// `CS_FIXED_BLOCK_DEPTH`.
    FixedBlockDepth,
    /// `CS_SHARED_BYTES` (visabench extension): bytes of statically allocated shared memory at
    /// the start of `SHARED` (dynamic `__local` arguments come after).
    SharedBytes,
    /// `CS_PRIVATE_BYTES` (visabench extension): bytes of `PRIVATE` memory per work-item.
    PrivateBytes,
}

impl Property {
    pub const ALL: [Property; 5] = [
        Property::FixedBlockWidth,
        Property::FixedBlockHeight,
        Property::FixedBlockDepth,
        Property::SharedBytes,
        Property::PrivateBytes,
    ];
    pub fn name(self) -> &'static str {
        match self {
            Property::FixedBlockWidth => "CS_FIXED_BLOCK_WIDTH",
            Property::FixedBlockHeight => "CS_FIXED_BLOCK_HEIGHT",
            Property::FixedBlockDepth => "CS_FIXED_BLOCK_DEPTH",
            Property::SharedBytes => "CS_SHARED_BYTES",
            Property::PrivateBytes => "CS_PRIVATE_BYTES",
        }
    }
    pub fn from_name(s: &str) -> Option<Property> {
        Property::ALL.into_iter().find(|x| x.name() == s)
    }
}

/// One declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decl {
    /// `DCL TEMP[first..last]` (`, LOCAL` when `local`).
    Temp { first: u32, last: u32, local: bool },
    /// `DCL ADDR[first..last]`.
    Addr { first: u32, last: u32 },
    /// `DCL CONST[buffer][first..last]`.
    Const { buffer: u32, first: u32, last: u32 },
    /// `DCL SV[index], SEMANTIC`.
    Sv { index: u32, semantic: Semantic },
    /// `DCL MEMORY[index], KIND`.
    Memory { index: u32, kind: MemoryKind },
    /// `DCL BUFFER[index]` (`, ATOMIC` when `atomic`). Buffer k is bound to the k-th
    /// `__global`/`__constant` pointer argument of the kernel.
    Buffer { index: u32, atomic: bool },
}

/// Immediate types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImmType {
    Flt32,
    Uint32,
    Int32,
    Flt64,
    Uint64,
    Int64,
}

impl ImmType {
    pub const ALL: [ImmType; 6] = [
        ImmType::Flt32,
        ImmType::Uint32,
        ImmType::Int32,
        ImmType::Flt64,
        ImmType::Uint64,
        ImmType::Int64,
    ];
    pub fn name(self) -> &'static str {
        match self {
            ImmType::Flt32 => "FLT32",
            ImmType::Uint32 => "UINT32",
            ImmType::Int32 => "INT32",
            ImmType::Flt64 => "FLT64",
            ImmType::Uint64 => "UINT64",
            ImmType::Int64 => "INT64",
        }
    }
    pub fn from_name(s: &str) -> Option<ImmType> {
        ImmType::ALL.into_iter().find(|x| x.name() == s)
    }
    /// Is each value 64 bits (two lanes)?
    pub fn is_wide(self) -> bool {
        matches!(self, ImmType::Flt64 | ImmType::Uint64 | ImmType::Int64)
    }
}

/// `IMM[n] TYPE {v0, v1, v2, v3}`: four 32-bit lanes (or two 64-bit values in xy, zw). The
/// lanes hold the raw bits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Immediate {
    pub ty: ImmType,
    /// Raw bits of the four lanes; for 64-bit types lane pairs hold low then high word.
    pub lanes: [u32; 4],
    /// How many values were written (1–4, or 1–2 for 64-bit types); the printer prints this
    /// many, the rest are zero.
    pub count: u8,
}

/// A channel: x, y, z or w.
pub type Chan = u8;

/// An indirect index: `ADDR[index].chan` (+ the register's own index as offset).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Indirect {
    pub file: File,
    pub index: u32,
    pub chan: Chan,
}

/// A register reference: `FILE[index]`, `CONST[dim][index]`, or `TEMP[ADDR[0].x+index]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Register {
    pub file: File,
    pub index: u32,
    /// First index of two-dimensional files (`CONST[dim][index]`).
    pub dim: Option<u32>,
    pub indirect: Option<Indirect>,
}

impl Register {
    pub fn new(file: File, index: u32) -> Register {
        Register { file, index, dim: None, indirect: None }
    }
}

/// Writemask bits.
pub mod mask {
    pub const X: u8 = 1;
    pub const Y: u8 = 2;
    pub const Z: u8 = 4;
    pub const W: u8 = 8;
    pub const XY: u8 = 3;
    pub const ZW: u8 = 12;
    pub const XYZW: u8 = 15;
}

/// A destination operand with its writemask (bit c set = channel c written).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dst {
    pub reg: Register,
    pub mask: u8,
}

/// A source operand: swizzle (channel read for each of x, y, z, w) and modifiers. `abs` is
/// applied before `negate`. On float (and double) sources both are sign-bit operations; on a
/// 32-bit integer source (an `I32`/`U32` operand) `negate` is two's-complement negation, as in
/// Mesa (`INEG TEMP[2].x, -TEMP[2].xxxx` is the identity) and `abs` is not allowed; other
/// sources take no modifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Src {
    pub reg: Register,
    pub swizzle: [Chan; 4],
    pub negate: bool,
    pub abs: bool,
}

impl Src {
    /// `reg.xyzw`.
    pub fn new(reg: Register) -> Src {
        Src { reg, swizzle: [0, 1, 2, 3], negate: false, abs: false }
    }
    /// `reg.cccc`: channel `c` replicated.
    pub fn scalar(reg: Register, c: Chan) -> Src {
        Src { reg, swizzle: [c; 4], negate: false, abs: false }
    }
}

/// One instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub op: Opcode,
    pub dst: Vec<Dst>,
    pub src: Vec<Src>,
    /// `:N` on flow instructions: the instruction index this one jumps to, as Mesa's dumper
    /// prints it. Informational; the structure is what counts.
    pub label: Option<u32>,
}

/// A whole compute program (`COMP`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Program {
    pub properties: Vec<(Property, u32)>,
    pub decls: Vec<Decl>,
    pub imms: Vec<Immediate>,
    pub insts: Vec<Instruction>,
}

impl Program {
    /// The value of a property, if set.
    pub fn property(&self, p: Property) -> Option<u32> {
        self.properties.iter().find(|(q, _)| *q == p).map(|(_, v)| *v)
    }
    /// The kind of `MEMORY[index]`, if declared.
    pub fn memory_kind(&self, index: u32) -> Option<MemoryKind> {
        self.decls.iter().find_map(|d| match d {
            Decl::Memory { index: i, kind } if *i == index => Some(*kind),
            _ => None,
        })
    }
}
