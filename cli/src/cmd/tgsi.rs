//! `visabench tgsi …`: check, format and interpret TGSI text files (`-` reads stdin).

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context as _};
use ir_tgsi::interp::{self, global_address, Env, Grid, Options};
use ir_tgsi::text;

/// `visabench tgsi` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Parse and validate; prints `ok`, or the errors with line:column.
    Check {
        /// The TGSI file (`-` for stdin).
        file: PathBuf,
    },
    /// Print the canonical form.
    Fmt {
        /// The TGSI file (`-` for stdin).
        file: PathBuf,
        /// Rewrite the file in place (atomically) instead of printing.
        #[arg(short = 'i', long)]
        in_place: bool,
    },
    /// Interpret a program over an NDRange and print the buffers afterwards.
    Run(RunArgs),
}

/// `visabench tgsi run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The TGSI file (`-` for stdin).
    file: PathBuf,
    /// Number of work-groups: X[,Y[,Z]].
    #[arg(long, default_value = "1")]
    grid: String,
    /// Work-group size: X[,Y[,Z]].
    #[arg(long, default_value = "1")]
    block: String,
    /// A global buffer, in order (buffer 0 first): `TYPE:v1,v2,…` (TYPE u32 i32 f32 u64 i64
    /// f64), `TYPE:@file.bin` (raw bytes of a file), or `zeros:BYTES`.
    #[arg(long = "buffer")]
    buffers: Vec<String>,
    /// Appended to the INPUT block at natural alignment: `TYPE:v1,v2,…`, or `ptr:N` for the
    /// 64-bit global address of buffer N.
    #[arg(long = "input")]
    inputs: Vec<String>,
    /// Bytes of dynamic shared memory.
    #[arg(long, default_value_t = 0)]
    shared: u32,
    /// Instruction budget.
    #[arg(long, default_value_t = 1_000_000_000)]
    budget: u64,
    /// Print JSON (statistics and buffers).
    #[arg(long)]
    json: bool,
}

/// Runs a `tgsi` subcommand.
pub fn run(c: Command) -> anyhow::Result<ExitCode> {
    match c {
        Command::Check { file } => check(&file),
        Command::Fmt { file, in_place } => fmt(&file, in_place),
        Command::Run(a) => run_program(&a),
    }
}

fn read_source(file: &Path) -> anyhow::Result<(String, String)> {
    if file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("reading stdin")?;
        Ok((s, "<stdin>".into()))
    } else {
        let s =
            std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        Ok((s, file.display().to_string()))
    }
}

/// Parses and validates; prints errors as `name:line:col: message` to stderr.
fn load(file: &Path) -> anyhow::Result<Result<(ir_tgsi::Program, String), ExitCode>> {
    let (src, name) = read_source(file)?;
    let (prog, map) = match text::parse_with_map(&src) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{name}:{}:{}: {}", e.line, e.column, e.message);
            return Ok(Err(ExitCode::FAILURE));
        }
    };
    if let Err(errors) = ir_tgsi::validate(&prog) {
        for e in &errors {
            let line = e
                .source_line(&map)
                .map_or(String::new(), |l| format!("{l}:1:"));
            if e.text.is_empty() {
                eprintln!("{name}:{line} {}", e.message);
            } else {
                eprintln!("{name}:{line} `{}`: {}", e.text, e.message);
            }
        }
        return Ok(Err(ExitCode::FAILURE));
    }
    Ok(Ok((prog, name)))
}

fn check(file: &Path) -> anyhow::Result<ExitCode> {
    match load(file)? {
        Ok(_) => {
            println!("ok");
            Ok(ExitCode::SUCCESS)
        }
        Err(code) => Ok(code),
    }
}

fn fmt(file: &Path, in_place: bool) -> anyhow::Result<ExitCode> {
    let (src, name) = read_source(file)?;
    let prog = match text::parse(&src) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{name}:{}:{}: {}", e.line, e.column, e.message);
            return Ok(ExitCode::FAILURE);
        }
    };
    let out = text::print(&prog);
    if in_place && file.as_os_str() != "-" {
        visabench_core::files::write_atomic(file, out.as_bytes())
            .with_context(|| format!("replacing {}", file.display()))?;
    } else {
        print!("{out}");
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ValTy {
    U32,
    I32,
    F32,
    U64,
    I64,
    F64,
}

impl ValTy {
    fn parse(s: &str) -> anyhow::Result<ValTy> {
        Ok(match s {
            "u32" => ValTy::U32,
            "i32" => ValTy::I32,
            "f32" => ValTy::F32,
            "u64" => ValTy::U64,
            "i64" => ValTy::I64,
            "f64" => ValTy::F64,
            _ => bail!("unknown type `{s}` (u32 i32 f32 u64 i64 f64)"),
        })
    }
    fn name(self) -> &'static str {
        match self {
            ValTy::U32 => "u32",
            ValTy::I32 => "i32",
            ValTy::F32 => "f32",
            ValTy::U64 => "u64",
            ValTy::I64 => "i64",
            ValTy::F64 => "f64",
        }
    }
    fn size(self) -> usize {
        match self {
            ValTy::U32 | ValTy::I32 | ValTy::F32 => 4,
            ValTy::U64 | ValTy::I64 | ValTy::F64 => 8,
        }
    }
    fn encode(self, v: &str) -> anyhow::Result<Vec<u8>> {
        let v = v.trim();
        let bad = || format!("bad {} value `{v}`", self.name());
        if let Some(h) = v.strip_prefix("0x") {
            let bits = u64::from_str_radix(h, 16).with_context(bad)?;
            return Ok(bits.to_le_bytes()[..self.size()].to_vec());
        }
        Ok(match self {
            ValTy::U32 => v.parse::<u32>().with_context(bad)?.to_le_bytes().to_vec(),
            ValTy::I32 => v.parse::<i32>().with_context(bad)?.to_le_bytes().to_vec(),
            ValTy::F32 => v.parse::<f32>().with_context(bad)?.to_le_bytes().to_vec(),
            ValTy::U64 => v.parse::<u64>().with_context(bad)?.to_le_bytes().to_vec(),
            ValTy::I64 => v.parse::<i64>().with_context(bad)?.to_le_bytes().to_vec(),
            ValTy::F64 => v.parse::<f64>().with_context(bad)?.to_le_bytes().to_vec(),
        })
    }
    fn decode(self, b: &[u8]) -> serde_json::Value {
        let mut w = [0u8; 8];
        w[..b.len()].copy_from_slice(b);
        let x = u64::from_le_bytes(w);
        let float = |f: f64, text: String| {
            if f.is_finite() {
                serde_json::Value::from(f)
            } else {
                serde_json::Value::from(text)
            }
        };
        match self {
            ValTy::U32 => (x as u32).into(),
            ValTy::I32 => (x as u32 as i32).into(),
            ValTy::F32 => {
                let f = f32::from_bits(x as u32);
                float(f64::from(f), format!("{f}"))
            }
            ValTy::U64 => x.into(),
            ValTy::I64 => (x as i64).into(),
            ValTy::F64 => {
                let f = f64::from_bits(x);
                float(f, format!("{f}"))
            }
        }
    }
    fn text(self, b: &[u8]) -> String {
        let mut w = [0u8; 8];
        w[..b.len()].copy_from_slice(b);
        let x = u64::from_le_bytes(w);
        match self {
            ValTy::F32 => format!("{:?}", f32::from_bits(x as u32)),
            ValTy::F64 => format!("{:?}", f64::from_bits(x)),
            _ => self.decode(b).to_string(),
        }
    }
}

fn dims(s: &str) -> anyhow::Result<[u32; 3]> {
    let parts: Vec<&str> = s.split(',').collect();
    if parts.is_empty() || parts.len() > 3 {
        bail!("expected X[,Y[,Z]], found `{s}`");
    }
    let mut d = [1u32; 3];
    for (slot, p) in d.iter_mut().zip(&parts) {
        *slot = p
            .trim()
            .parse()
            .with_context(|| format!("bad size `{p}` in `{s}`"))?;
    }
    Ok(d)
}

/// A `--buffer` spec: its bytes and the type to print it as.
fn buffer(spec: &str) -> anyhow::Result<(Vec<u8>, ValTy)> {
    let (ty, vals) = spec
        .split_once(':')
        .with_context(|| format!("expected TYPE:values, found `{spec}`"))?;
    if ty == "zeros" {
        let n: usize = vals
            .trim()
            .parse()
            .with_context(|| format!("bad byte count `{vals}`"))?;
        return Ok((vec![0; n], ValTy::U32));
    }
    let ty = ValTy::parse(ty)?;
    if let Some(path) = vals.strip_prefix('@') {
        let b = std::fs::read(path).with_context(|| format!("reading {path}"))?;
        return Ok((b, ty));
    }
    let mut b = Vec::new();
    for v in vals.split(',').filter(|v| !v.trim().is_empty()) {
        b.extend(ty.encode(v)?);
    }
    Ok((b, ty))
}

fn run_program(a: &RunArgs) -> anyhow::Result<ExitCode> {
    let prog = match load(&a.file)? {
        Ok((p, _)) => p,
        Err(code) => return Ok(code),
    };
    let groups = dims(&a.grid)?;
    let group_size = dims(&a.block)?;
    let work_dim = if a.grid.contains(',') || a.block.contains(',') {
        a.grid.split(',').count().max(a.block.split(',').count()) as u32
    } else {
        1
    };
    let mut env = Env {
        dynamic_shared: a.shared,
        ..Env::default()
    };
    let mut types = Vec::new();
    for spec in &a.buffers {
        let (b, ty) = buffer(spec)?;
        env.buffers.push(b);
        types.push(ty);
    }
    env.bindings = (0..env.buffers.len()).collect();
    for spec in &a.inputs {
        let (ty, vals) = spec
            .split_once(':')
            .with_context(|| format!("expected TYPE:values, found `{spec}`"))?;
        for v in vals.split(',').filter(|v| !v.trim().is_empty()) {
            let bytes = if ty == "ptr" {
                let n: usize = v
                    .trim()
                    .parse()
                    .with_context(|| format!("bad buffer `{v}`"))?;
                global_address(n).to_le_bytes().to_vec()
            } else {
                ValTy::parse(ty)?.encode(v)?
            };
            let align = bytes.len();
            env.input.resize(env.input.len().div_ceil(align) * align, 0);
            env.input.extend(bytes);
        }
    }
    let grid = Grid {
        groups,
        group_size,
        work_dim,
    };
    let opts = Options {
        budget: a.budget,
        ..Options::default()
    };
    let stats = match interp::run_with(&prog, &grid, &mut env, &opts) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    if a.json {
        let buffers: Vec<serde_json::Value> = env
            .buffers
            .iter()
            .zip(&types)
            .enumerate()
            .map(|(i, (b, ty))| {
                let values: Vec<serde_json::Value> =
                    b.chunks(ty.size()).map(|c| ty.decode(c)).collect();
                serde_json::json!({ "index": i, "type": ty.name(), "values": values })
            })
            .collect();
        let out = serde_json::json!({
            "instructions": stats.instructions,
            "work_items": stats.work_items,
            "work_groups": stats.work_groups,
            "barriers": stats.barriers,
            "buffers": buffers,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        for (i, (b, ty)) in env.buffers.iter().zip(&types).enumerate() {
            let vals: Vec<String> = b.chunks(ty.size()).map(|c| ty.text(c)).collect();
            println!("buffer {i} {}: {}", ty.name(), vals.join(" "));
        }
        eprintln!(
            "{} instructions, {} work-items in {} groups",
            stats.instructions, stats.work_items, stats.work_groups
        );
    }
    Ok(ExitCode::SUCCESS)
}
