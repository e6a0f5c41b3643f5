//! The registry of compilation paths. Adding a path = one crate implementing
//! [`visabench_core::Path`] + one line in [`paths`].
//!
//! Both the harness (the `visabench` binary) and the interposer (a preloaded library) choose
//! paths by name from here, so neither depends on the other. Without the `compile` feature only
//! the `native` path is registered: it needs no LLVM.
//!
//! The `tgsi` paths also take a *profile* (which TGSI the lowering may emit, see
//! `backend_llvm_tgsi::Profile`): [`find_with_profile`] builds `tgsi@PROFILE`, e.g.
//! `tgsi@trillium2019-no-fma-as-mad` for an ablation.

use thiserror::Error;
use visabench_core::{Native, Path};

/// Every registered path, baseline first.
pub fn paths() -> Vec<Box<dyn Path>> {
    vec![
        Box::new(Native),
        #[cfg(feature = "compile")]
        Box::new(ir_llvm::LlvmPath),
        #[cfg(feature = "compile")]
        Box::new(backend_llvm_tgsi::TgsiPath::modern()),
        #[cfg(feature = "compile")]
        Box::new(backend_llvm_tgsi::TgsiPath::trillium2019()),
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

/// Why a path could not be chosen.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum RegistryError {
    /// No path of that name is registered (in this build).
    #[error("unknown path `{name}` (registered paths: {})", .known.join(", "))]
    UnknownPath {
        /// The name asked for.
        name: String,
        /// The registered names.
        known: Vec<String>,
    },
    /// A profile was given for a path that has none.
    #[error("path `{path}` takes no profile (only the tgsi paths do)")]
    NoProfiles {
        /// The path.
        path: String,
    },
    /// The profile does not parse.
    #[error("path `{path}`: {message}")]
    Profile {
        /// The path.
        path: String,
        /// The profile error.
        message: String,
    },
}

/// Finds a path by name, with an optional profile: `NAME` or `NAME@PROFILE` (`profile`, when
/// given, overrides one in the name). A profile applies to the `tgsi` paths only, and the
/// returned path is named `tgsi@PROFILE`.
pub fn find_with_profile(
    name: &str,
    profile: Option<&str>,
) -> Result<Box<dyn Path>, RegistryError> {
    let (base, in_name) = match name.split_once('@') {
        Some((b, p)) => (b, Some(p)),
        None => (name, None),
    };
    let profile = profile.filter(|p| !p.is_empty()).or(in_name);
    let unknown = || RegistryError::UnknownPath {
        name: base.to_string(),
        known: names(),
    };
    let Some(profile) = profile else {
        return find(base).ok_or_else(unknown);
    };
    if find(base).is_none() {
        return Err(unknown());
    }
    with_profile(base, profile)
}

#[cfg(feature = "compile")]
fn with_profile(base: &str, profile: &str) -> Result<Box<dyn Path>, RegistryError> {
    if !base.starts_with("tgsi") {
        return Err(RegistryError::NoProfiles {
            path: base.to_string(),
        });
    }
    let p = backend_llvm_tgsi::Profile::parse(profile).map_err(|e| RegistryError::Profile {
        path: base.to_string(),
        message: e.to_string(),
    })?;
    Ok(Box::new(backend_llvm_tgsi::TgsiPath::with_profile(
        &format!("tgsi@{profile}"),
        p,
    )))
}

#[cfg(not(feature = "compile"))]
fn with_profile(base: &str, _profile: &str) -> Result<Box<dyn Path>, RegistryError> {
    Err(RegistryError::NoProfiles {
        path: base.to_string(),
    })
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

    #[test]
    fn profiles_apply_to_tgsi_paths_only() {
        assert_eq!(find_with_profile("native", None).unwrap().name(), "native");
        assert!(matches!(
            find_with_profile("nope", None),
            Err(RegistryError::UnknownPath { .. })
        ));
        assert!(matches!(
            find_with_profile("native", Some("modern")),
            Err(RegistryError::NoProfiles { .. })
        ));
        #[cfg(feature = "compile")]
        {
            let p = find_with_profile("tgsi", Some("trillium2019-no-fma-as-mad")).unwrap();
            assert_eq!(p.name(), "tgsi@trillium2019-no-fma-as-mad");
            assert_eq!(
                find_with_profile("tgsi@modern+temps32", None)
                    .unwrap()
                    .name(),
                "tgsi@modern+temps32"
            );
            assert!(matches!(
                find_with_profile("tgsi", Some("fermi")),
                Err(RegistryError::Profile { .. })
            ));
            assert_eq!(
                find_with_profile("tgsi-2019", None).unwrap().name(),
                "tgsi-2019"
            );
        }
    }
}
