//! `test-support`: what the workspace's tests share, so that they check the same thing the
//! same way. A dev-dependency only: no shipped crate depends on it, and no shipped crate
//! carries test code or a feature for it.
//!
//! * [`ptxas_accepts`]: NVIDIA's PTX assembler takes a PTX text. The tests of every crate that
//!   emits PTX (`ir-llvm`, `backend-llvm-tgsi`, `backend-tgsi-ptx`) run it on what they emit.
//! * [`sass_tools`]: whether the SASS tests can run (`ptxas` and `nvdisasm`), saying so when not.
//! * [`output_with_stdin`]: a command's output after feeding it standard input (the binary's
//!   tests of `-` inputs).

use std::fmt;
use std::io::Write as _;
use std::process::{Command, Output, Stdio};
use visabench_core::tools::ToolError;

/// The architecture PTX is assembled for: the study's GPUs (Hopper).
pub const ARCH: &str = "sm_90";

/// Why `ptxas` did not take a PTX text.
#[derive(Debug)]
pub enum PtxasError {
    /// There is no `ptxas` (`scripts/setup` installs it into `.tools/`).
    Missing(ToolError),
    /// It could not be run, or its scratch files not written.
    Io(std::io::Error),
    /// It rejected the PTX; what it said.
    Rejected(String),
}

impl fmt::Display for PtxasError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PtxasError::Missing(e) => write!(f, "ptxas (run scripts/setup): {e}"),
            PtxasError::Io(e) => write!(f, "ptxas: {e}"),
            PtxasError::Rejected(said) => write!(f, "ptxas rejected the PTX:\n{said}"),
        }
    }
}

impl std::error::Error for PtxasError {}

impl From<std::io::Error> for PtxasError {
    fn from(e: std::io::Error) -> PtxasError {
        PtxasError::Io(e)
    }
}

/// Assembles `ptx` for [`ARCH`] with `ptxas` (the cubin is thrown away).
pub fn ptxas_accepts(ptx: &str) -> Result<(), PtxasError> {
    let ptxas = visabench_core::tools::ptxas().map_err(PtxasError::Missing)?;
    let dir = tempfile::tempdir()?;
    let input = dir.path().join("k.ptx");
    std::fs::write(&input, ptx)?;
    let out = Command::new(ptxas)
        .arg(format!("-arch={ARCH}"))
        .arg("-o")
        .arg(dir.path().join("k.cubin"))
        .arg(&input)
        .output()?;
    if out.status.success() {
        Ok(())
    } else {
        Err(PtxasError::Rejected(
            String::from_utf8_lossy(&out.stderr).into_owned(),
        ))
    }
}

/// Are `ptxas` and `nvdisasm` installed? When not, says that the calling test is skipped.
pub fn sass_tools() -> bool {
    let there = visabench_core::tools::ptxas().is_ok() && visabench_core::tools::nvdisasm().is_ok();
    if !there {
        eprintln!("skipped: ptxas/nvdisasm not installed (scripts/setup installs them)");
    }
    there
}

/// Runs `cmd` with `stdin` as its standard input and returns its output (stdout and stderr
/// captured). Panics when it cannot be run: a test's setup failed.
pub fn output_with_stdin(cmd: &mut Command, stdin: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("the command reads its input");
    child.wait_with_output().expect("the command ends")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_good_ptx_and_says_why_it_rejects_bad() {
        if visabench_core::tools::ptxas().is_err() {
            eprintln!("skipped: ptxas not installed (scripts/setup installs it)");
            return;
        }
        let ok =
            ".version 8.5\n.target sm_90\n.address_size 64\n.visible .entry k()\n{\n    ret;\n}\n";
        ptxas_accepts(ok).unwrap();
        let e = ptxas_accepts("not ptx").unwrap_err();
        assert!(matches!(e, PtxasError::Rejected(_)), "{e}");
        assert!(e.to_string().starts_with("ptxas rejected the PTX:"), "{e}");
    }

    #[test]
    fn feeds_standard_input() {
        let o = output_with_stdin(&mut Command::new("cat"), b"through\n");
        assert!(o.status.success());
        assert_eq!(o.stdout, b"through\n");
    }
}
