//! One module per workload. To add one: write `cl/NAME.cl` and `NAME.rs` here, then add a
//! line to [`all`].

use crate::workload::Workload;

mod vadd;

/// The registry, in report order: the study's six first, then the coverage set.
pub fn all() -> Vec<&'static dyn Workload> {
    vec![
        &vadd::Vadd,
    ]
}
