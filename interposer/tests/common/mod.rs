//! What the tests that run C applications under the interposer share: the library, compiling
//! an application of `testapp/`, running it with `LD_PRELOAD` and reading its record.

#![allow(dead_code)] // each test file uses part of it

use anyhow::{bail, Context as _, Result};
use interposer_record::record::{KernelRecord, Outcome, ProgramRecord, Record};
use std::os::unix::process::{CommandExt as _, ExitStatusExt as _};
use std::path::{Path, PathBuf};
use std::process::Command;

/// `libinterposer.so`, built by cargo next to this test's executable.
pub fn library() -> Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let deps = exe.parent().context("test executable has no directory")?;
    for dir in [deps, deps.parent().unwrap_or(deps)] {
        let lib = dir.join("libinterposer.so");
        if lib.is_file() {
            return Ok(lib);
        }
    }
    bail!("libinterposer.so not found next to {}", exe.display())
}

/// Compiles `testapp/NAME.c` into `dir/NAME`.
pub fn compile_app(dir: &Path, name: &str) -> Result<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("testapp/{name}.c"));
    let out = dir.join(name);
    let status = Command::new("cc")
        .args(["-O1", "-Wall", "-o"])
        .arg(&out)
        .arg(&src)
        .args(["-lOpenCL", "-lm"])
        .status()
        .context("running cc")?;
    if !status.success() {
        bail!("cc failed on {}", src.display());
    }
    Ok(out)
}

/// Compiles the main test application (`testapp/multiprog.c`) into `dir`.
pub fn test_app(dir: &Path) -> Result<PathBuf> {
    compile_app(dir, "multiprog")
}

/// Whether this machine has an OpenCL platform (asked through `testapp/platforms.c` without
/// the interposer); says that `test` is skipped when it has none.
pub fn opencl_present(dir: &Path, test: &str) -> Result<bool> {
    let app = compile_app(dir, "platforms")?;
    let out = Command::new(&app)
        .env_remove("LD_PRELOAD")
        .output()
        .context("running the platforms application")?;
    let text = String::from_utf8_lossy(&out.stdout);
    let present = text
        .lines()
        .next()
        .is_some_and(|l| !l.starts_with("count 0 "));
    if !present {
        eprintln!("SKIPPED {test}: no OpenCL platform on this machine\n{text}");
    }
    Ok(present)
}

/// One run of an application.
pub struct Run {
    /// Its exit code, if it exited.
    pub code: Option<i32>,
    /// The signal that killed it, if one did.
    pub signal: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    /// The record it left, if any.
    pub record: Option<Record>,
}

/// Runs the application under the interposer with `vars` (and no other `VISABENCH_*`), in
/// `dir`, without core dumps.
pub fn run(dir: &Path, app: &Path, args: &[&str], vars: &[(&str, &str)]) -> Result<Run> {
    let record = dir.join("record.json");
    let _ = std::fs::remove_file(&record);
    let mut cmd = Command::new(app);
    cmd.args(args).current_dir(dir);
    for (k, _) in std::env::vars() {
        if k.starts_with("VISABENCH_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("LD_PRELOAD", library()?)
        .env("VISABENCH_RECORD", &record);
    for (k, v) in vars {
        cmd.env(k, v);
    }
    // SAFETY: setrlimit is async-signal-safe; nothing else runs between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let none = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            libc::setrlimit(libc::RLIMIT_CORE, &none);
            Ok(())
        });
    }
    let out = cmd.output().context("running the test application")?;
    Ok(Run {
        code: out.status.code(),
        signal: out.status.signal(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        record: Record::read(&record).ok(),
    })
}

impl Run {
    /// The record of a run of `multiprog` that passed all its checks.
    pub fn passed(&self) -> Result<&Record> {
        if self.code != Some(0) || !self.stdout.contains("all checks passed") {
            bail!(
                "application failed ({:?})\nstdout:\n{}\nstderr:\n{}",
                self.code,
                self.stdout,
                self.stderr
            );
        }
        self.record.as_ref().context("no record written")
    }

    /// Everything the run printed, for assertion messages.
    pub fn output(&self) -> String {
        format!(
            "exit {:?}, signal {:?}\nstdout:\n{}\nstderr:\n{}",
            self.code, self.signal, self.stdout, self.stderr
        )
    }
}

/// The programs the application builds (the header and the compile-only object are not built).
pub fn built(r: &Record) -> Vec<&ProgramRecord> {
    r.programs
        .iter()
        .filter(|p| p.outcome != Outcome::Unbuilt)
        .collect()
}

/// The record of kernel `name`.
pub fn kernel<'a>(r: &'a Record, name: &str) -> &'a KernelRecord {
    r.kernels
        .iter()
        .find(|k| k.name == name)
        .unwrap_or_else(|| panic!("no kernel `{name}` in the record"))
}
