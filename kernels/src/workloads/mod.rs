//! One module per workload. To add one: write `cl/NAME.cl` and `NAME.rs` here, then add a
//! line to [`all`].

use crate::workload::Workload;

pub mod support;

mod backprop;
mod gaussian;
mod lud;
mod nn;
mod nw;
mod pathfinder;
mod vadd;

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
    ]
}
