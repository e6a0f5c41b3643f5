//! The visabench harness: runs every compilation path's artifacts through one OpenCL runtime,
//! checks every output against the CPU reference, and times every launch.
//!
//! * [`opencl`] — the runtime (loaded at run time), device choice, [`opencl::OpenClDevice`];
//! * [`bundle`] — artifacts of every workload along every path, with a manifest;
//! * [`exec`] — the verification and timing passes over one workload;
//! * [`worker`] — those passes in child processes (faults and hangs stay contained);
//! * [`runner`] — the whole run: workers, statistics, slowdowns, the results directory;
//! * [`stats`], [`results`], [`env`] — what gets reported and how it is stored;
//! * [`report`] — the HTML page and figures made from a results directory.
//!
//! The GPU-node workflow: on a machine with LLVM, `visabench bundle --size paper --out B`
//! compiles every workload along every path (artifacts + `manifest.json` with kernel
//! signatures); `cargo build --release -p harness --no-default-features` builds a runner that
//! links neither LLVM nor OpenCL (the runtime is opened at run time); on the GPU node,
//! `visabench run --bundle B --out R` verifies and times it and writes `R/results.json`,
//! `R/results.csv` and `R/env.json`. `visabench run` without `--bundle` makes a temporary
//! bundle and runs it the same way.

pub mod bundle;
pub mod env;
pub mod exec;
pub mod files;
pub mod interp;
pub mod opencl;
pub mod refcache;
pub mod report;
pub mod results;
pub mod runner;
pub mod sass;
pub mod stats;
pub mod variant;
pub mod worker;
pub mod workloads;
