//! The files of the visabench interposer, apart from the interposer itself, so that readers
//! (the harness: `visabench intercept`, `--compare`, `--compile`) need not link the library
//! that exports the OpenCL symbols.
//!
//! * [`record`] — the JSON record a run writes at exit (`visabench-intercept/1`, documented in
//!   `interposer/README.md`): [`record::Record::read`] and [`record::Record::write`].
//! * [`replay`] — the record/replay directory for GPU nodes without LLVM: saving a program,
//!   listing the saved ones, loading an artifact, and [`replay::compile_recorded`], which
//!   compiles every saved program along the paths it is given.
//!
//! The crate depends on `visabench-core` only (no OpenCL, no LLVM): the paths to compile along
//! come from the caller (the harness's `path-registry`).

pub mod record;
pub mod replay;
