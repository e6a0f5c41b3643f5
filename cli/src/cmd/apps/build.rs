//! `visabench apps build`: the six apps built from a Rodinia checkout, out of tree, with their
//! own Makefiles and the system compiler against `-lOpenCL`. Rodinia's files are copied into
//! the work directory and built there (the checkout is only read); the one file added is
//! `common/make.config`, which Rodinia's Makefiles include for the OpenCL include and library
//! directories and the repository does not ship. No source is changed: build flags only.

use super::catalog::App;
use super::process::{run_logged, tail, Ended};
use anyhow::{bail, Context as _};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The value of [`Manifest::format`].
pub const FORMAT: &str = "visabench-apps/1";
/// The manifest's file name in the work directory.
pub const MANIFEST: &str = "apps.json";
/// How long one app's build may take.
const BUILD_LIMIT: Duration = Duration::from_secs(300);

/// What `apps build` made: `WORK/apps.json`. Paths are relative to the work directory, so
/// it can be carried to another machine (the GPU kit does).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    /// The Rodinia directory the sources came from (absolute, as given).
    pub rodinia: String,
    /// The OpenCL include and library directories given to the Makefiles.
    pub opencl_include: String,
    pub opencl_lib: String,
    /// One entry per app asked for.
    pub apps: Vec<Built>,
    /// nn's record generator, when it built.
    pub hurricane_gen: Option<String>,
    /// When it was built (RFC 3339).
    pub date: String,
}

/// One app's build.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Built {
    pub app: String,
    /// Its executable, when it built.
    pub exe: Option<String>,
    /// Where it runs (its directory: it opens its kernel file relative to it).
    pub cwd: String,
    /// The build's output.
    pub log: String,
    /// Why it did not build.
    pub error: Option<String>,
    /// Build flags beyond the Makefile's, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<String>,
    pub seconds: f64,
}

impl Manifest {
    /// Reads `WORK/apps.json`.
    pub fn read(work: &Path) -> anyhow::Result<Manifest> {
        let file = work.join(MANIFEST);
        let text = std::fs::read(&file).with_context(|| {
            format!(
                "{}: no apps manifest (build the apps first: `visabench apps build --rodinia DIR --work {}`)",
                file.display(),
                work.display()
            )
        })?;
        let m: Manifest = serde_json::from_slice(&text)
            .with_context(|| format!("{}: not an apps manifest", file.display()))?;
        if m.format != FORMAT {
            bail!(
                "{}: format `{}`, expected `{FORMAT}`",
                file.display(),
                m.format
            );
        }
        Ok(m)
    }

    fn write(&self, work: &Path) -> anyhow::Result<()> {
        let json = serde_json::to_vec_pretty(self)?;
        let file = work.join(MANIFEST);
        visabench_core::files::write_atomic(&file, &json)
            .with_context(|| format!("{}", file.display()))
    }

    /// The entry of `app`.
    pub fn built(&self, app: &str) -> Option<&Built> {
        self.apps.iter().find(|b| b.app == app)
    }
}

/// The OpenCL header and library directories: given, else where the system compiler finds
/// `CL/cl.h` and `libOpenCL.so`.
fn opencl_dirs(include: Option<&Path>, lib: Option<&Path>) -> anyhow::Result<(PathBuf, PathBuf)> {
    let include = match include {
        Some(d) => d.to_path_buf(),
        None => [
            "/usr/include",
            "/usr/local/include",
            "/usr/local/cuda/include",
        ]
        .iter()
        .map(PathBuf::from)
        .find(|d| d.join("CL/cl.h").is_file())
        .ok_or_else(|| {
            anyhow::anyhow!(
                "no OpenCL headers (CL/cl.h) in /usr/include: install opencl-c-headers \
                     (scripts/setup does) or pass --opencl-include DIR"
            )
        })?,
    };
    let lib = match lib {
        Some(d) => d.to_path_buf(),
        None => {
            let out = Command::new("cc")
                .arg("-print-file-name=libOpenCL.so")
                .output()
                .context("cannot run the system C compiler `cc`")?;
            let p = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
            match p.parent() {
                Some(d) if p.is_absolute() && p.exists() => d.to_path_buf(),
                _ => bail!(
                    "the system compiler finds no libOpenCL.so: install ocl-icd-opencl-dev \
                     (scripts/setup does) or pass --opencl-lib DIR"
                ),
            }
        }
    };
    Ok((include, lib))
}

/// Copies the directory `from` into `to`, recursively (files and directories only).
fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let (src, dst) = (e.path(), to.join(e.file_name()));
        let t = e.file_type()?;
        if t.is_dir() {
            copy_tree(&src, &dst)?;
        } else if t.is_file() {
            std::fs::copy(&src, &dst)?;
        }
    }
    Ok(())
}

/// Builds `apps` from `rodinia` into `work`; writes and returns the manifest. An app that is
/// missing or does not build is recorded with its reason; the others still build.
pub fn build(
    rodinia: &Path,
    work: &Path,
    apps: &[App],
    include: Option<&Path>,
    lib: Option<&Path>,
) -> anyhow::Result<Manifest> {
    if !rodinia.is_dir() {
        bail!("--rodinia {}: no such directory", rodinia.display());
    }
    let rodinia = std::path::absolute(rodinia)?;
    let (include, lib) = opencl_dirs(include, lib)?;
    let src = work.join("src");
    let opencl = src.join("opencl");
    std::fs::create_dir_all(&opencl).with_context(|| format!("{}", opencl.display()))?;
    // What Rodinia's Makefiles include (`../../common/make.config` from an app's directory,
    // `../../../common/make.config` from lud/ocl): the OpenCL directories, nothing else.
    let config = format!(
        "# Written by `visabench apps build`: the OpenCL directories Rodinia's Makefiles use.\n\
         NV_OPENCL_INC = {}\nNV_OPENCL_LIB = {}\n",
        include.display(),
        lib.display()
    );
    let make_config = src.join("common/make.config");
    std::fs::create_dir_all(src.join("common"))
        .and_then(|()| visabench_core::files::write_atomic(&make_config, config.as_bytes()))
        .with_context(|| format!("{}", make_config.display()))?;
    if rodinia.join("util").is_dir() {
        copy_tree(&rodinia.join("util"), &opencl.join("util"))
            .with_context(|| format!("copying {}", rodinia.join("util").display()))?;
    }
    for f in ["LICENSE", "README.md"] {
        if rodinia.join(f).is_file() {
            std::fs::copy(rodinia.join(f), opencl.join(f))?;
        }
    }
    let total = apps.len();
    let built: Vec<Built> =
        visabench_core::parallel::map(apps, visabench_core::parallel::cores(6), |_, app| {
            let b = build_one(&rodinia, work, app);
            match &b.error {
                None => eprintln!("[apps] built {:<10} ({:.1} s)", app.name, b.seconds),
                Some(e) => eprintln!("[apps] {:<10} did not build: {e}", app.name),
            }
            b
        });
    let hurricane_gen = build_generator(&rodinia, work);
    let m = Manifest {
        format: FORMAT.into(),
        rodinia: rodinia.display().to_string(),
        opencl_include: include.display().to_string(),
        opencl_lib: lib.display().to_string(),
        apps: built,
        hurricane_gen,
        date: harness::env::now_rfc3339(),
    };
    std::fs::create_dir_all(work)?;
    m.write(work)?;
    let ok = m.apps.iter().filter(|b| b.exe.is_some()).count();
    eprintln!("[apps] {ok} of {total} apps built into {}", work.display());
    Ok(m)
}

fn build_one(rodinia: &Path, work: &Path, app: &App) -> Built {
    let rel = PathBuf::from("src/opencl").join(app.dir);
    let log = PathBuf::from("logs").join(format!("build-{}.txt", app.name));
    let mut b = Built {
        app: app.name.into(),
        cwd: rel.display().to_string(),
        log: log.display().to_string(),
        ..Built::default()
    };
    b.flags = app.make_why.map(str::to_string);
    let from = rodinia.join(app.dir);
    if !from.join("Makefile").is_file() {
        b.error = Some(format!("{}: missing (no Makefile there)", from.display()));
        return b;
    }
    let dir = work.join(&rel);
    if let Err(e) = copy_tree(&from, &dir) {
        b.error = Some(format!("copying {}: {e}", from.display()));
        return b;
    }
    let mut make = Command::new("make");
    make.arg("-C").arg(&dir);
    if let Some(t) = app.target {
        make.arg(t);
    }
    for (k, v) in app.make_vars {
        make.arg(format!("{k}={v}"));
    }
    match run_logged(make, &work.join(&log), BUILD_LIMIT) {
        Ok((ended, secs)) => {
            b.seconds = secs;
            let exe = rel.join(app.exe);
            if ended.ok() && work.join(&exe).is_file() {
                b.exe = Some(exe.display().to_string());
            } else if ended.ok() {
                b.error = Some(format!("make succeeded but left no {}", app.exe));
            } else {
                b.error = Some(format!(
                    "make {} ({}): {}",
                    ended.describe(),
                    work.join(&log).display(),
                    tail(&work.join(&log), 3)
                ));
            }
            if ended == Ended::TimedOut {
                b.error = Some(format!("the build took over {} s", BUILD_LIMIT.as_secs()));
            }
        }
        Err(e) => b.error = Some(format!("{e:#}")),
    }
    b
}

/// nn's record generator (`nn/hurricane_gen.c`), built with the system compiler.
fn build_generator(rodinia: &Path, work: &Path) -> Option<String> {
    let src = rodinia.join("nn/hurricane_gen.c");
    if !src.is_file() {
        eprintln!(
            "[apps] {}: missing; nn's records cannot be generated",
            src.display()
        );
        return None;
    }
    let rel = PathBuf::from("bin/hurricane_gen");
    let _ = std::fs::create_dir_all(work.join("bin"));
    let mut cc = Command::new("cc");
    cc.arg("-O2").arg("-o").arg(work.join(&rel)).arg(&src);
    let log = work.join("logs/build-hurricane_gen.txt");
    match run_logged(cc, &log, BUILD_LIMIT) {
        Ok((e, _)) if e.ok() => Some(rel.display().to_string()),
        Ok((e, _)) => {
            eprintln!(
                "[apps] hurricane_gen did not build ({}): {}",
                e.describe(),
                tail(&log, 3)
            );
            None
        }
        Err(e) => {
            eprintln!("[apps] hurricane_gen did not build: {e:#}");
            None
        }
    }
}
