//! One module per workload. To add one: write `cl/NAME.cl` and `NAME.rs` here, then add a
//! line to [`all`].

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
        &backprop::Backprop,
        &gaussian::Gaussian,
        &lud::Lud,
        &nn::Nn,
        &nw::Nw,
        &pathfinder::Pathfinder,
        &vadd::Vadd,
        &bfs::Bfs,
        &hotspot::Hotspot,
        &srad::Srad,
        &kmeans::Kmeans,
        &reduce::Reduce,
        &scan::Scan,
        &gemm::Sgemm,
        &gemm::GemmNaive,
        &spmv::Spmv,
        &histogram::Histogram,
        &nbody::Nbody,
        &hash64::Hash64,
        &atomics64::Atomics64,
        &vec4::Vec4,
        &opcodes::Opcodes,
        &mathfuncs::Mathfuncs,
        &conv2d::Conv2d,
        &particles::Particles,
    ]
}
