//! Declarative workloads: a [`WorkloadSpec`] holds everything the [`Workload`] trait asks about
//! a workload (name, description, source, kernels, features, tolerance, sizes) plus the two
//! functions that are really its own (the size label and `prepare`), and implements
//! [`Workload`] once for every workload of the crate.
//!
//! A workload module declares one `pub static SPEC: WorkloadSpec<P>`, where `P` is what a size
//! preset fixes (a length, or a tuple of dimensions); `prepare` and `label` receive the
//! preset's `P`, never the [`Size`] itself. [`Workload::build_options`] keeps the trait's
//! default (no options): no workload of the crate passes any.

use crate::workload::{Feature, Instance, Size, Tolerance, Workload};

/// A workload's OpenCL C file: its name (for diagnostics) and text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClSource {
    pub file: &'static str,
    pub text: &'static str,
}

/// `cl/NAME.cl` of this crate as a [`ClSource`] named `NAME.cl`.
macro_rules! cl_source {
    ($name:literal) => {
        $crate::spec::ClSource {
            file: concat!($name, ".cl"),
            text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/cl/", $name, ".cl")),
        }
    };
}
pub(crate) use cl_source;

/// One value for each [`Size`] preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PerSize<P = usize> {
    pub tiny: P,
    pub paper: P,
    pub large: P,
}

impl<P: Copy> PerSize<P> {
    /// The values for tiny, paper and large, in that order.
    pub const fn new(tiny: P, paper: P, large: P) -> PerSize<P> {
        PerSize { tiny, paper, large }
    }
    /// The value for `size`.
    pub fn get(&self, size: Size) -> P {
        match size {
            Size::Tiny => self.tiny,
            Size::Paper => self.paper,
            Size::Large => self.large,
        }
    }
}

/// A workload, declared: its metadata as data, its problem parameters per size preset, and
/// the functions that label a size and make an instance from those parameters.
#[derive(Debug)]
pub struct WorkloadSpec<P: 'static = usize> {
    /// Short unique name (`vadd`, `backprop`).
    pub name: &'static str,
    /// One line: what it computes.
    pub description: &'static str,
    /// Is this one of the Trillium Figure 2 benchmarks?
    pub in_study: bool,
    /// The problem parameters of each size preset.
    pub sizes: PerSize<P>,
    /// A human description of a preset's parameters (`n = 1048576`).
    pub label: fn(P) -> String,
    /// Makes the inputs for a preset's parameters from a seed.
    pub prepare: fn(P, u64) -> Box<dyn Instance>,
    /// The `.cl` file (see `cl_source!`).
    pub source: ClSource,
    /// What it exercises (for the coverage table).
    pub features: &'static [Feature],
    /// Kernels in the order the launch sequence first uses them.
    pub kernels: &'static [&'static str],
    /// Output tolerance against the CPU reference.
    pub tolerance: Tolerance,
}

impl<P: Copy + Sync + 'static> Workload for WorkloadSpec<P> {
    fn name(&self) -> &'static str {
        self.name
    }
    fn description(&self) -> &'static str {
        self.description
    }
    fn source(&self) -> (&'static str, &'static str) {
        (self.source.file, self.source.text)
    }
    fn kernels(&self) -> &'static [&'static str] {
        self.kernels
    }
    fn features(&self) -> &'static [Feature] {
        self.features
    }
    fn in_study(&self) -> bool {
        self.in_study
    }
    fn tolerance(&self) -> Tolerance {
        self.tolerance
    }
    fn size_label(&self, size: Size) -> String {
        (self.label)(self.sizes.get(size))
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        (self.prepare)(self.sizes.get(size), seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::{Device, DeviceError};
    use crate::workload::Output;

    struct Nothing;

    impl Instance for Nothing {
        fn run(&self, _dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
            Ok(vec![])
        }
        fn reference(&self) -> Vec<Output> {
            vec![]
        }
    }

    static SPEC: WorkloadSpec<(usize, u32)> = WorkloadSpec {
        name: "demo",
        description: "a spec for the tests",
        in_study: false,
        sizes: PerSize::new((1, 2), (3, 4), (5, 6)),
        label: |(n, k)| format!("{n} by {k}"),
        prepare: |_, _| Box::new(Nothing),
        source: cl_source!("vadd"),
        features: &[Feature::EarlyReturn],
        kernels: &["vadd"],
        tolerance: Tolerance::Exact,
    };

    #[test]
    fn the_trait_reads_the_spec() {
        let w: &dyn Workload = &SPEC;
        assert_eq!(w.source().0, "vadd.cl");
        assert!(w.source().1.contains("__kernel"));
        assert_eq!(w.size_label(Size::Paper), "3 by 4");
        assert_eq!(w.build_options(Size::Large), "");
        assert!(w.prepare(Size::Tiny, 1).reference().is_empty());
        assert_eq!(SPEC.sizes.get(Size::Tiny), (1, 2));
    }
}
