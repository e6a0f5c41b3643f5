//! Suite-wide checks that need no OpenCL device: every workload's tiny instance prepares,
//! its reference is deterministic, its host code drives a recording device consistently with
//! its declared kernels and produces outputs shaped like the reference, and the coverage
//! table in `kernels/README.md` is current.

use kernels::{
    coverage, registry, Arg, BufferId, Data, Device, DeviceError, Feature, Output, Range, Size,
    Workload,
};
use std::collections::BTreeSet;

/// A device that keeps buffers in memory and records launches without running them.
struct Recorder {
    buffers: Vec<Vec<u8>>,
    kernels: &'static [&'static str],
    launched: Vec<String>,
}

impl Recorder {
    fn new(kernels: &'static [&'static str]) -> Recorder {
        Recorder {
            buffers: vec![],
            kernels,
            launched: vec![],
        }
    }
    fn buf(&mut self, b: BufferId) -> Result<&mut Vec<u8>, DeviceError> {
        self.buffers
            .get_mut(b.0 as usize)
            .ok_or_else(|| DeviceError::Other(format!("no buffer {}", b.0)))
    }
}

impl Device for Recorder {
    fn alloc(&mut self, bytes: usize) -> Result<BufferId, DeviceError> {
        if bytes == 0 {
            return Err(DeviceError::Other("zero-byte buffer".into()));
        }
        self.buffers.push(vec![0; bytes]);
        Ok(BufferId(self.buffers.len() as u32 - 1))
    }
    fn write(&mut self, b: BufferId, data: &[u8]) -> Result<(), DeviceError> {
        let buf = self.buf(b)?;
        if data.len() > buf.len() {
            return Err(DeviceError::Transfer {
                op: "write",
                message: "past the end".into(),
            });
        }
        buf[..data.len()].copy_from_slice(data);
        Ok(())
    }
    fn read(&mut self, b: BufferId, out: &mut [u8]) -> Result<(), DeviceError> {
        let buf = self.buf(b)?;
        if out.len() > buf.len() {
            return Err(DeviceError::Transfer {
                op: "read",
                message: "past the end".into(),
            });
        }
        out.copy_from_slice(&buf[..out.len()]);
        Ok(())
    }
    fn launch(&mut self, kernel: &str, args: &[Arg], range: &Range) -> Result<(), DeviceError> {
        if !self.kernels.contains(&kernel) {
            return Err(DeviceError::NoSuchKernel(kernel.into()));
        }
        let local = range.local.as_ref().ok_or_else(|| DeviceError::Launch {
            kernel: kernel.into(),
            message: "no local size".into(),
        })?;
        let bad = |m: String| {
            Err(DeviceError::Launch {
                kernel: kernel.into(),
                message: m,
            })
        };
        if local.len() != range.global.len() || range.global.is_empty() || range.global.len() > 3 {
            return bad(format!("dims {:?} / {:?}", range.global, local));
        }
        if range
            .global
            .iter()
            .zip(local)
            .any(|(g, l)| *l == 0 || *g == 0 || g % l != 0)
        {
            return bad(format!(
                "global {:?} not a multiple of local {local:?}",
                range.global
            ));
        }
        if local.iter().product::<usize>() > 1024 {
            return bad(format!("work-group {local:?} larger than 1024"));
        }
        for a in args {
            match a {
                Arg::Buffer(b) => {
                    self.buf(*b)?;
                }
                Arg::Local(n) if *n == 0 || *n > 48 * 1024 => {
                    return bad(format!("local allocation of {n} bytes"));
                }
                Arg::Local(_) => {}
                Arg::Value(v) if v.is_empty() => return bad("empty value argument".into()),
                Arg::Value(_) => {}
            }
        }
        self.launched.push(kernel.into());
        Ok(())
    }
}

fn shape(o: &[Output]) -> Vec<(String, &'static str, usize)> {
    o.iter()
        .map(|o| (o.name.clone(), o.data.type_name(), o.data.len()))
        .collect()
}

/// Kernel names declared in OpenCL C source (`__kernel void NAME(`).
fn declared_kernels(src: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in src.match_indices("__kernel") {
        let rest = src[i + "__kernel".len()..].trim_start();
        let rest = rest.strip_prefix("void").unwrap_or(rest).trim_start();
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        out.insert(name);
    }
    out
}

#[test]
fn names_are_unique_and_study_has_six() {
    let names: BTreeSet<_> = registry().iter().map(|w| w.name()).collect();
    assert_eq!(names.len(), registry().len());
    let study: Vec<_> = registry()
        .into_iter()
        .filter(|w| w.in_study())
        .map(|w| w.name())
        .collect();
    assert_eq!(
        study,
        ["backprop", "gaussian", "lud", "nn", "nw", "pathfinder"]
    );
    assert!(
        registry().len() >= 20,
        "six study workloads + at least 14 others"
    );
}

#[test]
fn declared_kernels_match_sources() {
    for w in registry() {
        let (file, src) = w.source();
        let want: BTreeSet<String> = w.kernels().iter().map(|k| k.to_string()).collect();
        assert_eq!(
            declared_kernels(src),
            want,
            "{}: kernels() vs {file}",
            w.name()
        );
        assert!(
            !w.features().is_empty(),
            "{} declares no features",
            w.name()
        );
    }
}

#[test]
fn every_feature_is_covered() {
    for f in Feature::ALL {
        assert!(
            registry().iter().any(|w| w.features().contains(&f)),
            "no workload exercises {f:?}"
        );
    }
}

#[test]
fn tiny_instances_are_deterministic_and_host_code_is_consistent() {
    for w in registry() {
        let a = w.prepare(Size::Tiny, 7).reference();
        let b = w.prepare(Size::Tiny, 7).reference();
        assert_eq!(a, b, "{}: reference not deterministic", w.name());
        assert!(
            a.iter().all(|o| !o.data.is_empty()),
            "{}: empty output",
            w.name()
        );
        let c = w.prepare(Size::Tiny, 8).reference();
        assert_ne!(a, c, "{}: the seed changes nothing", w.name());
        let mut dev = Recorder::new(w.kernels());
        let got = w
            .prepare(Size::Tiny, 7)
            .run(&mut dev)
            .unwrap_or_else(|e| panic!("{}: host code failed: {e}", w.name()));
        assert_eq!(
            shape(&got),
            shape(&a),
            "{}: outputs differ in shape",
            w.name()
        );
        for k in w.kernels() {
            assert!(
                dev.launched.iter().any(|l| l == k),
                "{}: `{k}` never launched",
                w.name()
            );
        }
        assert_eq!(
            dev.launched[0],
            w.kernels()[0],
            "{}: kernels() order",
            w.name()
        );
    }
}

/// Every workload with the reference outputs of its tiny instance for seed 1.
fn tiny_references() -> impl Iterator<Item = (&'static dyn Workload, Vec<Output>)> {
    registry()
        .into_iter()
        .map(|w| (w, w.prepare(Size::Tiny, 1).reference()))
}

#[test]
fn tiny_sizes_stay_small() {
    // Tiny must suit a CPU interpreter: bounded reference cost shows up as bounded data.
    for (w, out) in tiny_references() {
        let elems: usize = out.iter().map(|o| o.data.len()).sum();
        assert!(
            elems <= 1 << 18,
            "{}: tiny has {elems} output elements",
            w.name()
        );
    }
}

#[test]
fn integer_outputs_are_exact_and_floats_are_not() {
    for (w, out) in tiny_references() {
        let all_int = out
            .iter()
            .all(|o| !matches!(o.data, Data::F32(_) | Data::F64(_)));
        if all_int {
            assert_eq!(w.tolerance(), kernels::Tolerance::Exact, "{}", w.name());
        }
    }
}

#[test]
fn readme_coverage_table_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("kernels/README.md");
    let table = coverage::markdown(&registry());
    let updated = coverage::splice(&readme, &table).expect("coverage markers in README.md");
    if updated != readme {
        if std::env::var("VISABENCH_BLESS").as_deref() == Ok("1") {
            std::fs::write(path, updated).expect("write README.md");
        } else {
            panic!("kernels/README.md is out of date: rerun with VISABENCH_BLESS=1");
        }
    }
}
