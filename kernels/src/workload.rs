//! The workload API.
//!
//! A workload is one OpenCL C file of ours plus everything needed to run and check it: build
//! options, deterministic inputs from a seed for each [`Size`], the launch sequence (host code
//! against [`Device`]), a CPU reference and a tolerance per output. Adding one = one file in
//! `src/workloads/` declaring a [`crate::spec::WorkloadSpec`] + one line in
//! [`crate::registry`].

use crate::device::{Device, DeviceError};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Problem-size presets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Size {
    /// Small enough for CPU interpreters and CI (well under a second on PoCL).
    Tiny,
    /// The study's sizes (Rodinia's default run for the Figure 2 benchmarks).
    Paper,
    /// Large enough to keep an H100 busy ≥ 1 ms per launch.
    Large,
}

impl Size {
    pub const ALL: [Size; 3] = [Size::Tiny, Size::Paper, Size::Large];
    pub fn as_str(self) -> &'static str {
        match self {
            Size::Tiny => "tiny",
            Size::Paper => "paper",
            Size::Large => "large",
        }
    }
    pub fn parse(s: &str) -> Option<Size> {
        Size::ALL.into_iter().find(|z| z.as_str() == s)
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Language and hardware features a workload exercises (for the coverage table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Feature {
    LocalArg,
    StaticLocal,
    Barrier,
    GlobalAtomics,
    LocalAtomics,
    Atomics64,
    Double,
    Int64,
    Vector4,
    Switch,
    EarlyReturn,
    MathBuiltins,
    ConstantMemory,
    StructByValue,
    ByteStores,
    DataDependentBranches,
    HostLoop,
    MultiKernel,
    Loops,
    Unrolled,
    TwoD,
    Indirect,
}

impl Feature {
    pub const ALL: [Feature; 22] = [
        Feature::LocalArg,
        Feature::StaticLocal,
        Feature::Barrier,
        Feature::GlobalAtomics,
        Feature::LocalAtomics,
        Feature::Atomics64,
        Feature::Double,
        Feature::Int64,
        Feature::Vector4,
        Feature::Switch,
        Feature::EarlyReturn,
        Feature::MathBuiltins,
        Feature::ConstantMemory,
        Feature::StructByValue,
        Feature::ByteStores,
        Feature::DataDependentBranches,
        Feature::HostLoop,
        Feature::MultiKernel,
        Feature::Loops,
        Feature::Unrolled,
        Feature::TwoD,
        Feature::Indirect,
    ];
    /// Column title in the coverage table.
    pub fn title(self) -> &'static str {
        match self {
            Feature::LocalArg => "`__local` arg",
            Feature::StaticLocal => "static `__local`",
            Feature::Barrier => "barrier",
            Feature::GlobalAtomics => "global atomics",
            Feature::LocalAtomics => "local atomics",
            Feature::Atomics64 => "64-bit atomics",
            Feature::Double => "double",
            Feature::Int64 => "64-bit int",
            Feature::Vector4 => "float4",
            Feature::Switch => "switch",
            Feature::EarlyReturn => "early return",
            Feature::MathBuiltins => "math builtins",
            Feature::ConstantMemory => "`__constant`",
            Feature::StructByValue => "struct by value",
            Feature::ByteStores => "byte stores",
            Feature::DataDependentBranches => "data-dependent branches",
            Feature::HostLoop => "host loop",
            Feature::MultiKernel => "several kernels",
            Feature::Loops => "loops",
            Feature::Unrolled => "unrolled loops",
            Feature::TwoD => "2-D NDRange",
            Feature::Indirect => "indirect (gather) access",
        }
    }
}

/// How close a path's output must be to the CPU reference.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Tolerance {
    /// Bit-exact (integers, or floats computed identically).
    Exact,
    /// `|got - want| <= abs + rel * |want|` element-wise.
    Close { abs: f64, rel: f64 },
}

impl Tolerance {
    /// [`Tolerance::Close`] with bounds `abs` and `rel`.
    pub const fn close(abs: f64, rel: f64) -> Tolerance {
        Tolerance::Close { abs, rel }
    }
}

/// Output data of a workload, typed so that mismatches print readably.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    U8(Vec<u8>),
    I32(Vec<i32>),
    U32(Vec<u32>),
    I64(Vec<i64>),
    U64(Vec<u64>),
    F32(Vec<f32>),
    F64(Vec<f64>),
}

impl Data {
    pub fn len(&self) -> usize {
        match self {
            Data::U8(v) => v.len(),
            Data::I32(v) => v.len(),
            Data::U32(v) => v.len(),
            Data::I64(v) => v.len(),
            Data::U64(v) => v.len(),
            Data::F32(v) => v.len(),
            Data::F64(v) => v.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn type_name(&self) -> &'static str {
        match self {
            Data::U8(_) => "u8",
            Data::I32(_) => "i32",
            Data::U32(_) => "u32",
            Data::I64(_) => "i64",
            Data::U64(_) => "u64",
            Data::F32(_) => "f32",
            Data::F64(_) => "f64",
        }
    }
    /// Element `i` as f64 (for tolerance checks) and as text (for reports).
    fn at(&self, i: usize) -> (f64, String) {
        match self {
            Data::U8(v) => (v[i] as f64, v[i].to_string()),
            Data::I32(v) => (v[i] as f64, v[i].to_string()),
            Data::U32(v) => (v[i] as f64, v[i].to_string()),
            Data::I64(v) => (v[i] as f64, v[i].to_string()),
            Data::U64(v) => (v[i] as f64, v[i].to_string()),
            Data::F32(v) => (v[i] as f64, format!("{:e}", v[i])),
            Data::F64(v) => (v[i], format!("{:e}", v[i])),
        }
    }
    fn bits_equal(&self, other: &Data, i: usize) -> bool {
        match (self, other) {
            (Data::U8(a), Data::U8(b)) => a[i] == b[i],
            (Data::I32(a), Data::I32(b)) => a[i] == b[i],
            (Data::U32(a), Data::U32(b)) => a[i] == b[i],
            (Data::I64(a), Data::I64(b)) => a[i] == b[i],
            (Data::U64(a), Data::U64(b)) => a[i] == b[i],
            (Data::F32(a), Data::F32(b)) => a[i].to_bits() == b[i].to_bits() || a[i] == b[i],
            (Data::F64(a), Data::F64(b)) => a[i].to_bits() == b[i].to_bits() || a[i] == b[i],
            _ => false,
        }
    }
}

/// One named output of a run.
#[derive(Clone, Debug, PartialEq)]
pub struct Output {
    pub name: String,
    pub data: Data,
}

impl Output {
    pub fn new(name: impl Into<String>, data: Data) -> Output {
        Output {
            name: name.into(),
            data,
        }
    }
}

/// One element that differs from the reference.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mismatch {
    pub output: String,
    pub index: usize,
    pub expected: String,
    pub got: String,
}

/// The verdict of comparing a run's outputs with the reference.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub ok: bool,
    /// Number of elements compared and number that differ.
    pub compared: usize,
    pub wrong: usize,
    /// The first few mismatches (at most [`Verdict::SHOWN`]).
    pub first: Vec<Mismatch>,
    /// Structural problems (missing output, wrong length or type).
    pub problems: Vec<String>,
}

impl Verdict {
    pub const SHOWN: usize = 8;
}

/// Compares `got` with `want` under `tol`. Each output of `want` must be in `got`.
pub fn verify(want: &[Output], got: &[Output], tol: Tolerance) -> Verdict {
    let mut v = Verdict {
        ok: true,
        compared: 0,
        wrong: 0,
        first: vec![],
        problems: vec![],
    };
    for w in want {
        let Some(g) = got.iter().find(|g| g.name == w.name) else {
            v.problems.push(format!("output `{}` is missing", w.name));
            continue;
        };
        if g.data.type_name() != w.data.type_name() || g.data.len() != w.data.len() {
            v.problems.push(format!(
                "output `{}`: expected {} × {}, got {} × {}",
                w.name,
                w.data.len(),
                w.data.type_name(),
                g.data.len(),
                g.data.type_name()
            ));
            continue;
        }
        for i in 0..w.data.len() {
            v.compared += 1;
            let good = w.data.bits_equal(&g.data, i) || {
                let (e, _) = w.data.at(i);
                let (x, _) = g.data.at(i);
                match tol {
                    Tolerance::Exact => false,
                    Tolerance::Close { abs, rel } => {
                        (x - e).abs() <= abs + rel * e.abs() && !x.is_nan() && !e.is_nan()
                    }
                }
            };
            if !good {
                v.wrong += 1;
                if v.first.len() < Verdict::SHOWN {
                    v.first.push(Mismatch {
                        output: w.name.clone(),
                        index: i,
                        expected: w.data.at(i).1,
                        got: g.data.at(i).1,
                    });
                }
            }
        }
    }
    v.ok = v.wrong == 0 && v.problems.is_empty();
    v
}

/// One prepared problem: inputs made for a size and seed.
pub trait Instance: Send {
    /// Runs the whole launch sequence on `dev` (uploads, launches, host loops, downloads) and
    /// returns the outputs. Must be repeatable: every call starts from the same inputs.
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError>;
    /// The CPU reference outputs (same names, types and lengths as `run`'s).
    fn reference(&self) -> Vec<Output>;
}

/// A benchmark workload.
pub trait Workload: Sync {
    /// Short unique name (`vadd`, `backprop`).
    fn name(&self) -> &'static str;
    /// One line: what it computes.
    fn description(&self) -> &'static str;
    /// The `.cl` file's name (for diagnostics) and text.
    fn source(&self) -> (&'static str, &'static str);
    /// Build options for `clBuildProgram` (`-D…`), possibly size-dependent.
    fn build_options(&self, _size: Size) -> String {
        String::new()
    }
    /// Kernels in the order the launch sequence first uses them.
    fn kernels(&self) -> &'static [&'static str];
    /// What it exercises (for the coverage table).
    fn features(&self) -> &'static [Feature];
    /// Is this one of the Trillium Figure 2 benchmarks?
    fn in_study(&self) -> bool {
        false
    }
    /// Output tolerance against the CPU reference.
    fn tolerance(&self) -> Tolerance;
    /// A human description of the problem size for a preset (`n = 1048576`).
    fn size_label(&self, size: Size) -> String;
    /// Makes the inputs for `size` from `seed`.
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance>;
}

impl fmt::Debug for dyn Workload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Workload")
            .field("name", &self.name())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_reports_first_mismatches_and_structure() {
        let want = vec![Output::new("c", Data::F32(vec![1.0, 2.0, 3.0]))];
        let got = vec![Output::new("c", Data::F32(vec![1.0, 2.5, 3.0000001]))];
        let v = verify(
            &want,
            &got,
            Tolerance::Close {
                abs: 1e-6,
                rel: 1e-6,
            },
        );
        assert!(!v.ok);
        assert_eq!(v.wrong, 1);
        assert_eq!(v.first[0].index, 1);
        assert_eq!(v.first[0].expected, "2e0");
        let v = verify(&want, &[], Tolerance::Exact);
        assert_eq!(v.problems, vec!["output `c` is missing".to_string()]);
        let v = verify(&want, &want, Tolerance::Exact);
        assert!(v.ok && v.compared == 3);
    }
}
