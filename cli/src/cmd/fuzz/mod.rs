//! `visabench fuzz --kernels N --seed S`: random kernels of our own generator ([`gen`]) run
//! through `visabench diff` on every path that can run here. A kernel whose output differs
//! from native's on some path (or that a path fails to compile or run) is minimized —
//! statements removed one at a time while the finding persists — and written out as a
//! reproducer (`OUT/finding-SEED.cl` with `OUT/finding-SEED.txt` saying what differs and the
//! command that shows it). `OUT/campaign.json` holds the counts, written after every kernel.

//!
//! For a GPU node without LLVM, `--bundle DIR` compiles the kernels along every path here
//! (each also with `FP_CONTRACT OFF`, to tell contraction from a finding there) and
//! `--replay DIR` runs them on the node's OpenCL device — native from source by the vendor's
//! compiler, every other path from its PTX — with the same comparison ([`super::diffrun`]).
//! Findings from a replay are not minimized (that needs the compile side): each is written
//! out whole with the command that shows it on a GPU machine with LLVM.

#[cfg(feature = "compile")]
mod bundle;
#[cfg(feature = "compile")]
mod gen;
#[cfg(feature = "compile")]
mod local;
mod replay;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use visabench_core::KernelSignature;

/// Arguments of `visabench fuzz`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many kernels.
    #[arg(long, default_value_t = 100)]
    kernels: u64,
    /// The first kernel's seed; kernel i has seed S + i.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where findings and the campaign's counts go.
    #[arg(long, default_value = "fuzz-out")]
    out: PathBuf,
    /// The paths besides native (default: every registered one that can run here).
    #[arg(long, value_delimiter = ',')]
    paths: Vec<String>,
    /// Floats within this many units in the last place agree.
    #[arg(long, default_value_t = 4)]
    ulps: u32,
    /// The OpenCL device native runs on.
    #[arg(long)]
    device: Option<String>,
    /// Only print the kernel of `--seed` and stop.
    #[arg(long)]
    print: bool,
    /// Compile the kernels along every path into DIR for `--replay` on a GPU node, instead of
    /// running them here.
    #[arg(long, value_name = "DIR", conflicts_with = "replay")]
    bundle: Option<PathBuf>,
    /// Run a bundle made by `--bundle` (the GPU-node runner build has only this mode).
    #[arg(long, value_name = "DIR")]
    replay: Option<PathBuf>,
    /// With `--replay`: stop after this many seconds, counting the kernels run so far.
    #[arg(long, value_name = "SECONDS")]
    max_seconds: Option<f64>,
}

/// One finding.
#[derive(Clone, Debug, Serialize)]
struct Finding {
    seed: u64,
    /// `differs` or `fails`, with the paths and the first difference or error.
    what: Vec<String>,
    statements: usize,
    minimized_to: usize,
    file: String,
}

#[derive(Debug, Default, Serialize)]
struct Campaign {
    /// `here` (compiled and run on this machine) or `replay of BUNDLE`.
    mode: String,
    first_seed: u64,
    kernels: u64,
    agreed: u64,
    differed: u64,
    failed: u64,
    /// Kernels native itself could not run (a generator bug if it ever happens).
    native_failed: u64,
    /// Differences that vanish with `FP_CONTRACT OFF`: the known semantic difference of
    /// contraction (not findings).
    contraction: u64,
    /// (Replays on NVIDIA) differences that vanish when native is built with
    /// `-cl-fp32-correctly-rounded-divide-sqrt` (and contraction off where that is needed too):
    /// NVIDIA's compiler divides with `div.full.f32` and takes `sqrt.approx.f32`, within
    /// OpenCL's ulp bounds, where our paths round correctly — a known semantic difference.
    vendor_math: u64,
    /// Kernels a path refused by name (a documented limit of its profile), per path.
    refused: std::collections::BTreeMap<String, u64>,
    paths_run: Vec<String>,
    native_on: String,
    seconds: f64,
    /// Set when `--max-seconds` ended a replay before its last kernel.
    stopped_early: bool,
    findings: Vec<Finding>,
}

/// OpenCL C lets a compiler contract `a * b + c` into one fused operation (`FP_CONTRACT` is on
/// by default); native and our paths may decide differently. A difference that disappears
/// with contraction off everywhere — in a float buffer, or in an integer one that a float fed
/// through `convert_uint_sat` — is that known semantic difference.
#[cfg(feature = "compile")]
const NO_CONTRACT: &str = "#pragma OPENCL FP_CONTRACT OFF\n";

/// `BUNDLE/fuzz-bundle.json`: what `--bundle` compiled, for `--replay`.
#[derive(Debug, Serialize, Deserialize)]
struct BundleManifest {
    format: String,
    /// The commit of the compiling build.
    commit: String,
    first_seed: u64,
    global: usize,
    local: usize,
    elements: usize,
    /// The seed of the random inputs (every kernel's).
    input_seed: u64,
    ulps: u32,
    paths: Vec<String>,
    kernels: Vec<BundleKernel>,
}

const BUNDLE_FORMAT: &str = "visabench-fuzz-bundle/1";

/// One kernel of a bundle: its signature and two variants (as generated; `FP_CONTRACT OFF`).
#[derive(Debug, Serialize, Deserialize)]
struct BundleKernel {
    seed: u64,
    signature: KernelSignature,
    plain: Variant,
    no_contract: Variant,
}

/// One variant: the OpenCL C file (native builds it on the node) and per path what the
/// compile produced.
#[derive(Debug, Serialize, Deserialize)]
struct Variant {
    source: String,
    paths: BTreeMap<String, Artifact>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Artifact {
    /// PTX in this file (relative to the bundle).
    Ptx(String),
    /// Refused by name: a documented limit of the path.
    Refused(String),
    /// Failed to compile (a finding).
    Failed(String),
}

/// Writes the campaign's counts atomically.
fn write_campaign(out: &std::path::Path, c: &Campaign) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let f = out.join("campaign.json");
    visabench_core::files::write_atomic(&f, &serde_json::to_vec_pretty(c)?)
        .with_context(|| format!("{}", f.display()))
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    if let Some(dir) = a.replay.clone() {
        return replay::run(&dir, &a);
    }
    #[cfg(feature = "compile")]
    {
        if a.print {
            print!("{}", gen::Kernel::generate(a.seed).render(None));
            return Ok(ExitCode::SUCCESS);
        }
        if let Some(dir) = a.bundle.clone() {
            return bundle::write(&dir, &a);
        }
        local::run(a)
    }
    #[cfg(not(feature = "compile"))]
    anyhow::bail!(
        "this build of visabench has no compile side: it replays fuzz bundles made elsewhere \
         (`visabench fuzz --bundle DIR` on a machine with LLVM, then `visabench fuzz --replay DIR` here)"
    )
}
