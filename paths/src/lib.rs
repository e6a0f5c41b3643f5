//! The registry of compilation paths. Adding a path = one crate implementing
//! [`visabench_core::Path`] + one line in [`paths`].
//!
//! Both the harness (the `visabench` binary) and the interposer (a preloaded library) choose
//! paths by name from here, so neither depends on the other. Without the `compile` feature only
//! the `native` path is registered: it needs no LLVM.
//!
//! Every name a user types goes through one resolver, [`resolve`]: `NAME` is a registered path,
//! `NAME@PROFILE` asks that path for a variant ([`Path::with_profile`]); the `tgsi` paths take
//! profiles (`backend_llvm_tgsi::Profile`), e.g. `tgsi@trillium2019-no-fma-as-mad` for an
//! ablation.

use thiserror::Error;
use visabench_core::{Native, Path, ProfileRefused, Toggle};

/// The baseline's name: every slowdown is a ratio to this path.
pub const BASELINE: &str = "native";

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

/// Finds a registered path by its exact name (no profile).
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
    /// The path refused the profile (it has none, or the profile does not parse).
    #[error(transparent)]
    Profile(#[from] ProfileRefused),
}

/// Resolves a path name as users type it: `NAME` or `NAME@PROFILE`. Every command and the
/// interposer choose paths through this.
pub fn resolve(name: &str) -> Result<Box<dyn Path>, RegistryError> {
    let (base, profile) = match name.split_once('@') {
        Some((b, p)) => (b, Some(p)),
        None => (name, None),
    };
    let path = find(base).ok_or_else(|| RegistryError::UnknownPath {
        name: base.to_string(),
        known: names(),
    })?;
    match profile {
        None => Ok(path),
        Some(p) => Ok(path.with_profile(p)?),
    }
}

/// Resolves many names (`--paths a,b@P,…`), keeping their order and dropping repeats.
pub fn resolve_all(names: &[String]) -> Result<Vec<Box<dyn Path>>, RegistryError> {
    let mut out: Vec<Box<dyn Path>> = Vec::new();
    for n in names {
        let p = resolve(n)?;
        if !out.iter().any(|q| q.name() == p.name()) {
            out.push(p);
        }
    }
    Ok(out)
}

/// One path of an ablation study: what it is named, and what it changes in which path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AblationPath {
    /// The resolved name (`tgsi@modern+temps32`).
    pub name: String,
    /// The registered path it varies (`tgsi`).
    pub of: String,
    pub toggle: Toggle,
}

/// Every registered path's ablation ([`Path::ablation`]), resolved: what `--ablation` runs.
pub fn ablation() -> Vec<AblationPath> {
    let mut out = Vec::new();
    for p in paths() {
        for t in p.ablation() {
            if let Ok(v) = p.with_profile(&t.profile) {
                out.push(AblationPath {
                    name: v.name().to_string(),
                    of: p.name().to_string(),
                    toggle: t,
                });
            }
        }
    }
    out
}

/// [`resolve`] with a profile given apart from the name (the interposer's
/// `VISABENCH_PROFILE`); `profile`, when given and not empty, overrides one in the name.
pub fn find_with_profile(
    name: &str,
    profile: Option<&str>,
) -> Result<Box<dyn Path>, RegistryError> {
    match profile.filter(|p| !p.is_empty()) {
        None => resolve(name),
        Some(p) => {
            let base = name.split_once('@').map_or(name, |(b, _)| b);
            resolve(&format!("{base}@{p}"))
        }
    }
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
    fn resolve_takes_names_and_profiles() {
        assert_eq!(resolve("native").unwrap().name(), BASELINE);
        let e = resolve("nope@x").err().unwrap();
        assert!(e.to_string().contains("registered paths: native"), "{e}");
        let e = resolve("native@modern").err().unwrap();
        assert!(e.to_string().contains("takes no profile"), "{e}");
        #[cfg(feature = "compile")]
        {
            let p = resolve("tgsi-2019@modern+temps32").unwrap();
            assert_eq!(p.name(), "tgsi@modern+temps32");
            let e = resolve("tgsi@fermi").err().unwrap();
            assert!(e.to_string().contains("modern, trillium2019"), "{e}");
            let e = resolve("tgsi@modern+warp").err().unwrap();
            assert!(e.to_string().contains("switches: pointers32"), "{e}");
            let ab = ablation();
            assert_eq!(ab.len(), 28, "{ab:?}");
            assert!(ab
                .iter()
                .any(|a| a.name == "tgsi@modern+temps32" && a.of == "tgsi"));
            assert!(ab
                .iter()
                .any(|a| a.name == "tgsi@trillium2019-no-fma-as-mad" && a.of == "tgsi-2019"));
            let all = resolve_all(&["llvm".into(), "tgsi@modern".into(), "llvm".into()]).unwrap();
            let names: Vec<&str> = all.iter().map(|p| p.name()).collect();
            assert_eq!(names, ["llvm", "tgsi@modern"]);
        }
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
            Err(RegistryError::Profile(ProfileRefused::NoProfiles { .. }))
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
                Err(RegistryError::Profile(ProfileRefused::Invalid { .. }))
            ));
            assert_eq!(
                find_with_profile("tgsi-2019", None).unwrap().name(),
                "tgsi-2019"
            );
        }
    }
}
