//! Shared vocabulary of visabench.
//!
//! A *compilation path* turns one OpenCL C program into something NVIDIA's OpenCL runtime can
//! load: either the OpenCL C source itself (the `native` path, compiled by the vendor at run
//! time) or PTX (every path that goes through an intermediate IR). Each path implements
//! [`Path`]; the harness keeps a registry of them. Adding a path = one crate implementing
//! [`Path`] + one line in the registry (see `docs/ADDING_A_PATH.md`).
//!
//! This crate links neither LLVM nor OpenCL, so the GPU-node runner (which has neither) can
//! read everything a bundle describes.

pub mod digest;
pub mod files;
pub mod options;
pub mod parallel;
pub mod path;
pub mod ptx_abi;
pub mod signature;
pub mod tools;

pub use options::{BuildOptions, OptionsError};
pub use path::{
    ArtifactKind, CompileRequest, Compiled, Diagnostic, Native, Path, PathError, ProfileRefused,
    Stage, Target, Toggle,
};
pub use signature::{AddressSpace, ArgKind, KernelArg, KernelSignature};
