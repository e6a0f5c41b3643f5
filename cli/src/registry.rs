//! The registry of compilation paths lives in the `path-registry` crate (`paths/`), shared
//! with the interposer so that it needs no part of this binary. Adding a path = one crate
//! implementing [`visabench_core::Path`] + one line in `path_registry::paths`.

pub use path_registry::paths;
// Names and profiles are resolved on the compile side (`compile --path`, `intercept --compile`).
#[cfg(feature = "compile")]
pub use path_registry::{resolve, resolve_all};

/// The paths a comparison runs besides the baseline: `asked`, or (when empty) every registered
/// path but the baseline (`diff`, `fuzz`: the compile side).
#[cfg(feature = "compile")]
pub fn besides_baseline(asked: &[String]) -> Vec<String> {
    if !asked.is_empty() {
        return asked.to_vec();
    }
    paths()
        .iter()
        .map(|p| p.name().to_string())
        .filter(|p| p != path_registry::BASELINE)
        .collect()
}
