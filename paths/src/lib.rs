//! The registry of compilation paths. Adding a path = one crate implementing
//! [`visabench_core::Path`] + one line in [`paths`].
//!
//! Both the harness (the `visabench` binary) and the interposer (a preloaded library) choose
//! paths by name from here, so neither depends on the other. Without the `compile` feature only
//! the `native` path is registered: it needs no LLVM.

use visabench_core::{Native, Path};

/// Every registered path, baseline first.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_is_first_and_names_are_unique() {
        let names = names();
        assert_eq!(names.first().map(String::as_str), Some("native"));
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len(), "duplicate path names: {names:?}");
        assert!(find("native").is_some());
        assert!(find("no-such-path").is_none());
    }
}
