//! `visabench diff FILE.cl`: one kernel on every path with the same random inputs, every
//! buffer compared with the native path's. Integers (and anything not a float) compare bit
//! for bit; floats within `--ulps` units in the last place, reported apart from bit-exact.
//! `native` runs on the OpenCL device (PoCL on a machine without a GPU); the TGSI paths run
//! on the TGSI interpreter (their TGSI stage), and on an NVIDIA GPU the PTX paths run there
//! too. Exit status 0 when every path agreed with native, 1 otherwise.

pub use super::diffrun::Report;
use super::diffrun::{compare, inputs, run_on, PathDiff};
use anyhow::{anyhow, bail, Context as _};
use kernels::Range;
use std::path::PathBuf;
use std::process::ExitCode;
use visabench_core::{ArtifactKind, BuildOptions, CompileRequest, Target};

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
    let asked = crate::registry::besides_baseline(spec.paths);
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
