//! Build options as `clBuildProgram` takes them.
//!
//! One option string (or list of words) is parsed once; every path honours the same
//! [`BuildOptions`]: the `native` path hands [`BuildOptions::to_cl_string`] to the vendor's
//! compiler, the IR paths pass [`BuildOptions::clang_args`] to clang.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Errors in an option string.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum OptionsError {
    #[error("option `{0}` needs a value")]
    MissingValue(String),
    #[error("unsupported build option `{0}` (accepted: -D, -I, -w, -Werror, -cl-*)")]
    Unsupported(String),
}

/// The build options of one program.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuildOptions {
    /// `-D NAME` or `-D NAME=VALUE`, in order: (`NAME`, `Some(VALUE)`).
    pub defines: Vec<(String, Option<String>)>,
    /// `-I DIR`, in order.
    pub include_dirs: Vec<String>,
    /// `-cl-*` options, `-w` and `-Werror`, verbatim.
    pub flags: Vec<String>,
}

impl BuildOptions {
    /// Parses a `clBuildProgram`-style option string (whitespace separated; double quotes
    /// group a word).
    pub fn parse(s: &str) -> Result<Self, OptionsError> {
        Self::from_words(split_words(s))
    }

    /// Parses options already split into words (as a command line gives them).
    pub fn from_words<I, S>(words: I) -> Result<Self, OptionsError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut out = BuildOptions::default();
        let mut it = words.into_iter().map(Into::into);
        while let Some(w) = it.next() {
            if let Some(rest) = w.strip_prefix("-D") {
                let def = if rest.is_empty() {
                    it.next()
                        .ok_or_else(|| OptionsError::MissingValue(w.clone()))?
                } else {
                    rest.to_string()
                };
                out.add_define(&def);
            } else if let Some(rest) = w.strip_prefix("-I") {
                let dir = if rest.is_empty() {
                    it.next()
                        .ok_or_else(|| OptionsError::MissingValue(w.clone()))?
                } else {
                    rest.to_string()
                };
                out.include_dirs.push(dir);
            } else if w.starts_with("-cl-") || w == "-w" || w == "-Werror" {
                out.flags.push(w);
            } else {
                return Err(OptionsError::Unsupported(w));
            }
        }
        Ok(out)
    }

    /// Adds `NAME` or `NAME=VALUE`.
    pub fn add_define(&mut self, def: &str) {
        match def.split_once('=') {
            Some((n, v)) => self.defines.push((n.to_string(), Some(v.to_string()))),
            None => self.defines.push((def.to_string(), None)),
        }
    }

    /// The OpenCL C standard asked for with `-cl-std=`, if any.
    pub fn cl_std(&self) -> Option<&str> {
        self.flags.iter().find_map(|f| f.strip_prefix("-cl-std="))
    }

    /// The words as `clBuildProgram` takes them.
    pub fn to_words(&self) -> Vec<String> {
        let mut v = Vec::new();
        for (n, val) in &self.defines {
            v.push(match val {
                Some(val) => format!("-D{n}={val}"),
                None => format!("-D{n}"),
            });
        }
        for d in &self.include_dirs {
            v.push(format!("-I{d}"));
        }
        v.extend(self.flags.iter().cloned());
        v
    }

    /// One option string for `clBuildProgram` (words containing spaces are quoted).
    pub fn to_cl_string(&self) -> String {
        self.to_words()
            .into_iter()
            .map(|w| {
                if w.contains(' ') {
                    format!("\"{w}\"")
                } else {
                    w
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn split_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_quotes = false;
    let mut any = false;
    for c in s.chars() {
        match c {
            '"' => {
                in_quotes = !in_quotes;
                any = true;
            }
            c if c.is_whitespace() && !in_quotes => {
                if any {
                    words.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            c => {
                cur.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(cur);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cl_build_program_strings() {
        let o = BuildOptions::parse(
            "-DBLOCK=16 -D FOO -I \"my dir\" -cl-fast-relaxed-math -cl-std=CL1.2",
        )
        .unwrap();
        assert_eq!(
            o.defines,
            vec![("BLOCK".into(), Some("16".into())), ("FOO".into(), None)]
        );
        assert_eq!(o.include_dirs, vec!["my dir".to_string()]);
        assert_eq!(o.cl_std(), Some("CL1.2"));
        assert_eq!(
            o.to_cl_string(),
            "-DBLOCK=16 -DFOO \"-Imy dir\" -cl-fast-relaxed-math -cl-std=CL1.2"
        );
    }

    #[test]
    fn rejects_unknown_and_incomplete_options() {
        assert_eq!(
            BuildOptions::parse("-O3"),
            Err(OptionsError::Unsupported("-O3".into()))
        );
        assert_eq!(
            BuildOptions::parse("-D"),
            Err(OptionsError::MissingValue("-D".into()))
        );
    }
}
