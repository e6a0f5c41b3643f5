//! The registry of compilation paths. Adding a path = one crate implementing
//! [`visabench_core::Path`] + one line in [`paths`].

use visabench_core::{Native, Path};

/// Every registered path, baseline first. Without the `compile` feature only `native`
/// (which needs no compiler on this side) is available.
pub fn paths() -> Vec<Box<dyn Path>> {
    vec![
        Box::new(Native),
        #[cfg(feature = "compile")]
        Box::new(ir_llvm::LlvmPath),
    ]
}

/// Finds a path by its registry name.
pub fn find(name: &str) -> Option<Box<dyn Path>> {
    paths().into_iter().find(|p| p.name() == name)
}

/// The registered names, for error messages.
pub fn names() -> Vec<String> {
    paths().iter().map(|p| p.name().to_string()).collect()
}
