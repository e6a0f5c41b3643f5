//! visabench's workloads.
//!
//! Every workload is our own OpenCL C implementation of its algorithm (`cl/*.cl`), with host
//! code written against [`device::Device`] and a CPU reference in Rust. See
//! [`workload::Workload`] for the API, [`spec::WorkloadSpec`] for how a workload declares it,
//! and [`registry`] for the list.

pub mod coverage;
pub mod device;
pub mod inputs;
pub mod spec;
pub mod workload;
pub mod workloads;

pub use device::{check_args, Arg, BufferId, Device, DeviceError, DeviceExt, Pod, Range};
pub use spec::{ClSource, PerSize, WorkloadSpec};
pub use workload::{verify, Data, Feature, Instance, Output, Size, Tolerance, Verdict, Workload};

/// Every workload, in the order reports list them.
pub fn registry() -> Vec<&'static dyn Workload> {
    workloads::all()
}

/// Finds a workload by name.
pub fn find(name: &str) -> Option<&'static dyn Workload> {
    registry().into_iter().find(|w| w.name() == name)
}
