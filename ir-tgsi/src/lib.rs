//! # ir-tgsi: the TGSI virtual ISA for compute kernels
//!
//! (The full specification — every opcode's semantics — is being written; see `opcode.rs`
//! for the table.)

pub mod abi;
pub mod builder;
mod flow;
pub mod interp;
pub mod opcode;
pub mod program;
pub mod text;
pub mod validate;

pub use builder::Builder;
pub use opcode::{Family, Opcode, Shape, Ty};
pub use program::{
    Decl, Dst, File, ImmType, Immediate, Indirect, Instruction, MemoryKind, Program, Property,
    Register, Semantic, Src,
};
pub use validate::{validate, ValidationError};
