//! Running a child process (a build, an app) with its output in a log file and a time limit.

use std::os::unix::process::{CommandExt as _, ExitStatusExt as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a child ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ended {
    /// It exited with this status.
    Exit(i32),
    /// A signal killed it.
    Signal(i32),
    /// It ran past the limit and was killed (with its process group).
    TimedOut,
}

impl Ended {
    pub fn ok(self) -> bool {
        self == Ended::Exit(0)
    }

    /// As a shell reports it.
    pub fn describe(self) -> String {
        match self {
            Ended::Exit(c) => format!("exit {c}"),
            Ended::Signal(s) => format!("killed by signal {s} (status {})", 128 + s),
            Ended::TimedOut => "timed out (killed)".into(),
        }
    }
}

/// Runs `cmd` with stdout and stderr into `log` (created), at most `limit`; the child gets its
/// own process group so a timeout kills what it started too.
pub fn run_logged(mut cmd: Command, log: &Path, limit: Duration) -> anyhow::Result<(Ended, f64)> {
    use anyhow::Context as _;
    if let Some(dir) = log.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("{}", dir.display()))?;
    }
    let out = std::fs::File::create(log).with_context(|| format!("{}", log.display()))?;
    let err = out.try_clone()?;
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .process_group(0)
        .spawn()
        .with_context(|| format!("cannot start {:?}", cmd.get_program()))?;
    let status = loop {
        if let Some(s) = child.try_wait()? {
            break s;
        }
        if start.elapsed() >= limit {
            // SAFETY: signalling the child's own process group.
            unsafe { libc::kill(-(child.id() as i32), libc::SIGKILL) };
            let _ = child.wait();
            return Ok((Ended::TimedOut, start.elapsed().as_secs_f64()));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let ended = match (status.code(), status.signal()) {
        (Some(c), _) => Ended::Exit(c),
        (None, Some(s)) => Ended::Signal(s),
        (None, None) => Ended::Exit(-1),
    };
    Ok((ended, start.elapsed().as_secs_f64()))
}

/// The last `lines` lines of a log, for messages.
pub fn tail(log: &Path, lines: usize) -> String {
    let text = std::fs::read(log).unwrap_or_default();
    let text = String::from_utf8_lossy(&text);
    let all: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    all[all.len().saturating_sub(lines)..].join(" | ")
}
