//! The registry of compilation paths lives in the `path-registry` crate (`paths/`), shared
//! with the interposer so that it needs no part of this binary. Adding a path = one crate
//! implementing [`visabench_core::Path`] + one line in `path_registry::paths`.

pub use path_registry::paths;
// Names and profiles are resolved on the compile side (`compile --path`, `intercept --compile`).
#[cfg(feature = "compile")]
pub use path_registry::{resolve, resolve_all};
