//! Worker processes.
//!
//! A device fault on NVIDIA poisons the whole OpenCL context, and a hung kernel cannot be
//! cancelled in-process, so each pass runs in a child process of the same binary
//! (`visabench __worker REQUEST.json RESPONSE.json`). The parent ([`spawn`]) enforces the time
//! limit by killing the child, and turns a crash or a kill into a [`Status`] for the
//! (workload, path); the child ([`serve`]) runs [`crate::exec`] and writes its answer
//! atomically.

use crate::exec::{self, Timed, Verified};
use crate::opencl::Session;
use crate::results::Status;
use crate::variant::{JitLevel, Variant};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The hidden subcommand that runs a worker.
pub const SUBCOMMAND: &str = "__worker";

/// What a worker does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "job", rename_all = "snake_case")]
pub enum Job {
    /// Compute the workload's CPU reference into the request's `reference_cache` (needs no
    /// device).
    Reference,
    /// Run one path once at one finishing level and verify it.
    Verify {
        path: String,
        #[serde(default)]
        level: JitLevel,
    },
    /// Time these (verified) variants, interleaved.
    Time {
        variants: Vec<Variant>,
        sampling: exec::Sampling,
    },
}

/// A worker's request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub bundle: PathBuf,
    pub workload: String,
    pub seed: u64,
    /// `--device`, as the user gave it.
    pub device: Option<String>,
    /// File caching the workload's CPU reference across the verification workers.
    #[serde(default)]
    pub reference_cache: Option<PathBuf>,
    #[serde(flatten)]
    pub job: Job,
}

/// A worker's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum Response {
    Verified(Verified),
    /// Keyed by [`Variant::key`].
    Timed {
        paths: BTreeMap<String, Timed>,
    },
    /// The reference is in the cache; it took this long to compute (0 when it was there).
    Reference {
        seconds: f64,
    },
    /// The worker could not start the job (no device, bundle unreadable).
    Failed {
        message: String,
    },
}

/// Runs a request in this process and returns the answer.
pub fn handle(req: &Request) -> Response {
    let failed = |e: &dyn std::fmt::Display| Response::Failed {
        message: e.to_string(),
    };
    let manifest = match crate::bundle::load(&req.bundle) {
        Ok(m) => m,
        Err(e) => return failed(&e),
    };
    let prepared = match exec::prepare(&manifest, &req.workload) {
        Ok(p) => p,
        Err(e) => return failed(&e),
    };
    if req.job == Job::Reference {
        let Some(cache) = &req.reference_cache else {
            return failed(&"a reference job needs a reference cache file");
        };
        return match exec::make_reference(&prepared, manifest.size, req.seed, cache) {
            Ok(seconds) => Response::Reference { seconds },
            Err(e) => failed(&e),
        };
    }
    if crate::interp::is_interpreter(req.device.as_deref()) {
        return match &req.job {
            Job::Verify { path, .. } => Response::Verified(crate::interp::verify_path(
                &req.bundle,
                &prepared,
                path,
                manifest.size,
                req.seed,
                req.reference_cache.as_deref(),
            )),
            Job::Time { .. } => failed(&"the TGSI interpreter does not time: it verifies only"),
            Job::Reference => failed(&"unreachable: reference jobs return above"),
        };
    }
    let session = match Session::open(req.device.as_deref()) {
        Ok(s) => s,
        Err(e) => return failed(&e),
    };
    let cx = exec::Ctx {
        session: &session,
        dir: &req.bundle,
        prepared: &prepared,
        seed: req.seed,
        size: manifest.size,
        reference_cache: req.reference_cache.as_deref(),
    };
    match &req.job {
        Job::Reference => failed(&"unreachable: reference jobs return above"),
        Job::Verify { path, level } => Response::Verified(exec::verify_path(&cx, path, *level)),
        Job::Time { variants, sampling } => Response::Timed {
            paths: exec::time_paths(&cx, variants, sampling),
        },
    }
}

/// The child's side: reads `request`, runs it, writes the answer to `response`.
pub fn serve(request: &Path, response: &Path) -> Result<(), String> {
    let text = std::fs::read(request).map_err(|e| format!("{}: {e}", request.display()))?;
    let req: Request =
        serde_json::from_slice(&text).map_err(|e| format!("{}: {e}", request.display()))?;
    let resp = handle(&req);
    let json = serde_json::to_vec(&resp).map_err(|e| e.to_string())?;
    visabench_core::files::write_atomic(response, &json)
        .map_err(|e| format!("{}: {e}", response.display()))?;
    Ok(())
}

/// Why a worker gave no answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Lost {
    pub status: Status,
    pub message: String,
}

/// The parent's side: runs `req` in a child (`exe __worker …`), killing it after `limit`.
pub fn spawn(exe: &Path, req: &Request, limit: Duration) -> Result<Response, Lost> {
    let lost = |message: String| Lost {
        status: Status::Fault,
        message,
    };
    let dir = tempfile::Builder::new()
        .prefix("visabench-worker-")
        .tempdir()
        .map_err(|e| lost(format!("cannot make a temporary directory: {e}")))?;
    let req_path = dir.path().join("request.json");
    let resp_path = dir.path().join("response.json");
    let err_path = dir.path().join("stderr.txt");
    let json = serde_json::to_vec(req).map_err(|e| lost(e.to_string()))?;
    std::fs::write(&req_path, json).map_err(|e| lost(format!("{}: {e}", req_path.display())))?;
    let stderr = std::fs::File::create(&err_path)
        .map_err(|e| lost(format!("{}: {e}", err_path.display())))?;
    let mut child = Command::new(exe)
        .arg(SUBCOMMAND)
        .arg(&req_path)
        .arg(&resp_path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .map_err(|e| lost(format!("cannot start worker {}: {e}", exe.display())))?;
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Lost {
                    status: Status::Timeout,
                    message: format!(
                        "did not finish within {:.0} s (killed)",
                        limit.as_secs_f64()
                    ),
                });
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(lost(format!("waiting for the worker failed: {e}"))),
        }
    };
    let tail = stderr_tail(&err_path);
    if !status.success() {
        use std::os::unix::process::ExitStatusExt;
        let how = match status.signal() {
            Some(sig) => format!("worker crashed with signal {sig}{}", signal_name(sig)),
            None => format!("worker exited with {status}"),
        };
        return Err(lost(if tail.is_empty() {
            how
        } else {
            format!("{how}; stderr: {tail}")
        }));
    }
    let text = std::fs::read(&resp_path)
        .map_err(|e| lost(format!("worker wrote no answer ({e}); stderr: {tail}")))?;
    serde_json::from_slice(&text).map_err(|e| lost(format!("worker answer unreadable: {e}")))
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        4 => " (SIGILL)",
        6 => " (SIGABRT)",
        7 => " (SIGBUS)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        _ => "",
    }
}

fn stderr_tail(p: &Path) -> String {
    let text = std::fs::read_to_string(p).unwrap_or_default();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(5)..].join(" | ")
}
