//! The arguments several commands share: what to select, and how a run finishes programs and
//! spends the machine's cores.

use anyhow::Context as _;
use harness::bundle::Manifest;
use harness::env::Env;
use harness::exec::Sampling;
use harness::opencl::DeviceInfo;
use harness::replay::TimingMode;
use harness::runner::Options;
use harness::variant::{JitLevel, LevelList};
use kernels::Size;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// `--paths`: the compilation paths to use.
#[derive(Debug, Clone, clap::Args)]
pub struct Paths {
    /// Paths, comma separated, `NAME` or `PATH@PROFILE` (default: all registered, or all in the
    /// bundle).
    #[arg(long, value_delimiter = ',')]
    pub paths: Vec<String>,
}

/// `--workloads` and `--paths`: which workloads along which paths.
#[derive(Debug, Clone, clap::Args)]
pub struct Select {
    /// Workloads, comma separated (default: all, or all in the bundle).
    #[arg(long, value_delimiter = ',')]
    pub workloads: Vec<String>,
    #[command(flatten)]
    pub paths: Paths,
}

/// How the runtime finishes programs, and how the run spends the machine's cores: the
/// arguments `run` and `reproduce` share.
#[derive(Debug, Clone, clap::Args)]
pub struct FinishArgs {
    /// Finishing strengths, comma separated: `default` (the driver's own) and/or `0`…`3`, which
    /// NVIDIA's OpenCL takes as `-cl-nv-opt-level=N` for every path, native included
    /// (default: the bundle's levels, else the driver's default).
    #[arg(long, value_name = "LIST")]
    pub jit_opt_level: Option<LevelList>,
    /// Keep CPU references here between runs (default, for a build of a clean commit:
    /// ~/.cache/visabench/references, or $VISABENCH_CACHE/references; a build with uncommitted
    /// changes keeps them for one run only).
    #[arg(long, value_name = "DIR")]
    pub reference_cache: Option<PathBuf>,
    /// Compute CPU references for this run only.
    #[arg(long, conflicts_with = "reference_cache")]
    pub no_reference_cache: bool,
    /// Worker processes at once for references and verification (default: the cores, ≤ 16).
    #[arg(long, value_name = "N")]
    pub parallel: Option<usize>,
    /// How the timing pass repeats a run: `replay` (the host code once, recorded, then its
    /// device operations replayed: the same writes as device copies, the same launches, no
    /// reads) or `rerun` (the whole host code, transfers included, every repetition).
    #[arg(long, value_name = "MODE", default_value = "replay", value_parser = TimingMode::parse)]
    pub timing: TimingMode,
}

impl FinishArgs {
    /// The levels given (empty: none given).
    pub fn levels(&self) -> Vec<JitLevel> {
        self.jit_opt_level.clone().map(|l| l.0).unwrap_or_default()
    }

    /// The reference directory to use.
    fn reference_dir(&self) -> Option<PathBuf> {
        if self.no_reference_cache {
            return None;
        }
        self.reference_cache
            .clone()
            .or_else(harness::refcache::default_dir)
    }

    /// The levels asked for (`None`: the bundle's), restricted to what `device` takes; notes
    /// into `env` when some do not apply, and says so.
    fn levels_for(
        &self,
        bundle_levels: &[JitLevel],
        device: &DeviceInfo,
        env: &mut Env,
    ) -> Vec<JitLevel> {
        let asked = self
            .jit_opt_level
            .clone()
            .map_or_else(|| bundle_levels.to_vec(), |l| l.0);
        let levels = env.set_levels(&asked, device);
        if let Some(n) = &env.jit_opt_note {
            eprintln!("note: {n}");
        }
        levels
    }

    /// The environment and the options of a run of `manifest` on `device`, sampled so; its
    /// levels are those asked for that the device takes ([`FinishArgs::levels_for`]).
    pub fn prepare(
        &self,
        run: &RunAt<'_>,
        manifest: &Manifest,
        device: &DeviceInfo,
        mut sampling: Sampling,
    ) -> anyhow::Result<(Env, Options)> {
        sampling.mode = self.timing;
        let mut env = Env::for_run(device, manifest, &sampling, run.seed);
        let mut opts = Options::new(
            std::path::absolute(run.bundle)?,
            run.out.to_path_buf(),
            std::env::current_exe().context("cannot find this executable for workers")?,
        );
        opts.seed = run.seed;
        opts.device = run.device.map(str::to_string);
        opts.timeout = Duration::from_secs_f64(run.timeout.max(0.1));
        opts.reference_dir = self.reference_dir();
        if let Some(n) = self.parallel {
            opts.parallel = n.max(1);
        }
        opts.levels = self.levels_for(&manifest.levels(), device, &mut env);
        opts.sampling = sampling;
        Ok((env, opts))
    }
}

/// Where and how a run runs: the bundle, the results directory, the inputs' seed, the device
/// asked for and the time limit of one verification worker (seconds).
#[derive(Clone, Copy, Debug)]
pub struct RunAt<'a> {
    pub bundle: &'a Path,
    pub out: &'a Path,
    pub seed: u64,
    pub device: Option<&'a str>,
    pub timeout: f64,
}

/// A size preset's name: tiny, paper or large.
pub fn parse_size(s: &str) -> Result<Size, String> {
    Size::parse(s).ok_or_else(|| format!("unknown size `{s}` (tiny, paper, large)"))
}
