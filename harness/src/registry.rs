//! The registry of compilation paths lives in the `path-registry` crate (`paths/`), shared
//! with the interposer so that it needs no part of this binary. Adding a path = one crate
//! implementing [`visabench_core::Path`] + one line in `path_registry::paths`.

pub use path_registry::{names, paths};
// Only the compile side looks paths up by name.
#[cfg(feature = "compile")]
pub use path_registry::{find, find_with_profile};
