//! `visabench diff FILE.cl`: one kernel on every path with the same random inputs, every
//! buffer compared with the native path's. Integers (and anything not a float) compare bit
//! for bit; floats within `--ulps` units in the last place, reported apart from bit-exact.
//! `native` runs on the OpenCL device (PoCL on a machine without a GPU); the TGSI paths run
//! on the TGSI interpreter (their TGSI stage), and on an NVIDIA GPU the PTX paths run there
//! too. Exit status 0 when every path agreed with native, 1 otherwise.

use anyhow::{anyhow, bail, Context as _};
use kernels::{Arg, Device, Range};
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;
use visabench_core::{
    AddressSpace, ArgKind, ArtifactKind, BuildOptions, CompileRequest, KernelSignature, Target,
};

/// Arguments of `visabench diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The OpenCL C file.
    file: PathBuf,
    /// The kernel (default: the file's only kernel).
    #[arg(long)]
    kernel: Option<String>,
    /// The global size, one number per dimension (`1024` or `64,64`).
    #[arg(long, value_delimiter = ',', default_value = "256")]
    global: Vec<usize>,
    /// The local size (default: 64 in dimension 0, else 1, capped by the global size).
    #[arg(long, value_delimiter = ',')]
    local: Vec<usize>,
    /// Elements of every pointer argument's buffer, and the value of every integer scalar
    /// argument (default: the global size's product).
    #[arg(long)]
    elements: Option<usize>,
    /// Preprocessor definitions, as for the compiler (`-D N=16`).
    #[arg(short = 'D', value_name = "NAME[=VALUE]")]
    defines: Vec<String>,
    /// The seed of the random inputs.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Floats within this many units in the last place count as agreeing.
    #[arg(long, default_value_t = 4)]
    ulps: u32,
    /// The paths besides native (default: every registered path that can run here).
    #[arg(long, value_delimiter = ',')]
    paths: Vec<String>,
    /// The OpenCL device native runs on (`visabench devices`).
    #[arg(long)]
    device: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

/// One buffer's comparison with native's.
#[derive(Debug, Default, Serialize)]
struct BufferDiff {
    arg: String,
    elements: usize,
    /// Elements differing in bits but within the ULP tolerance (floats only).
    within_ulps: usize,
    /// Elements beyond it.
    differing: usize,
    /// The first differences: `[i] path vs native`.
    first: Vec<String>,
    /// Whether the buffer holds floats.
    float: bool,
}

/// One path's outcome.
#[derive(Debug, Serialize)]
struct PathDiff {
    path: String,
    /// Where it ran (`interpreter`, the OpenCL device), or why it did not.
    ran_on: Option<String>,
    error: Option<String>,
    buffers: Vec<BufferDiff>,
}

impl PathDiff {
    fn agrees(&self) -> bool {
        self.error.is_none() && self.buffers.iter().all(|b| b.differing == 0)
    }
}

/// The element type behind a pointer: its size and whether it is a float.
fn element(pointee: &str) -> (usize, Option<usize>) {
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
enum Input {
    Buffer {
        bytes: Vec<u8>,
        float: Option<usize>,
    },
    Local(usize),
    Value(Vec<u8>),
}

fn inputs(sig: &KernelSignature, elements: usize, local_elems: usize, seed: u64) -> Vec<Input> {
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
fn run_on(
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
fn ulps(a: &[u8], b: &[u8], width: usize) -> u64 {
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

fn compare(
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

/// One comparison to make.
pub struct Spec<'a> {
    pub source: &'a str,
    pub file_name: &'a str,
    /// `-D` options, as the compiler takes them.
    pub options: &'a str,
    pub kernel: Option<&'a str>,
    pub global: &'a [usize],
    pub local: &'a [usize],
    pub elements: Option<usize>,
    pub seed: u64,
    pub ulps: u32,
    /// The paths besides native (empty: every registered one).
    pub paths: &'a [String],
}

/// What [`diff_kernel`] found.
#[derive(Debug, Serialize)]
pub struct Report {
    pub kernel: String,
    pub local: Vec<usize>,
    pub elements: usize,
    paths: Vec<PathDiff>,
}

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

/// Compiles `spec`'s kernel along every path and compares each path's buffers with
/// native's on `session`.
pub fn diff_kernel(session: &harness::opencl::Session, spec: &Spec) -> anyhow::Result<Report> {
    let options = BuildOptions::parse(spec.options).map_err(|e| anyhow!("{e}"))?;
    let req = CompileRequest {
        file_name: spec.file_name,
        source: spec.source,
        options: &options,
        target: Target::default(),
    };
    let sigs = frontend_opencl::signatures_of(&req).map_err(|e| anyhow!("{e}"))?;
    let names = || {
        sigs.iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let sig = match spec.kernel {
        Some(k) => sigs.iter().find(|s| s.name == k).cloned().ok_or_else(|| {
            anyhow!(
                "no kernel `{k}` in {} (kernels: {})",
                spec.file_name,
                names()
            )
        })?,
        None if sigs.len() == 1 => sigs[0].clone(),
        None => bail!(
            "{} has {} kernels: choose one with --kernel ({})",
            spec.file_name,
            sigs.len(),
            names()
        ),
    };
    let global = spec.global;
    if global.is_empty() || global.len() > 3 || global.contains(&0) {
        bail!("--global: one to three positive sizes");
    }
    let local: Vec<usize> = if spec.local.is_empty() {
        global
            .iter()
            .enumerate()
            .map(|(d, &g)| if d == 0 { g.min(64) } else { 1 })
            .collect()
    } else {
        spec.local.to_vec()
    };
    if local.len() != global.len()
        || global
            .iter()
            .zip(&local)
            .any(|(g, l)| *l == 0 || g % l != 0)
    {
        bail!("--local must have as many sizes as --global, each dividing it");
    }
    let range = Range {
        global: global.to_vec(),
        local: Some(local.clone()),
    };
    let elements = spec.elements.unwrap_or_else(|| global.iter().product());
    let ins = inputs(&sig, elements, local.iter().product(), spec.seed);
    let nvidia = session.info().is_nvidia_gpu();
    let mut loaded = session
        .build(ArtifactKind::OpenClSource, spec.source, spec.options, None)
        .map_err(|e| anyhow!("native build: {e}"))?;
    let base = {
        let mut dev = session.device(&mut loaded);
        run_on(&mut dev, &sig.name, &ins, &range).context("native run")?
    };
    let asked: Vec<String> = if spec.paths.is_empty() {
        crate::registry::paths()
            .iter()
            .map(|p| p.name().to_string())
            .filter(|p| p != "native")
            .collect()
    } else {
        spec.paths.to_vec()
    };
    let mut results = Vec::new();
    for name in &asked {
        let mut pd = PathDiff {
            path: name.clone(),
            ran_on: None,
            error: None,
            buffers: Vec::new(),
        };
        let outcome: anyhow::Result<(String, Vec<Option<Vec<u8>>>)> = (|| {
            let path = crate::registry::resolve(name)?;
            let c = path.compile(&req).map_err(|e| match e {
                // A documented limit of the path: refused by name, not a failure.
                visabench_core::PathError::Unsupported { .. } => anyhow!("refused: {e}"),
                e => anyhow!("{e}"),
            })?;
            if let Some(t) = c.stage("tgsi") {
                let ks = harness::interp::kernels_from_text(&t.text, &sigs)
                    .map_err(|e| anyhow!("{e}"))?;
                let mut dev = tgsi_device::TgsiDevice::new(&ks);
                return Ok((
                    "TGSI interpreter".into(),
                    run_on(&mut dev, &sig.name, &ins, &range)?,
                ));
            }
            if nvidia && c.kind == ArtifactKind::Ptx {
                let mut l = session
                    .build(ArtifactKind::Ptx, &c.artifact, "", None)
                    .map_err(|e| anyhow!("{e}"))?;
                let mut dev = session.device(&mut l);
                return Ok((
                    session.info().label(),
                    run_on(&mut dev, &sig.name, &ins, &range)?,
                ));
            }
            bail!("not run: PTX needs NVIDIA's OpenCL and the path has no TGSI stage")
        })();
        match outcome {
            Ok((on, got)) => {
                pd.ran_on = Some(on);
                pd.buffers = compare(&sig, &ins, &got, &base, spec.ulps);
            }
            Err(e) => pd.error = Some(format!("{e:#}")),
        }
        results.push(pd);
    }
    Ok(Report {
        kernel: sig.name.clone(),
        local,
        elements,
        paths: results,
    })
}

pub fn run(a: Args) -> anyhow::Result<ExitCode> {
    let source = std::fs::read_to_string(&a.file)
        .with_context(|| format!("cannot read {}", a.file.display()))?;
    let opts_text: Vec<String> = a.defines.iter().map(|d| format!("-D{d}")).collect();
    let options = opts_text.join(" ");
    let file_name = a.file.display().to_string();
    let session = harness::opencl::Session::open(a.device.as_deref())
        .context("native needs an OpenCL device")?;
    let spec = Spec {
        source: &source,
        file_name: &file_name,
        options: &options,
        kernel: a.kernel.as_deref(),
        global: &a.global,
        local: &a.local,
        elements: a.elements,
        seed: a.seed,
        ulps: a.ulps,
        paths: &a.paths,
    };
    let report = diff_kernel(&session, &spec)?;
    let (results, local, elements, sig_name) = (
        &report.paths,
        &report.local,
        report.elements,
        &report.kernel,
    );
    let ran: Vec<&PathDiff> = results.iter().filter(|p| p.ran_on.is_some()).collect();
    let agree = report.agree();
    if a.json {
        let v = serde_json::json!({
            "kernel": sig_name, "global": a.global, "local": local, "elements": elements,
            "seed": a.seed, "native_on": session.info().label(), "paths": results, "agree": agree,
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!(
            "{} on {:?} (local {:?}), {} elements per buffer, seed {}; native on {}",
            sig_name,
            a.global,
            local,
            elements,
            a.seed,
            session.info().label()
        );
        for p in results {
            match (&p.ran_on, &p.error) {
                (_, Some(e)) => println!("  {:<12} {}", p.path, e.lines().next().unwrap_or("")),
                (Some(on), None) => {
                    let status = if p.agrees() { "agrees" } else { "DIFFERS" };
                    println!("  {:<12} {status} ({on})", p.path);
                    for b in &p.buffers {
                        if b.differing > 0 || b.within_ulps > 0 {
                            println!(
                                "    {}: {} of {} elements differ, {} within {} ulps{}",
                                b.arg,
                                b.differing,
                                b.elements,
                                b.within_ulps,
                                a.ulps,
                                if b.first.is_empty() {
                                    String::new()
                                } else {
                                    format!("; first: {}", b.first.join(", "))
                                }
                            );
                        }
                    }
                }
                (None, None) => {}
            }
        }
        if ran.is_empty() {
            println!("no path besides native could run here");
        }
    }
    Ok(if agree {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
