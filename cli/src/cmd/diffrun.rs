//! The run-and-compare half of `visabench diff` and `visabench fuzz`: random inputs from a
//! kernel's signature, one launch on any [`Device`], every buffer compared with the
//! baseline's. It links no compiler, so the GPU-node runner build replays fuzz bundles with it.

use kernels::{Arg, Device, Range};
use serde::Serialize;
use visabench_core::{AddressSpace, ArgKind, KernelSignature};

/// One buffer's comparison with native's.
#[derive(Debug, Default, Serialize)]
pub struct BufferDiff {
    pub arg: String,
    pub elements: usize,
    /// Elements differing in bits but within the ULP tolerance (floats only).
    pub within_ulps: usize,
    /// Elements beyond it.
    pub differing: usize,
    /// The first differences: `[i] path vs native`.
    pub first: Vec<String>,
    /// Whether the buffer holds floats.
    pub float: bool,
}

/// One path's outcome.
#[derive(Debug, Serialize)]
pub struct PathDiff {
    pub path: String,
    /// Where it ran (`interpreter`, the OpenCL device), or why it did not.
    pub ran_on: Option<String>,
    pub error: Option<String>,
    pub buffers: Vec<BufferDiff>,
}

impl PathDiff {
    pub fn agrees(&self) -> bool {
        self.error.is_none() && self.buffers.iter().all(|b| b.differing == 0)
    }
}

/// The element type behind a pointer: its size and whether it is a float.
pub fn element(pointee: &str) -> (usize, Option<usize>) {
    let t = pointee.trim().trim_start_matches("const ").trim();
    let digits = t.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '_');
    let base = &t[..t.len() - digits.len()];
    let n: usize = digits.parse().unwrap_or(1);
    let (size, float) = match base {
        "char" | "uchar" | "bool" => (1, false),
        "short" | "ushort" => (2, false),
        "half" => (2, false),
        "int" | "uint" => (4, false),
        "float" => (4, true),
        "long" | "ulong" => (8, false),
        "double" => (8, true),
        _ => (4, false),
    };
    let n = if n == 3 { 4 } else { n };
    (size * n, float.then_some(size))
}

/// SplitMix64: the inputs' random numbers.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// The inputs: per argument, a buffer's initial bytes (with its float width), a local size
/// or a value.
pub enum Input {
    Buffer {
        bytes: Vec<u8>,
        float: Option<usize>,
    },
    Local(usize),
    Value(Vec<u8>),
}

pub fn inputs(sig: &KernelSignature, elements: usize, local_elems: usize, seed: u64) -> Vec<Input> {
    let mut rng = Rng(seed);
    sig.args
        .iter()
        .map(|a| match &a.kind {
            ArgKind::Pointer {
                space: AddressSpace::Local,
                pointee,
            } => Input::Local(element(pointee).0 * local_elems.max(1)),
            ArgKind::Pointer { pointee, .. } => {
                let (size, float) = element(pointee);
                let mut bytes = vec![0u8; size * elements.max(1)];
                match float {
                    Some(4) => {
                        for c in bytes.chunks_exact_mut(4) {
                            let x = (rng.next() % 2001) as f32 / 1000.0 - 1.0;
                            c.copy_from_slice(&x.to_le_bytes());
                        }
                    }
                    Some(8) => {
                        for c in bytes.chunks_exact_mut(8) {
                            let x = (rng.next() % 2001) as f64 / 1000.0 - 1.0;
                            c.copy_from_slice(&x.to_le_bytes());
                        }
                    }
                    _ => {
                        // Small integers: kernels often index with their inputs.
                        for c in bytes.iter_mut() {
                            *c = (rng.next() % 16) as u8;
                        }
                    }
                }
                Input::Buffer { bytes, float }
            }
            ArgKind::ByValue { size, .. } => {
                let mut v = vec![0u8; *size as usize];
                let ty = a.type_name.trim();
                if ty.starts_with("float") {
                    let k = v.len().min(4);
                    v[..k].copy_from_slice(&1.0f32.to_le_bytes()[..k]);
                } else {
                    let n = (elements as u64).to_le_bytes();
                    let k = v.len().min(8);
                    v[..k].copy_from_slice(&n[..k]);
                }
                Input::Value(v)
            }
        })
        .collect()
}

/// Runs the kernel once on `dev`; returns every buffer argument's bytes afterwards.
pub fn run_on(
    dev: &mut dyn Device,
    kernel: &str,
    inputs: &[Input],
    range: &Range,
) -> anyhow::Result<Vec<Option<Vec<u8>>>> {
    let mut args = Vec::new();
    let mut bufs = Vec::new();
    for i in inputs {
        match i {
            Input::Buffer { bytes, .. } => {
                let b = dev.alloc(bytes.len())?;
                dev.write(b, bytes)?;
                bufs.push(Some((b, bytes.len())));
                args.push(Arg::Buffer(b));
            }
            Input::Local(n) => {
                bufs.push(None);
                args.push(Arg::Local(*n));
            }
            Input::Value(v) => {
                bufs.push(None);
                args.push(Arg::Value(v.clone()));
            }
        }
    }
    dev.launch(kernel, &args, range)?;
    bufs.into_iter()
        .map(|b| match b {
            Some((b, n)) => {
                let mut out = vec![0u8; n];
                dev.read(b, &mut out)?;
                Ok(Some(out))
            }
            None => Ok(None),
        })
        .collect()
}

/// Distance in units in the last place between two floats of `width` bytes.
pub fn ulps(a: &[u8], b: &[u8], width: usize) -> u64 {
    let key = |x: i64| if x < 0 { i64::MIN.wrapping_sub(x) } else { x };
    let (x, y) = if width == 8 {
        let x = i64::from_le_bytes(a.try_into().unwrap_or_default());
        let y = i64::from_le_bytes(b.try_into().unwrap_or_default());
        (key(x), key(y))
    } else {
        let x = i32::from_le_bytes(a.try_into().unwrap_or_default()) as i64;
        let y = i32::from_le_bytes(b.try_into().unwrap_or_default()) as i64;
        let k = |v: i64| if v < 0 { i64::from(i32::MIN) - v } else { v };
        (k(x), k(y))
    };
    x.abs_diff(y)
}

pub fn compare(
    sig: &KernelSignature,
    inputs: &[Input],
    got: &[Option<Vec<u8>>],
    base: &[Option<Vec<u8>>],
    max_ulps: u32,
) -> Vec<BufferDiff> {
    let mut out = Vec::new();
    for (k, (i, (g, b))) in inputs.iter().zip(got.iter().zip(base)).enumerate() {
        let (Input::Buffer { float, .. }, Some(g), Some(b)) = (i, g, b) else {
            continue;
        };
        let width = float.unwrap_or(4).min(g.len().max(1));
        let mut d = BufferDiff {
            arg: sig.args[k].name.clone(),
            elements: g.len() / width,
            float: float.is_some(),
            ..BufferDiff::default()
        };
        for (e, (x, y)) in g.chunks(width).zip(b.chunks(width)).enumerate() {
            if x == y {
                continue;
            }
            let close = float.is_some() && ulps(x, y, width) <= u64::from(max_ulps);
            if close {
                d.within_ulps += 1;
                continue;
            }
            d.differing += 1;
            if d.first.len() < 4 {
                let show = |v: &[u8]| match (float, width) {
                    (Some(8), 8) => {
                        format!("{:e}", f64::from_le_bytes(v.try_into().unwrap_or_default()))
                    }
                    (Some(_), 4) => {
                        format!("{:e}", f32::from_le_bytes(v.try_into().unwrap_or_default()))
                    }
                    _ => format!(
                        "0x{}",
                        v.iter()
                            .rev()
                            .map(|b| format!("{b:02x}"))
                            .collect::<String>()
                    ),
                };
                d.first.push(format!("[{e}] {} vs {}", show(x), show(y)));
            }
        }
        out.push(d);
    }
    out
}

/// What [`diff_kernel`] found.
#[derive(Debug, Serialize)]
pub struct Report {
    pub kernel: String,
    pub local: Vec<usize>,
    pub elements: usize,
    pub paths: Vec<PathDiff>,
}

// `ran` and `agree` serve `diff`, which the runner build lacks.
#[cfg_attr(not(feature = "compile"), allow(dead_code))]
impl Report {
    /// Paths that ran.
    pub fn ran(&self) -> usize {
        self.paths.iter().filter(|p| p.ran_on.is_some()).count()
    }
    /// Did every path that ran agree with native (and did any run)?
    pub fn agree(&self) -> bool {
        self.ran() > 0
            && self
                .paths
                .iter()
                .filter(|p| p.ran_on.is_some())
                .all(PathDiff::agrees)
    }
    /// A path that failed to compile or run (not counting PTX paths off NVIDIA), with why.
    pub fn failures(&self) -> Vec<(String, String)> {
        self.paths
            .iter()
            .filter_map(|p| {
                let e = p.error.as_ref()?;
                (!e.starts_with("not run:") && !e.starts_with("refused:"))
                    .then(|| (p.path.clone(), e.clone()))
            })
            .collect()
    }
    /// Paths that refused the kernel by name (a documented limit), with why.
    pub fn refusals(&self) -> Vec<(String, String)> {
        self.paths
            .iter()
            .filter_map(|p| {
                let e = p.error.as_ref()?;
                e.starts_with("refused:")
                    .then(|| (p.path.clone(), e.clone()))
            })
            .collect()
    }

    /// Paths whose buffers differ from native's, with the first difference.
    pub fn differences(&self) -> Vec<(String, String)> {
        self.paths
            .iter()
            .filter(|p| p.ran_on.is_some() && !p.agrees())
            .map(|p| {
                let first = p
                    .buffers
                    .iter()
                    .find(|b| b.differing > 0)
                    .map(|b| format!("{}: {} differ; {}", b.arg, b.differing, b.first.join(", ")))
                    .unwrap_or_default();
                (p.path.clone(), first)
            })
            .collect()
    }
}
