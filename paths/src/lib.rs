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

/// One registered path: its name (known in every build, so that reports order and colour
/// paths the same way everywhere) and, in builds that can compile it, the path.
#[derive(Clone, Copy)]
pub struct Entry {
    /// The path's [`Path::name`].
    pub name: &'static str,
    make: Option<fn() -> Box<dyn Path>>,
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entry")
            .field("name", &self.name)
            .field("in_this_build", &self.make.is_some())
            .finish()
    }
}

/// A registry entry for a path of the compile side: `path!("name", constructor)`. Without
/// the `compile` feature the name stays registered and the path is absent.
macro_rules! path {
    ($name:literal, $make:expr) => {
        Entry {
            name: $name,
            make: {
                #[cfg(feature = "compile")]
                {
                    fn make() -> Box<dyn Path> {
                        Box::new($make)
                    }
                    Some(make as fn() -> Box<dyn Path>)
                }
                #[cfg(not(feature = "compile"))]
                {
                    None
                }
            },
        }
    };
}

/// The registry: one line per path, baseline first. The order is the reports' order, and a
/// path's position picks its colour ([`position`]).
const REGISTRY: &[Entry] = &[
    Entry {
        name: BASELINE,
        make: Some(|| Box::new(Native)),
    },
    path!("llvm", ir_llvm::LlvmPath),
    path!("tgsi", backend_llvm_tgsi::TgsiPath::modern()),
    path!("tgsi-2019", backend_llvm_tgsi::TgsiPath::trillium2019()),
    path!("spirv", ir_spirv::SpirvPath),
];

/// Every registered name, in registry order, whether or not this build can compile it.
pub fn registered() -> Vec<&'static str> {
    REGISTRY.iter().map(|e| e.name).collect()
}

/// The registry position of a path name (`NAME`, or `NAME@PROFILE` counts as `NAME`): the
/// order of paths in reports and the index of their colour.
pub fn position(name: &str) -> Option<usize> {
    let base = name.split_once('@').map_or(name, |(b, _)| b);
    REGISTRY.iter().position(|e| e.name == base)
}

/// Every registered path this build can compile with, baseline first.
pub fn paths() -> Vec<Box<dyn Path>> {
    REGISTRY
        .iter()
        .filter_map(|e| e.make.map(|m| m()))
        .collect()
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
    fn registry_names_are_the_paths_names() {
        let built: Vec<String> = paths().iter().map(|p| p.name().to_string()).collect();
        let listed: Vec<&str> = REGISTRY
            .iter()
            .filter(|e| e.make.is_some())
            .map(|e| e.name)
            .collect();
        assert_eq!(built, listed);
        assert_eq!(position("native"), Some(0));
        assert_eq!(position("tgsi@modern+temps32"), position("tgsi"));
        assert!(position("tgsi").is_some());
        assert_eq!(position("no-such-path"), None);
        assert_eq!(registered().len(), REGISTRY.len());
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
            assert_eq!(ab.len(), 50, "{ab:?}");
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
            assert_eq!(
                resolve("llvm@libdevice-math").unwrap().name(),
                "llvm@libdevice-math"
            );
            assert!(matches!(
                resolve("llvm@modern"),
                Err(RegistryError::Profile(ProfileRefused::Invalid { .. }))
            ));
        }
    }
}
