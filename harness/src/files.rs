//! Atomic file writes live in [`visabench_core::files`], shared with the interposer.

pub use visabench_core::files::write_atomic;
