//! The [`Path`] trait: one compilation path from OpenCL C to something the runtime loads.

use crate::options::BuildOptions;
use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

/// What a path hands to the OpenCL runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArtifactKind {
    /// OpenCL C source, built by the vendor's compiler (`clCreateProgramWithSource`).
    OpenClSource,
    /// PTX text, loaded with `clCreateProgramWithBinary`.
    Ptx,
}

impl ArtifactKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ArtifactKind::OpenClSource => "opencl-c",
            ArtifactKind::Ptx => "ptx",
        }
    }
}

/// The GPU a path compiles for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// `sm_XX` as a number (90 for `sm_90`).
    pub sm: u32,
    /// PTX ISA version as (major, minor). Driver 580 loads up to 9.0.
    pub ptx_isa: (u32, u32),
}

impl Default for Target {
    fn default() -> Self {
        Target {
            sm: 90,
            ptx_isa: (8, 5),
        }
    }
}

impl Target {
    /// Parses `sm_90` (or `90`).
    pub fn parse_sm(s: &str) -> Option<Target> {
        let n: u32 = s.strip_prefix("sm_").unwrap_or(s).parse().ok()?;
        (20..=200).contains(&n).then_some(Target {
            sm: n,
            ..Target::default()
        })
    }

    /// `sm_90`.
    pub fn sm_name(&self) -> String {
        format!("sm_{}", self.sm)
    }
}

/// One program to compile.
#[derive(Clone, Debug)]
pub struct CompileRequest<'a> {
    /// The file name diagnostics refer to; includes are resolved relative to its directory.
    pub file_name: &'a str,
    /// The OpenCL C text.
    pub source: &'a str,
    pub options: &'a BuildOptions,
    pub target: Target,
}

/// One intermediate or final artifact of a compilation, with the time it took to make.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    /// The `--emit` name: `source`, `llvm`, `tgsi`, `ptx`.
    pub name: String,
    pub text: String,
    /// Wall-clock seconds spent producing this stage from the previous one.
    pub seconds: f64,
}

/// The result of compiling one program along one path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Compiled {
    pub kind: ArtifactKind,
    /// The text handed to the runtime: the OpenCL C source or PTX.
    pub artifact: String,
    /// Options for `clBuildProgram` (the user's options for source; empty for PTX).
    pub build_options: String,
    /// Every stage in order; the last one is `artifact`.
    pub stages: Vec<Stage>,
}

impl Compiled {
    /// The stage called `name`, if the path produced it.
    pub fn stage(&self, name: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.name == name)
    }
}

/// A compiler diagnostic with its source location.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub column: u32,
    /// `error`, `warning`, `note`, `fatal error`.
    pub severity: String,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.column, self.severity, self.message
        )
    }
}

/// Why a path could not compile a program. Every variant names what the user needs to find
/// the problem: the kernel, the construct, the source location.
#[derive(Debug, Error)]
pub enum PathError {
    /// The OpenCL C compiler rejected the source.
    #[error("{file}: compilation failed\n{}", render_diags(.diagnostics))]
    Source {
        file: String,
        diagnostics: Vec<Diagnostic>,
    },
    /// The path cannot express something the kernel uses.
    #[error("path `{path}`, kernel `{kernel}`: {construct} is not supported{}", at(.location))]
    Unsupported {
        path: String,
        kernel: String,
        construct: String,
        /// `file:line:col` when the IR carries it.
        location: Option<String>,
    },
    /// `--kernel NAME` names no kernel of the program.
    #[error("no kernel named `{name}` in {file} (kernels: {})", .available.join(", "))]
    NoSuchKernel {
        name: String,
        file: String,
        available: Vec<String>,
    },
    /// A stage failed for another reason (tool missing, verifier, LLVM error).
    #[error("path `{path}`, stage `{stage}`: {message}")]
    Stage {
        path: String,
        stage: String,
        message: String,
    },
}

fn render_diags(d: &[Diagnostic]) -> String {
    d.iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

fn at(loc: &Option<String>) -> String {
    loc.as_ref()
        .map(|l| format!(" (at {l})"))
        .unwrap_or_default()
}

/// One compilation path.
///
/// A path is stateless and cheap to construct; `compile` may be called from several threads.
pub trait Path: Send + Sync {
    /// Registry name, as `--path` takes it (`native`, `llvm`, `tgsi`, …).
    fn name(&self) -> &str;
    /// One line for `visabench paths`.
    fn description(&self) -> &str;
    /// What this path hands to the runtime.
    fn hands(&self) -> ArtifactKind;
    /// The stages `--emit` accepts, in pipeline order (the last is the artifact).
    fn stages(&self) -> Vec<&'static str>;
    /// Compiles one program.
    fn compile(&self, req: &CompileRequest<'_>) -> Result<Compiled, PathError>;
    /// Compiles one kernel of the program (`compile --kernel`). A path that can drop the other
    /// kernels overrides this (and [`Path::selects_kernels`]) and answers
    /// [`PathError::NoSuchKernel`] for a name the program lacks; the default compiles every
    /// kernel, and the caller checks that `kernel` exists.
    fn compile_kernel(
        &self,
        req: &CompileRequest<'_>,
        kernel: &str,
    ) -> Result<Compiled, PathError> {
        let _ = kernel;
        self.compile(req)
    }
    /// Does [`Path::compile_kernel`] keep only the kernel asked for?
    fn selects_kernels(&self) -> bool {
        false
    }
    /// Compiles a program given in this path's own input form instead of OpenCL C (the
    /// `spirv` path takes a SPIR-V binary), for `visabench compile FILE`. `None` when `bytes`
    /// are not such an input, the default: the caller then reads them as OpenCL C.
    fn compile_binary(
        &self,
        file_name: &str,
        bytes: &[u8],
        target: Target,
    ) -> Option<Result<Compiled, PathError>> {
        let _ = (file_name, bytes, target);
        None
    }
    /// This path under a profile: what `NAME@PROFILE` names (e.g. `tgsi@modern+temps32`). The
    /// returned path carries its own name. Paths without profiles refuse, which is the default.
    fn with_profile(&self, profile: &str) -> Result<Box<dyn Path>, ProfileRefused> {
        Err(ProfileRefused::NoProfiles {
            path: self.name().to_string(),
            profile: profile.to_string(),
        })
    }
    /// The profiles of an ablation study of this path: each differs from the path's own
    /// profile in one switch (empty for paths without profiles, the default).
    fn ablation(&self) -> Vec<Toggle> {
        Vec::new()
    }
}

/// One step of an ablation: `NAME@profile` is the path with `switch` turned `on` (or off).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Toggle {
    /// The profile to ask [`Path::with_profile`] for.
    pub profile: String,
    /// The one switch it changes.
    pub switch: String,
    /// Whether it turns the switch on (a restriction added) or off (one removed).
    pub on: bool,
}

/// Why [`Path::with_profile`] gave no path.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ProfileRefused {
    /// The path takes no profile at all.
    #[error("path `{path}` takes no profile (asked for `{path}@{profile}`)")]
    NoProfiles { path: String, profile: String },
    /// The profile does not parse; the message names the valid ones.
    #[error("path `{path}`: {message}")]
    Invalid { path: String, message: String },
}

/// The baseline: the OpenCL C source and its options go unchanged to the vendor's compiler at
/// run time.
#[derive(Debug, Default, Clone, Copy)]
pub struct Native;

impl Path for Native {
    fn name(&self) -> &str {
        "native"
    }
    fn description(&self) -> &str {
        "OpenCL C source straight to the vendor's OpenCL compiler (the study's \"No IR\" baseline)"
    }
    fn hands(&self) -> ArtifactKind {
        ArtifactKind::OpenClSource
    }
    fn stages(&self) -> Vec<&'static str> {
        vec!["source"]
    }
    fn compile(&self, req: &CompileRequest<'_>) -> Result<Compiled, PathError> {
        Ok(Compiled {
            kind: ArtifactKind::OpenClSource,
            artifact: req.source.to_string(),
            build_options: req.options.to_cl_string(),
            stages: vec![Stage {
                name: "source".into(),
                text: req.source.to_string(),
                seconds: 0.0,
            }],
        })
    }
}
