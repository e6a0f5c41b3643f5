//! Variants: one path finished at one strength.
//!
//! The vendor's PTX assembler finishes every path's code (native's too: NVIDIA's OpenCL
//! compiler emits PTX and assembles it the same way). How hard it optimises is a dimension of
//! the study: a weak finisher (the role nouveau played in 2019) exposes what the translation
//! through an IR loses, a strong one hides it. NVIDIA's OpenCL takes `-cl-nv-opt-level=N` (the
//! PTX assembler's `--opt-level N`, 0–3) for source and PTX programs alike; [`JitLevel`] is
//! that choice, `default` meaning no option at all (the driver's own default).
//!
//! A run times [`Variant`]s — (path, level) pairs — interleaved; each result row carries its
//! level, and slowdowns are taken both against the baseline at the same level and against the
//! baseline at the driver default.

use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

/// The levels `-cl-nv-opt-level` takes.
pub const LEVELS: [u8; 4] = [0, 1, 2, 3];

/// How strongly the driver's PTX assembler finishes a program: `None` is the driver's default
/// (no option), `Some(n)` appends `-cl-nv-opt-level=n`.
pub type JitLevel = Option<u8>;

/// A level that does not parse.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("unknown JIT optimization level `{0}` (valid: default, 0, 1, 2, 3)")]
pub struct LevelError(pub String);

/// Parses one level: `default`, or `0`…`3` (`O2` and `-O2` are accepted too).
pub fn parse_level(s: &str) -> Result<JitLevel, LevelError> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("default") {
        return Ok(None);
    }
    let digits = t.trim_start_matches('-').trim_start_matches(['O', 'o']);
    match digits.parse::<u8>() {
        Ok(n) if LEVELS.contains(&n) => Ok(Some(n)),
        _ => Err(LevelError(s.to_string())),
    }
}

/// Parses a comma-separated list (`0,1,2,3`, `default,0`), keeping the order and dropping
/// repeats. An empty list is the driver default alone.
pub fn parse_levels(s: &str) -> Result<Vec<JitLevel>, LevelError> {
    let mut out = Vec::new();
    for part in s.split(',').filter(|p| !p.trim().is_empty()) {
        let l = parse_level(part)?;
        if !out.contains(&l) {
            out.push(l);
        }
    }
    if out.is_empty() {
        out.push(None);
    }
    Ok(out)
}

/// A parsed level list, as one command-line value (`--jit-opt-level 0,1,2,3`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelList(pub Vec<JitLevel>);

impl std::str::FromStr for LevelList {
    type Err = LevelError;
    fn from_str(s: &str) -> Result<LevelList, LevelError> {
        parse_levels(s).map(LevelList)
    }
}

/// `default` or `0`…`3`, as the command line, `results.csv` and `env.json` write a level.
pub fn level_name(l: JitLevel) -> String {
    match l {
        None => "default".into(),
        Some(n) => n.to_string(),
    }
}

/// The build option a level adds on NVIDIA's OpenCL (empty for the default).
pub fn level_option(l: JitLevel) -> String {
    match l {
        None => String::new(),
        Some(n) => format!("-cl-nv-opt-level={n}"),
    }
}

/// `options` with the level's option appended.
pub fn with_level(options: &str, l: JitLevel) -> String {
    match (options.trim().is_empty(), l) {
        (_, None) => options.to_string(),
        (true, Some(_)) => level_option(l),
        (false, Some(_)) => format!("{} {}", options.trim_end(), level_option(l)),
    }
}

/// The levels that apply on a device: all of them on NVIDIA's OpenCL, only the default
/// elsewhere (no other compiler takes `-cl-nv-opt-level`), with a note saying so.
pub fn applicable(
    levels: &[JitLevel],
    nvidia: bool,
    device: &str,
) -> (Vec<JitLevel>, Option<String>) {
    if nvidia || levels.iter().all(Option::is_none) {
        return (levels.to_vec(), None);
    }
    let asked: Vec<String> = levels.iter().map(|l| level_name(*l)).collect();
    let note = format!(
        "JIT optimization levels {} do not apply to {device} (only NVIDIA's OpenCL takes \
         -cl-nv-opt-level): running at the driver's default only",
        asked.join(",")
    );
    (vec![None], Some(note))
}

/// One path at one finishing level.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Variant {
    /// The path's registry name (with its profile, `tgsi@modern+temps32`).
    pub path: String,
    /// `None`: the driver's default.
    #[serde(default)]
    pub level: JitLevel,
}

impl Variant {
    /// `path` at the driver default.
    pub fn at_default(path: &str) -> Variant {
        Variant {
            path: path.to_string(),
            level: None,
        }
    }

    /// A unique key: the path's name at the default, `PATH/O<n>` at a level.
    pub fn key(&self) -> String {
        match self.level {
            None => self.path.clone(),
            Some(n) => format!("{}/O{n}", self.path),
        }
    }

    /// Every path at every level, path-major (`a/d a/0 b/d b/0`).
    pub fn product(paths: &[String], levels: &[JitLevel]) -> Vec<Variant> {
        let mut out = Vec::new();
        for p in paths {
            for &level in levels {
                let v = Variant {
                    path: p.clone(),
                    level,
                };
                if !out.contains(&v) {
                    out.push(v);
                }
            }
        }
        out
    }
}

impl fmt::Display for Variant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_parse_and_name() {
        assert_eq!(
            parse_levels("0,1,2,3").unwrap(),
            [Some(0), Some(1), Some(2), Some(3)]
        );
        assert_eq!(parse_levels("default, O0 ,0").unwrap(), [None, Some(0)]);
        assert_eq!(parse_levels("").unwrap(), [None]);
        let e = parse_levels("0,4").unwrap_err();
        assert_eq!(e.0, "4");
        assert!(e.to_string().contains("valid: default, 0, 1, 2, 3"));
        assert!(parse_level("fast").is_err());
        assert_eq!(level_name(Some(2)), "2");
        assert_eq!(level_name(None), "default");
    }

    #[test]
    fn options_get_the_level_appended() {
        assert_eq!(with_level("-DN=4", Some(0)), "-DN=4 -cl-nv-opt-level=0");
        assert_eq!(with_level("", Some(3)), "-cl-nv-opt-level=3");
        assert_eq!(with_level("-DN=4", None), "-DN=4");
    }

    #[test]
    fn levels_apply_only_on_nvidia() {
        let (l, note) = applicable(&[None, Some(0)], true, "NVIDIA H200");
        assert_eq!((l, note), (vec![None, Some(0)], None));
        let (l, note) = applicable(&[Some(0), Some(3)], false, "PoCL cpu");
        assert_eq!(l, [None]);
        assert!(note.unwrap().contains("0,3 do not apply to PoCL cpu"));
        assert_eq!(applicable(&[None], false, "x").1, None);
    }

    #[test]
    fn variants_have_unique_keys() {
        let v = Variant::product(&["native".into(), "tgsi".into()], &[None, Some(0), None]);
        let keys: Vec<String> = v.iter().map(Variant::key).collect();
        assert_eq!(keys, ["native", "native/O0", "tgsi", "tgsi/O0"]);
    }
}
