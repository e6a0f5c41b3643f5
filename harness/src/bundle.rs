//! Bundles: every workload compiled along every requested path, on disk.
//!
//! A bundle is what a GPU node without Rust, LLVM or clang runs: a directory holding
//! `manifest.json` ([`Manifest`]) and per workload `NAME/source.cl` plus one artifact per path
//! (`NAME/PATH.cl` for OpenCL C, `NAME/PATH.ptx` for PTX). A path that failed to compile has
//! its error in the manifest instead of an artifact. `visabench run` without `--bundle` makes a
//! bundle in a temporary directory and runs it, so there is one way to run.

use crate::variant::JitLevel;
use kernels::{Size, Workload};
use serde::{Deserialize, Serialize};
use std::path::{Path as FsPath, PathBuf};
use std::time::Instant;
use thiserror::Error;
use visabench_core::files;
use visabench_core::{
    ArtifactKind, BuildOptions, CompileRequest, KernelSignature, Path, PathError, Target,
};

/// Version of the manifest format.
pub const FORMAT: u32 = 1;

/// Errors reading or writing a bundle.
#[derive(Debug, Error)]
pub enum BundleError {
    #[error("bundle {dir}: {source}")]
    Io {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error("bundle {dir}: manifest.json is not valid: {source}")]
    Manifest {
        dir: PathBuf,
        source: serde_json::Error,
    },
    #[error("bundle {dir}: manifest format {found}, this visabench reads {FORMAT}")]
    Format { dir: PathBuf, found: u32 },
    #[error("workload `{workload}`: build options `{options}`: {source}")]
    Options {
        workload: String,
        options: String,
        source: visabench_core::OptionsError,
    },
}

/// Compile time of one stage of a path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageTime {
    pub name: String,
    pub seconds: f64,
}

/// One workload along one path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathEntry {
    /// Registry name of the path.
    pub path: String,
    pub kind: ArtifactKind,
    /// The artifact's file, relative to the bundle directory; `None` when compilation failed.
    pub artifact: Option<String>,
    /// Options for `clBuildProgram` (the workload's for source, empty for PTX).
    pub build_options: String,
    /// The compiler's error, when compilation failed.
    pub error: Option<String>,
    /// The failure is a documented limit of the path (`PathError::Unsupported`).
    #[serde(default)]
    pub unsupported: bool,
    pub stages: Vec<StageTime>,
    /// Wall-clock seconds of the whole compilation.
    pub compile_seconds: f64,
    /// When the path is one step of an ablation: which path it varies, and how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ablation: Option<Ablated>,
    /// The path's TGSI program text, when it has a `tgsi` stage (relative to the bundle): what
    /// the TGSI interpreter device runs ([`crate::interp`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tgsi: Option<String>,
}

/// An ablation path: `of` with one switch turned `on` (a restriction added) or off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ablated {
    pub of: String,
    pub switch: String,
    pub on: bool,
}

/// One workload of a bundle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkloadEntry {
    pub name: String,
    /// The `.cl` file's name as the workload names it.
    pub file_name: String,
    /// Its text, relative to the bundle directory.
    pub source: String,
    pub build_options: String,
    /// Kernel signatures from the frontend (`None` when this build has no frontend); the
    /// runner checks every launch's arguments against them.
    pub signatures: Option<Vec<KernelSignature>>,
    /// Why the signatures are missing, if the frontend failed.
    pub signature_error: Option<String>,
    pub paths: Vec<PathEntry>,
}

/// `manifest.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// The size preset the build options were made for.
    pub size: Size,
    pub target: Target,
    /// visabench commit that made the bundle.
    pub commit: String,
    /// LLVM version of the compile side, when it has one.
    pub llvm_version: Option<String>,
    /// When it was made (UTC, RFC 3339).
    pub created: String,
    /// The finishing levels `run --bundle` uses unless told otherwise (empty: the driver's
    /// default alone). See [`crate::variant`].
    #[serde(default)]
    pub jit_opt_levels: Vec<JitLevel>,
    pub workloads: Vec<WorkloadEntry>,
}

impl Manifest {
    /// The entry of workload `name`.
    pub fn workload(&self, name: &str) -> Option<&WorkloadEntry> {
        self.workloads.iter().find(|w| w.name == name)
    }

    /// The levels a run of this bundle uses by default.
    pub fn levels(&self) -> Vec<JitLevel> {
        if self.jit_opt_levels.is_empty() {
            vec![None]
        } else {
            self.jit_opt_levels.clone()
        }
    }

    /// The ablation paths of the bundle and what each varies.
    pub fn ablations(&self) -> std::collections::BTreeMap<String, Ablated> {
        let mut out = std::collections::BTreeMap::new();
        for w in &self.workloads {
            for p in &w.paths {
                if let Some(a) = &p.ablation {
                    out.insert(p.path.clone(), a.clone());
                }
            }
        }
        out
    }

    /// Every path of the bundle, in the order the first workload lists them.
    pub fn path_names(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in &self.workloads {
            for p in &w.paths {
                if !out.contains(&p.path) {
                    out.push(p.path.clone());
                }
            }
        }
        out
    }
}

impl PathEntry {
    /// The first line of the compile error, when compilation failed.
    pub fn error_line(&self) -> Option<&str> {
        self.error
            .as_deref()
            .map(|e| e.lines().next().unwrap_or(""))
    }
}

impl WorkloadEntry {
    /// The entry of path `name`.
    pub fn path(&self, name: &str) -> Option<&PathEntry> {
        self.paths.iter().find(|p| p.path == name)
    }
}

/// Reads a kernel-signature function's answer: the frontend's signatures of one program.
pub type SignatureFn<'a> = &'a dyn Fn(&CompileRequest<'_>) -> Result<Vec<KernelSignature>, String>;

/// What to put in a bundle.
pub struct Spec<'a> {
    pub size: Size,
    pub target: Target,
    pub workloads: Vec<&'a dyn Workload>,
    pub paths: Vec<&'a dyn Path>,
    /// Recorded in the manifest as the default levels of a run.
    pub levels: Vec<JitLevel>,
    pub llvm_version: Option<String>,
    /// The frontend's signature reader, when this build has one.
    pub signatures: Option<SignatureFn<'a>>,
}

impl std::fmt::Debug for Spec<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spec")
            .field("size", &self.size)
            .field(
                "workloads",
                &self.workloads.iter().map(|w| w.name()).collect::<Vec<_>>(),
            )
            .field(
                "paths",
                &self.paths.iter().map(|p| p.name()).collect::<Vec<_>>(),
            )
            .finish()
    }
}

fn io(dir: &FsPath) -> impl Fn(std::io::Error) -> BundleError + '_ {
    move |source| BundleError::Io {
        dir: dir.to_path_buf(),
        source,
    }
}

/// Compiles every workload of `spec` along every path into `dir` (created if needed) and
/// writes its manifest. A path that fails to compile is recorded, not fatal. `progress` is
/// called after each (workload, path).
pub fn create(
    dir: &FsPath,
    spec: &Spec<'_>,
    progress: &mut dyn FnMut(&str, &str),
) -> Result<Manifest, BundleError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut workloads = Vec::new();
    for w in &spec.workloads {
        let (file_name, text) = w.source();
        let options_text = w.build_options(spec.size);
        let options =
            BuildOptions::parse(&options_text).map_err(|source| BundleError::Options {
                workload: w.name().into(),
                options: options_text.clone(),
                source,
            })?;
        let wdir = dir.join(w.name());
        std::fs::create_dir_all(&wdir).map_err(io(dir))?;
        let source_rel = format!("{}/source.cl", w.name());
        files::write_atomic(&dir.join(&source_rel), text.as_bytes()).map_err(io(dir))?;
        let req = CompileRequest {
            file_name,
            source: text,
            options: &options,
            target: spec.target,
        };
        let (signatures, signature_error) = match spec.signatures {
            Some(f) => match f(&req) {
                Ok(s) => (Some(s), None),
                Err(e) => (None, Some(e)),
            },
            None => (None, None),
        };
        let compiled = compile_all(&spec.paths, &req);
        let mut paths = Vec::new();
        for (p, (r, compile_seconds)) in spec.paths.iter().zip(compiled) {
            let entry = match r {
                Ok(c) => {
                    let ext = match c.kind {
                        ArtifactKind::OpenClSource => "cl",
                        ArtifactKind::Ptx => "ptx",
                    };
                    let rel = format!("{}/{}.{ext}", w.name(), file_stem(p.name()));
                    files::write_atomic(&dir.join(&rel), c.artifact.as_bytes()).map_err(io(dir))?;
                    let tgsi = match c.stage("tgsi") {
                        Some(st) => {
                            let t = format!("{}/{}.tgsi", w.name(), file_stem(p.name()));
                            files::write_atomic(&dir.join(&t), st.text.as_bytes())
                                .map_err(io(dir))?;
                            Some(t)
                        }
                        None => None,
                    };
                    PathEntry {
                        path: p.name().into(),
                        kind: c.kind,
                        artifact: Some(rel),
                        build_options: c.build_options,
                        error: None,
                        unsupported: false,
                        stages: c
                            .stages
                            .iter()
                            .map(|s| StageTime {
                                name: s.name.clone(),
                                seconds: s.seconds,
                            })
                            .collect(),
                        compile_seconds,
                        ablation: ablated(p.name()),
                        tgsi,
                    }
                }
                Err(e) => PathEntry {
                    path: p.name().into(),
                    kind: p.hands(),
                    artifact: None,
                    build_options: String::new(),
                    error: Some(e.to_string()),
                    unsupported: matches!(e, PathError::Unsupported { .. }),
                    stages: vec![],
                    compile_seconds,
                    ablation: ablated(p.name()),
                    tgsi: None,
                },
            };
            paths.push(entry);
            progress(w.name(), p.name());
        }
        workloads.push(WorkloadEntry {
            name: w.name().into(),
            file_name: file_name.into(),
            source: source_rel,
            build_options: options_text,
            signatures,
            signature_error,
            paths,
        });
    }
    let m = Manifest {
        format: FORMAT,
        size: spec.size,
        target: spec.target,
        commit: crate::env::COMMIT.to_string(),
        llvm_version: spec.llvm_version.clone(),
        created: crate::env::now_rfc3339(),
        jit_opt_levels: spec.levels.clone(),
        workloads,
    };
    let json = serde_json::to_vec_pretty(&m).map_err(|e| BundleError::Manifest {
        dir: dir.into(),
        source: e,
    })?;
    files::write_atomic(&dir.join("manifest.json"), &json).map_err(io(dir))?;
    Ok(m)
}

/// What an ablation path varies, from the registry.
fn ablated(name: &str) -> Option<Ablated> {
    path_registry::ablation()
        .into_iter()
        .find(|a| a.name == name)
        .map(|a| Ablated {
            of: a.of,
            switch: a.toggle.switch,
            on: a.toggle.on,
        })
}

type Outcome = (Result<visabench_core::Compiled, PathError>, f64);

/// Compiles `req` along every path, on as many threads as the machine has cores (each path
/// builds its own LLVM context, so compilations are independent); results in `paths` order.
fn compile_all(paths: &[&dyn Path], req: &CompileRequest<'_>) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(paths.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let slots: Vec<std::sync::Mutex<Option<Outcome>>> =
        paths.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(p) = paths.get(i) else { break };
                let t = Instant::now();
                // A compiler bug must not take the other paths' work down with it.
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| p.compile(req)))
                    .unwrap_or_else(|_| {
                        Err(PathError::Stage {
                            path: p.name().into(),
                            stage: "compile".into(),
                            message: "the compiler panicked (a bug: please report it)".into(),
                        })
                    });
                let outcome = (r, t.elapsed().as_secs_f64());
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some(outcome);
                }
            });
        }
    });
    slots
        .into_iter()
        .zip(paths)
        .map(|(m, p)| {
            m.into_inner().ok().flatten().unwrap_or_else(|| {
                let e = PathError::Stage {
                    path: p.name().into(),
                    stage: "compile".into(),
                    message: "no result from the compiling thread".into(),
                };
                (Err(e), 0.0)
            })
        })
        .collect()
}

/// A path name as a file name: `tgsi@modern+temps32` → `tgsi_at_modern_plus_temps32`.
pub fn file_stem(path: &str) -> String {
    path.replace('@', "_at_")
        .replace('+', "_plus_")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Reads `DIR/manifest.json`.
pub fn load(dir: &FsPath) -> Result<Manifest, BundleError> {
    let text = std::fs::read(dir.join("manifest.json")).map_err(io(dir))?;
    let m: Manifest = serde_json::from_slice(&text).map_err(|source| BundleError::Manifest {
        dir: dir.to_path_buf(),
        source,
    })?;
    if m.format != FORMAT {
        return Err(BundleError::Format {
            dir: dir.to_path_buf(),
            found: m.format,
        });
    }
    Ok(m)
}

/// Reads a file of the bundle (an artifact or a source).
pub fn read_text(dir: &FsPath, rel: &str) -> Result<String, BundleError> {
    std::fs::read_to_string(dir.join(rel)).map_err(io(dir))
}
