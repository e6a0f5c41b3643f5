//! `harness`: the measuring library. It runs every compilation path's artifacts through one
//! OpenCL runtime, checks every output against the CPU reference, and times every launch. The
//! second step of the flow: the paths compile (`path-registry`), the harness runs and
//! measures, `sass` analyses the machine code, `report` shows the results, and the
//! `visabench` binary (`cli/`) is a thin layer of commands over all of them.
//!
//! * [`opencl`] — the runtime (loaded at run time), device choice, [`opencl::OpenClDevice`];
//! * [`bundle`] — artifacts of every workload along every path, with a manifest;
//! * [`exec`] — the verification and timing passes over one workload;
//! * [`worker`] — those passes in child processes (faults and hangs stay contained);
//! * [`interp`] — the TGSI interpreter as a device (`run --device tgsi-interp`);
//! * [`runner`] — the whole run: workers, statistics, slowdowns, the results directory;
//! * [`stats`], [`results`], [`env`](mod@env) — what gets reported and how it is stored;
//! * [`plan`] — what a run compiles, times and samples; [`summary`] — the table it prints;
//! * [`variant`] — (path, finishing level) pairs; [`refcache`] — CPU references kept between
//!   runs; [`workloads`] — the registry's workloads plus the fault fixtures.
//!
//! The GPU-node workflow: on a machine with LLVM, `visabench bundle --size paper --out B`
//! compiles every workload along every path (artifacts + `manifest.json` with kernel
//! signatures); `cargo build --release -p visabench --no-default-features` builds a runner that
//! links neither LLVM nor OpenCL (the runtime is opened at run time); on the GPU node,
//! `visabench run --bundle B --out R` verifies and times it and writes `R/results.json`,
//! `R/results.csv` and `R/env.json`. `visabench run` without `--bundle` makes a temporary
//! bundle and runs it the same way.

pub mod bundle;
pub mod env;
pub mod exec;
pub mod interp;
pub mod opencl;
pub mod plan;
pub mod refcache;
pub mod replay;
pub mod results;
pub mod runner;
pub mod stats;
pub mod summary;
pub mod variant;
pub mod worker;
pub mod workloads;
