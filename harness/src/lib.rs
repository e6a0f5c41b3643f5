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

pub mod bundle;
pub mod env;
pub mod exec;
pub mod files;
pub mod opencl;
pub mod refcache;
pub mod report;
pub mod results;
pub mod runner;
pub mod stats;
pub mod worker;
pub mod workloads;
