//! One module per workload. To add one: write `cl/NAME.cl` and `NAME.rs` here (declaring its
//! `pub static SPEC: WorkloadSpec`, see [`crate::spec`]), then add a line to [`all`].

use crate::workload::Workload;

pub mod support;

mod atomics64;
mod backprop;
mod bfs;
mod conv2d;
mod gaussian;
mod gemm;
mod hash64;
mod histogram;
mod hotspot;
mod kmeans;
mod lud;
mod mathfuncs;
mod nbody;
mod nn;
mod nw;
mod opcodes;
mod particles;
mod pathfinder;
mod reduce;
mod scan;
mod spmv;
mod srad;
mod vadd;
mod vec4;

/// The registry, in report order: the study's six first, then the coverage set.
pub fn all() -> Vec<&'static dyn Workload> {
    vec![
        &backprop::SPEC,
        &gaussian::SPEC,
        &lud::SPEC,
        &nn::SPEC,
        &nw::SPEC,
        &pathfinder::SPEC,
        &vadd::SPEC,
        &bfs::SPEC,
        &hotspot::SPEC,
        &srad::SPEC,
        &kmeans::SPEC,
        &reduce::SPEC,
        &scan::SPEC,
        &gemm::SGEMM,
        &gemm::GEMM_NAIVE,
        &spmv::SPEC,
        &histogram::SPEC,
        &nbody::SPEC,
        &hash64::SPEC,
        &atomics64::SPEC,
        &vec4::SPEC,
        &opcodes::SPEC,
        &mathfuncs::SPEC,
        &conv2d::SPEC,
        &particles::SPEC,
    ]
}
