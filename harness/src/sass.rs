//! What the GPU really runs: each path's PTX assembled by `ptxas` for the target and
//! disassembled by `nvdisasm`, counted per kernel.
//!
//! The counts are static (instructions in the program text, not executed ones). They are the
//! Hopper counterparts of the Trillium paper's SASS table (Fermi's `SSY`/`SYNC` became
//! `BSSY`/`BSYNC`), plus what explains time on today's GPUs: instruction count, memory
//! instructions by space, registers and spills (`ptxas -v`).
//!
//! Basic blocks are counted from the disassembly: a block starts at the function's first
//! instruction, at every branch target (`nvdisasm` labels exactly those), and after every
//! `BRA`, `BRX`, `JMP`, `RET` or `EXIT`. `NOP`s and the `BRA`-to-itself that ends every function
//! (padding after the last `EXIT`) are not counted.

use crate::bundle::{self, Manifest, WorkloadEntry};
use crate::opencl::Session;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path as FsPath;
use std::process::Command;
use thiserror::Error;

/// Failures of the assembly or disassembly.
#[derive(Debug, Error)]
pub enum SassError {
    #[error(transparent)]
    Tool(#[from] visabench_core::tools::ToolError),
    #[error("{tool}: {message}")]
    Failed { tool: &'static str, message: String },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Static counts of one kernel's SASS.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct KernelSass {
    pub kernel: String,
    /// Instructions, without `NOP`s and the final self-branch.
    pub instructions: u32,
    pub bra: u32,
    /// `BSSY`: push a reconvergence point (Fermi's `SSY`).
    pub bssy: u32,
    /// `BSYNC`: reconverge (Fermi's `SYNC`).
    pub bsync: u32,
    pub warpsync: u32,
    /// `BAR*`: block-wide barriers.
    pub barriers: u32,
    pub basic_blocks: u32,
    /// `LDG`/`STG`, `LDS`/`STS`, `LDL`/`STL` (local memory: spills and private arrays),
    /// generic `LD`/`ST`, and atomics/reductions (`ATOM*`, `RED*`).
    pub global_loads: u32,
    pub global_stores: u32,
    pub shared_accesses: u32,
    pub local_accesses: u32,
    pub generic_accesses: u32,
    pub atomics: u32,
    /// From `ptxas -v`.
    pub registers: u32,
    pub stack_bytes: u32,
    pub spill_store_bytes: u32,
    pub spill_load_bytes: u32,
}

/// A `ptxas` optimisation level: its default (no `-O` flag) or `--opt-level 0` to `3`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OptLevel {
    /// No `-O` flag: what `ptxas` does unasked (`-O3` for ptxas 13).
    #[default]
    Default,
    O0,
    O1,
    O2,
    O3,
}

/// The valid spellings of an [`OptLevel`], for messages.
pub const OPT_LEVEL_NAMES: &str = "default, 0, 1, 2, 3";

impl OptLevel {
    /// Every level, in the order of [`OPT_LEVEL_NAMES`].
    pub const ALL: [OptLevel; 5] = [
        OptLevel::Default,
        OptLevel::O0,
        OptLevel::O1,
        OptLevel::O2,
        OptLevel::O3,
    ];

    /// The number given to `ptxas --opt-level`, or `None` for its default.
    pub fn number(self) -> Option<u8> {
        match self {
            OptLevel::Default => None,
            OptLevel::O0 => Some(0),
            OptLevel::O1 => Some(1),
            OptLevel::O2 => Some(2),
            OptLevel::O3 => Some(3),
        }
    }

    /// As the CSV writes it: `default`, `0`, `1`, `2` or `3`.
    pub fn name(self) -> &'static str {
        match self {
            OptLevel::Default => "default",
            OptLevel::O0 => "0",
            OptLevel::O1 => "1",
            OptLevel::O2 => "2",
            OptLevel::O3 => "3",
        }
    }
}

impl From<crate::variant::JitLevel> for OptLevel {
    /// The `ptxas` level a finishing level (`-cl-nv-opt-level`) stands for.
    fn from(l: crate::variant::JitLevel) -> OptLevel {
        match l {
            None => OptLevel::Default,
            Some(0) => OptLevel::O0,
            Some(1) => OptLevel::O1,
            Some(2) => OptLevel::O2,
            Some(_) => OptLevel::O3,
        }
    }
}

impl std::fmt::Display for OptLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for OptLevel {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        OptLevel::ALL
            .into_iter()
            .find(|l| l.name() == t)
            .ok_or_else(|| {
                format!("unknown ptxas optimisation level `{t}` (valid: {OPT_LEVEL_NAMES})")
            })
    }
}

/// Assembles `ptx` for `arch` (`sm_90`) and counts every kernel's SASS, in name order.
/// `scratch` is a directory for the cubin.
pub fn analyze_ptx(ptx: &str, arch: &str, scratch: &FsPath) -> Result<Vec<KernelSass>, SassError> {
    analyze_ptx_at(ptx, arch, OptLevel::Default, scratch)
}

/// [`analyze_ptx`] with `ptxas` at `level` (`--opt-level N`, or no flag for the default).
pub fn analyze_ptx_at(
    ptx: &str,
    arch: &str,
    level: OptLevel,
    scratch: &FsPath,
) -> Result<Vec<KernelSass>, SassError> {
    let ptxas = visabench_core::tools::ptxas()?;
    let nvdisasm = visabench_core::tools::nvdisasm()?;
    let src = scratch.join("in.ptx");
    let cubin = scratch.join("out.cubin");
    std::fs::write(&src, ptx)?;
    let mut cmd = Command::new(&ptxas);
    cmd.arg(format!("-arch={arch}")).arg("-v");
    if let Some(n) = level.number() {
        cmd.arg("--opt-level").arg(n.to_string());
    }
    let out = cmd.arg("-o").arg(&cubin).arg(&src).output()?;
    let info =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(SassError::Failed {
            tool: "ptxas",
            message: info.trim().to_string(),
        });
    }
    let dis = Command::new(&nvdisasm).arg("-c").arg(&cubin).output()?;
    if !dis.status.success() {
        return Err(SassError::Failed {
            tool: "nvdisasm",
            message: String::from_utf8_lossy(&dis.stderr).trim().to_string(),
        });
    }
    let resources = parse_ptxas_info(&info);
    let mut kernels = parse_sass(&String::from_utf8_lossy(&dis.stdout));
    for k in &mut kernels {
        if let Some(r) = resources.get(&k.kernel) {
            k.registers = r.registers;
            k.stack_bytes = r.stack_bytes;
            k.spill_store_bytes = r.spill_store_bytes;
            k.spill_load_bytes = r.spill_load_bytes;
        }
    }
    Ok(kernels)
}

/// `ptxas`'s version ("13.0.88", from "Cuda compilation tools, release 13.0, V13.0.88"): counts
/// depend on it, so tables and CSV record it.
pub fn ptxas_version() -> Result<String, SassError> {
    let ptxas = visabench_core::tools::ptxas()?;
    let out = Command::new(&ptxas).arg("--version").output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find(|l| l.contains("release"))
        .or_else(|| text.lines().last())
        .unwrap_or("unknown")
        .trim();
    // "…, release 13.0, V13.0.88" → "13.0.88".
    let v = line.split([' ', ',']).find_map(|w| {
        w.strip_prefix('V')
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    });
    Ok(v.unwrap_or(line).to_string())
}

/// Registers and frame of one function, from `ptxas -v`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Resources {
    pub registers: u32,
    pub stack_bytes: u32,
    pub spill_store_bytes: u32,
    pub spill_load_bytes: u32,
}

/// The first unsigned number in `s`, if any.
fn first_number(s: &str) -> Option<u32> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let digits: String = s[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Per function: `ptxas -v`'s "Function properties for F" (frame, spills) and the "Used N
/// registers" line that follows its "Compiling entry function 'F'".
pub fn parse_ptxas_info(text: &str) -> BTreeMap<String, Resources> {
    let mut out: BTreeMap<String, Resources> = BTreeMap::new();
    let mut current: Option<String> = None;
    let quoted = |l: &str| -> Option<String> {
        let a = l.find('\'')?;
        let b = l[a + 1..].find('\'')?;
        Some(l[a + 1..a + 1 + b].to_string())
    };
    for line in text.lines() {
        let l = line.trim();
        if l.contains("Compiling entry function") || l.contains("Function properties for") {
            current = quoted(l).or_else(|| {
                l.rsplit(' ')
                    .next()
                    .map(|s| s.trim_end_matches(':').to_string())
            });
            continue;
        }
        let Some(f) = &current else { continue };
        let r = out.entry(f.clone()).or_default();
        if l.contains("bytes stack frame") {
            for part in l.split(',') {
                let n = first_number(part).unwrap_or(0);
                if part.contains("stack frame") {
                    r.stack_bytes = n;
                } else if part.contains("spill stores") {
                    r.spill_store_bytes = n;
                } else if part.contains("spill loads") {
                    r.spill_load_bytes = n;
                }
            }
        } else if let Some(at) = l.find("Used ") {
            if l[at..].contains("registers") {
                r.registers = first_number(&l[at..]).unwrap_or(0);
            }
        }
    }
    out
}

/// One line of the disassembly.
enum Line<'a> {
    Function(&'a str),
    Label(&'a str),
    /// Opcode (without predicate and modifiers) and the whole instruction text.
    Instr(&'a str, &'a str),
}

fn classify(raw: &str) -> Option<Line<'_>> {
    let l = raw.trim();
    if let Some(rest) = l.strip_prefix(".text.") {
        return rest.strip_suffix(':').map(Line::Function);
    }
    if l.starts_with(".L") && l.ends_with(':') {
        return Some(Line::Label(l.trim_end_matches(':')));
    }
    // `/*0040*/   @!P0 BRA `(.L_x_1) ;`
    let rest = l.strip_prefix("/*")?;
    let (_, text) = rest.split_once("*/")?;
    let text = text.trim().trim_end_matches(';').trim();
    let mut words = text.split_whitespace();
    let mut op = words.next()?;
    if op.starts_with('@') {
        op = words.next()?;
    }
    let base = op.split('.').next().unwrap_or(op);
    Some(Line::Instr(base, text))
}

/// Counts every function of `nvdisasm -c` output, in name order (resources left zero).
pub fn parse_sass(text: &str) -> Vec<KernelSass> {
    let mut out: BTreeMap<String, KernelSass> = BTreeMap::new();
    let mut current: Option<String> = None;
    // A new basic block starts at the next instruction.
    let mut leader = true;
    // The label just before this instruction (to spot the final self-branch).
    let mut after_label: Option<&str> = None;
    for raw in text.lines() {
        let Some(line) = classify(raw) else { continue };
        match line {
            Line::Function(name) => {
                current = Some(name.to_string());
                out.entry(name.to_string()).or_insert_with(|| KernelSass {
                    kernel: name.to_string(),
                    ..KernelSass::default()
                });
                leader = true;
                after_label = None;
            }
            Line::Label(name) => {
                leader = true;
                after_label = Some(name);
            }
            Line::Instr(op, text) => {
                let Some(k) = current.as_ref().and_then(|c| out.get_mut(c)) else {
                    continue;
                };
                let label = after_label.take();
                if op == "NOP" {
                    continue;
                }
                // `.L_x_9:` then `BRA `(.L_x_9)`: the loop that pads every function after its
                // last EXIT (no compiler emits such an infinite loop otherwise).
                if op == "BRA"
                    && !text.starts_with('@')
                    && label.is_some_and(|l| text.contains(&format!("`({l})")))
                {
                    continue;
                }
                k.instructions += 1;
                if std::mem::replace(&mut leader, false) {
                    k.basic_blocks += 1;
                }
                match op {
                    "BRA" | "BRX" | "JMP" | "JMX" | "RET" | "EXIT" => {
                        if op == "BRA" {
                            k.bra += 1;
                        }
                        leader = true;
                    }
                    "BSSY" => k.bssy += 1,
                    "BSYNC" => k.bsync += 1,
                    "WARPSYNC" => k.warpsync += 1,
                    "BAR" => k.barriers += 1,
                    "LDG" => k.global_loads += 1,
                    "STG" => k.global_stores += 1,
                    "LDS" | "STS" | "LDSM" => k.shared_accesses += 1,
                    "LDL" | "STL" => k.local_accesses += 1,
                    "LD" | "ST" => k.generic_accesses += 1,
                    _ if op.starts_with("ATOM") || op.starts_with("RED") => k.atomics += 1,
                    _ => {}
                }
            }
        }
    }
    out.into_values().collect()
}

/// One analysed (workload, path).
#[derive(Clone, Debug)]
pub struct Analysed {
    pub workload: String,
    pub path: String,
    /// Per kernel, or why there are none.
    pub kernels: Result<Vec<KernelSass>, String>,
    /// The path refused the workload by design (a documented limit), so it has no PTX.
    pub unsupported: bool,
}

/// What [`analyze_bundle`] looks at.
#[derive(Clone, Copy, Debug)]
pub struct Selection<'a> {
    /// Empty: every workload of the bundle.
    pub workloads: &'a [String],
    /// Empty: every path with PTX.
    pub paths: &'a [String],
    /// `sm_90`.
    pub arch: &'a str,
    /// With a native session: keep the driver's PTX here as `WORKLOAD.native.ptx`.
    pub save_ptx: Option<&'a FsPath>,
}

/// One (workload, path) analysed at one `ptxas` level.
#[derive(Clone, Debug)]
pub struct Levelled {
    pub opt_level: OptLevel,
    pub analysed: Analysed,
}

/// Analyses every PTX artifact of a bundle, and with `native` (a session on an NVIDIA GPU) the
/// PTX NVIDIA's OpenCL makes of each workload's source. A (workload, path) that cannot be
/// analysed is recorded with its reason; only a missing tool or scratch directory is an error.
/// `ptxas` runs at its default level; [`analyze_bundle_levels`] chooses levels.
pub fn analyze_bundle(
    dir: &FsPath,
    manifest: &Manifest,
    sel: &Selection<'_>,
    native: Option<&Session>,
    progress: &mut dyn FnMut(&str, &str),
) -> Result<Vec<Analysed>, SassError> {
    let rows = analyze_bundle_levels(dir, manifest, sel, &[OptLevel::Default], native, progress)?;
    Ok(rows.into_iter().map(|r| r.analysed).collect())
}

/// [`analyze_bundle`] at each of `levels` (none: the default): per workload, per path, one row
/// per level in the order given. Each PTX (the driver's too) is made once and assembled at
/// every level.
pub fn analyze_bundle_levels(
    dir: &FsPath,
    manifest: &Manifest,
    sel: &Selection<'_>,
    levels: &[OptLevel],
    native: Option<&Session>,
    progress: &mut dyn FnMut(&str, &str),
) -> Result<Vec<Levelled>, SassError> {
    // Fail early, once, on a missing tool.
    visabench_core::tools::ptxas()?;
    visabench_core::tools::nvdisasm()?;
    let levels = if levels.is_empty() {
        &[OptLevel::Default][..]
    } else {
        levels
    };
    let scratch = tempfile::tempdir()?;
    if let Some(d) = sel.save_ptx.filter(|_| native.is_some()) {
        std::fs::create_dir_all(d)?;
    }
    let mut rows = Vec::new();
    // Every level of one (workload, path), from its PTX or the reason it has none.
    let mut at_levels = |workload: &str, path: &str, ptx: Result<String, String>, unsupported| {
        for &opt_level in levels {
            let kernels = ptx.as_ref().map_err(String::clone).and_then(|p| {
                analyze_ptx_at(p, sel.arch, opt_level, scratch.path()).map_err(|e| e.to_string())
            });
            rows.push(Levelled {
                opt_level,
                analysed: Analysed {
                    workload: workload.to_string(),
                    path: path.to_string(),
                    kernels,
                    unsupported,
                },
            });
        }
    };
    for w in &manifest.workloads {
        if !sel.workloads.is_empty() && !sel.workloads.contains(&w.name) {
            continue;
        }
        if let Some(s) = native {
            progress(&w.name, "native");
            at_levels(
                &w.name,
                "native",
                native_ptx(s, dir, w, sel.save_ptx),
                false,
            );
        }
        for p in &w.paths {
            if p.kind != visabench_core::ArtifactKind::Ptx
                || (!sel.paths.is_empty() && !sel.paths.contains(&p.path))
            {
                continue;
            }
            progress(&w.name, &p.path);
            let ptx = match &p.artifact {
                None => Err(p
                    .error
                    .as_deref()
                    .and_then(|e| e.lines().next())
                    .unwrap_or("not compiled")
                    .to_string()),
                Some(rel) => bundle::read_text(dir, rel).map_err(|e| e.to_string()),
            };
            at_levels(&w.name, &p.path, ptx, p.unsupported);
        }
    }
    Ok(rows)
}

/// NVIDIA's PTX for the workload's source, as the driver returns it after the build.
fn native_ptx(
    s: &Session,
    dir: &FsPath,
    w: &WorkloadEntry,
    save: Option<&FsPath>,
) -> Result<String, String> {
    let entry = w
        .path("native")
        .ok_or("the bundle has no native path for this workload")?;
    let rel = entry
        .artifact
        .as_deref()
        .ok_or("no native source in the bundle")?;
    let source = bundle::read_text(dir, rel).map_err(|e| e.to_string())?;
    let loaded = s
        .build(
            visabench_core::ArtifactKind::OpenClSource,
            &source,
            &entry.build_options,
            None,
        )
        .map_err(|e| e.to_string())?;
    let bin = loaded.binary().map_err(|e| e.to_string())?;
    let ptx =
        String::from_utf8(bin).map_err(|_| "the driver's binary is not PTX text".to_string())?;
    if !ptx.contains(".entry") {
        return Err("the driver's binary is not PTX (no .entry)".into());
    }
    if let Some(d) = save {
        let f = d.join(format!("{}.native.ptx", w.name));
        crate::files::write_atomic(&f, ptx.as_bytes())
            .map_err(|e| format!("{}: {e}", f.display()))?;
    }
    Ok(ptx)
}

/// The CSV's columns after `workload,path,kernel,arch,ptxas,opt_level`, in [`KernelSass`]
/// order.
const COUNT_COLUMNS: [&str; 17] = [
    "instructions",
    "bra",
    "bssy",
    "bsync",
    "warpsync",
    "barriers",
    "basic_blocks",
    "global_loads",
    "global_stores",
    "shared_accesses",
    "local_accesses",
    "generic_accesses",
    "atomics",
    "registers",
    "stack_bytes",
    "spill_store_bytes",
    "spill_load_bytes",
];

/// Positions of `registers` and `stack_bytes` in [`COUNT_COLUMNS`].
const COLUMN_REGISTERS: usize = 13;
const COLUMN_STACK: usize = 14;

fn counts(k: &KernelSass) -> [u32; 17] {
    [
        k.instructions,
        k.bra,
        k.bssy,
        k.bsync,
        k.warpsync,
        k.barriers,
        k.basic_blocks,
        k.global_loads,
        k.global_stores,
        k.shared_accesses,
        k.local_accesses,
        k.generic_accesses,
        k.atomics,
        k.registers,
        k.stack_bytes,
        k.spill_store_bytes,
        k.spill_load_bytes,
    ]
}

fn from_counts(kernel: String, c: [u32; 17]) -> KernelSass {
    let [instructions, bra, bssy, bsync, warpsync, barriers, basic_blocks, global_loads, global_stores, shared_accesses, local_accesses, generic_accesses, atomics, registers, stack_bytes, spill_store_bytes, spill_load_bytes] =
        c;
    KernelSass {
        kernel,
        instructions,
        bra,
        bssy,
        bsync,
        warpsync,
        barriers,
        basic_blocks,
        global_loads,
        global_stores,
        shared_accesses,
        local_accesses,
        generic_accesses,
        atomics,
        registers,
        stack_bytes,
        spill_store_bytes,
        spill_load_bytes,
    }
}

/// The rows as CSV: one line per kernel plus `(all)` per (workload, path); a (workload, path)
/// without kernels is one line with its `error`. Columns: `workload,path,kernel,arch,ptxas,
/// opt_level`, the counts ([`KernelSass`] order), `error`. `opt_level` is `default` here.
pub fn to_csv(rows: &[Analysed], arch: &str, ptxas: &str) -> String {
    let mut s = csv_header();
    for r in rows {
        csv_lines(&mut s, OptLevel::Default, r, arch, ptxas);
    }
    s
}

/// [`to_csv`] of rows at their levels (from [`analyze_bundle_levels`]).
pub fn to_csv_levels(rows: &[Levelled], arch: &str, ptxas: &str) -> String {
    let mut s = csv_header();
    for r in rows {
        csv_lines(&mut s, r.opt_level, &r.analysed, arch, ptxas);
    }
    s
}

fn csv_header() -> String {
    format!(
        "workload,path,kernel,arch,ptxas,opt_level,{},error\n",
        COUNT_COLUMNS.join(",")
    )
}

/// The lines of one (workload, path) at `level`.
fn csv_lines(s: &mut String, level: OptLevel, r: &Analysed, arch: &str, ptxas: &str) {
    let ptxas = ptxas.replace([',', '"', '\n'], " ");
    match &r.kernels {
        Err(e) => {
            let msg = e.lines().next().unwrap_or("").replace('"', "'");
            let status = if r.unsupported { "unsupported: " } else { "" };
            let _ = writeln!(
                s,
                "{},{},,{arch},{ptxas},{level},{}\"{status}{msg}\"",
                r.workload,
                r.path,
                ",".repeat(COUNT_COLUMNS.len())
            );
        }
        Ok(ks) => {
            let all = total(ks);
            for k in ks.iter().chain(std::iter::once(&all)) {
                let nums: Vec<String> = counts(k).iter().map(u32::to_string).collect();
                let _ = writeln!(
                    s,
                    "{},{},{},{arch},{ptxas},{level},{},",
                    r.workload,
                    r.path,
                    k.kernel,
                    nums.join(",")
                );
            }
        }
    }
}

/// One counted line of a CSV from [`to_csv`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRow {
    pub workload: String,
    pub path: String,
    pub ptxas: String,
    pub arch: String,
    /// `default` for a CSV from before the `opt_level` column.
    pub opt_level: OptLevel,
    /// `kernel` is the kernel's name or `(all)`.
    pub counts: KernelSass,
}

/// Reads the counted lines of a CSV written by [`to_csv`] (lines with an error are skipped).
/// A CSV without the `opt_level` column (written before it existed) reads as `default`.
pub fn read_csv(text: &str) -> Result<Vec<CsvRow>, String> {
    let mut lines = text.lines().enumerate();
    let (_, header) = lines.next().ok_or("empty SASS CSV")?;
    let cols: Vec<&str> = header.split(',').collect();
    let find = |name: &str| cols.iter().position(|c| *c == name);
    let at = |name: &str| find(name).ok_or(format!("SASS CSV: no column `{name}`"));
    let (wi, pi, ki, ai, vi) = (
        at("workload")?,
        at("path")?,
        at("kernel")?,
        at("arch")?,
        at("ptxas")?,
    );
    let li = find("opt_level");
    let idx: Vec<usize> = COUNT_COLUMNS
        .iter()
        .map(|c| at(c))
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (n, line) in lines {
        let f: Vec<&str> = line.split(',').collect();
        if f.len() < cols.len() || f[ki].is_empty() {
            continue;
        }
        let mut c = [0u32; 17];
        for (slot, &i) in c.iter_mut().zip(&idx) {
            *slot = f[i]
                .parse()
                .map_err(|_| format!("SASS CSV line {}: `{}` is not a count", n + 1, f[i]))?;
        }
        let opt_level = match li {
            None => OptLevel::Default,
            Some(i) => f[i]
                .parse()
                .map_err(|e| format!("SASS CSV line {}: {e}", n + 1))?,
        };
        out.push(CsvRow {
            workload: f[wi].to_string(),
            path: f[pi].to_string(),
            arch: f[ai].to_string(),
            ptxas: f[vi].to_string(),
            opt_level,
            counts: from_counts(f[ki].to_string(), c),
        });
    }
    Ok(out)
}

/// Sums of the counts over kernels (a workload's program).
pub fn total(kernels: &[KernelSass]) -> KernelSass {
    // Counts add up; registers and the stack frame are per thread, so the largest holds.
    let per_thread = [COLUMN_REGISTERS, COLUMN_STACK];
    let mut sum = [0u32; 17];
    for k in kernels {
        for (i, (s, v)) in sum.iter_mut().zip(counts(k)).enumerate() {
            *s = if per_thread.contains(&i) {
                (*s).max(v)
            } else {
                *s + v
            };
        }
    }
    from_counts("(all)".into(), sum)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of `nvdisasm -c` output: one kernel with a guarded region, a loop, and the
    /// padding loop after EXIT.
    const SASS: &str = r#"
	.target	sm_90
//--------------------- .text.k            --------------------------
	.section	.text.k,"ax",@progbits
.text.k:
        .type           k,@function
k:
        /*0000*/                   LDC R1, c[0x0][0x28] ;
        /*0010*/                   S2R R0, SR_TID.X ;
        /*0020*/                   ISETP.NE.AND P0, PT, R0, RZ, PT ;
        /*0030*/                   BSSY B0, `(.L_x_0) ;
        /*0040*/              @P0 BRA `(.L_x_1) ;
        /*0050*/                   LDG.E R2, desc[UR4][R4.64] ;
        /*0060*/                   STS [R0], R2 ;
.L_x_1:
        /*0070*/                   BSYNC B0 ;
.L_x_0:
        /*0080*/                   BAR.SYNC.DEFER_BLOCKING 0x0 ;
        /*0090*/                   LDL R3, [R1] ;
        /*00a0*/                   IADD3 R0, R0, 0x1, RZ ;
        /*00b0*/                   ISETP.NE.AND P1, PT, R0, 0x10, PT ;
        /*00c0*/              @P1 BRA `(.L_x_0) ;
        /*00d0*/                   STG.E desc[UR4][R4.64], R3 ;
        /*00e0*/                   RED.E.ADD.STRONG.GPU desc[UR4][R6.64], R3 ;
        /*00f0*/                   EXIT ;
.L_x_2:
        /*0100*/                   BRA `(.L_x_2);
        /*0110*/                   NOP;
        /*0120*/                   NOP;
//--------------------- .text.j            --------------------------
.text.j:
j:
        /*0000*/                   EXIT ;
.L_x_3:
        /*0010*/                   BRA `(.L_x_3);
"#;

    #[test]
    fn counts_instructions_control_flow_blocks_and_memory() {
        let ks = parse_sass(SASS);
        assert_eq!(ks.len(), 2);
        let j = &ks[0];
        assert_eq!(
            (j.kernel.as_str(), j.instructions, j.bra, j.basic_blocks),
            ("j", 1, 0, 1)
        );
        let k = &ks[1];
        assert_eq!(k.kernel, "k");
        // 16 instructions; NOPs and the padding self-branch are not counted.
        assert_eq!(k.instructions, 16);
        assert_eq!((k.bra, k.bssy, k.bsync, k.barriers), (2, 1, 1, 1));
        // Blocks: entry, after `@P0 BRA`, .L_x_1, .L_x_0, after `@P1 BRA`.
        assert_eq!(k.basic_blocks, 5);
        assert_eq!((k.global_loads, k.global_stores), (1, 1));
        assert_eq!((k.shared_accesses, k.local_accesses, k.atomics), (1, 1, 1));
        assert_eq!(COUNT_COLUMNS[COLUMN_REGISTERS], "registers");
        assert_eq!(COUNT_COLUMNS[COLUMN_STACK], "stack_bytes");
        let a = KernelSass {
            registers: 10,
            stack_bytes: 8,
            instructions: 3,
            ..KernelSass::default()
        };
        let b = KernelSass {
            registers: 40,
            stack_bytes: 4,
            instructions: 5,
            ..KernelSass::default()
        };
        let ab = total(&[a, b]);
        assert_eq!(
            (
                ab.kernel.as_str(),
                ab.registers,
                ab.stack_bytes,
                ab.instructions
            ),
            ("(all)", 40, 8, 8)
        );
        let t = total(&ks);
        assert_eq!((t.instructions, t.basic_blocks, t.bra), (17, 6, 2));
    }

    #[test]
    fn reads_registers_and_spills_per_function_from_ptxas_v() {
        let info = "ptxas info    : 0 bytes gmem\n\
            ptxas info    : Compiling entry function 'a' for 'sm_90'\n\
            ptxas info    : Function properties for a\n    \
            16 bytes stack frame, 8 bytes spill stores, 4 bytes spill loads\n\
            ptxas info    : Used 40 registers, used 1 barriers\n\
            ptxas info    : Compiling entry function 'b' for 'sm_90'\n\
            ptxas info    : Function properties for b\n    \
            0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads\n\
            ptxas info    : Used 8 registers\n";
        let r = parse_ptxas_info(info);
        assert_eq!(
            r["a"],
            Resources {
                registers: 40,
                stack_bytes: 16,
                spill_store_bytes: 8,
                spill_load_bytes: 4
            }
        );
        assert_eq!(r["b"].registers, 8);
        assert_eq!(r["b"].stack_bytes, 0);
    }

    #[test]
    fn parses_opt_levels_and_names_the_valid_ones() {
        assert_eq!("default".parse::<OptLevel>(), Ok(OptLevel::Default));
        assert_eq!(" 2 ".parse::<OptLevel>(), Ok(OptLevel::O2));
        for l in OptLevel::ALL {
            assert_eq!(l.to_string().parse::<OptLevel>(), Ok(l));
        }
        assert_eq!(OptLevel::Default.number(), None);
        assert_eq!(OptLevel::O3.number(), Some(3));
        assert_eq!(
            OptLevel::ALL.map(OptLevel::name).join(", "),
            OPT_LEVEL_NAMES
        );
        for bad in ["7", "fast", "-O3", "", "O3", "4"] {
            let e = bad.parse::<OptLevel>().unwrap_err();
            assert!(e.contains("default, 0, 1, 2, 3"), "{bad}: {e}");
            assert!(e.contains(&format!("`{bad}`")), "{bad}: {e}");
        }
    }

    fn analysed(workload: &str, path: &str, instructions: u32) -> Analysed {
        Analysed {
            workload: workload.into(),
            path: path.into(),
            kernels: Ok(vec![KernelSass {
                kernel: "k".into(),
                instructions,
                registers: 12,
                ..KernelSass::default()
            }]),
            unsupported: false,
        }
    }

    #[test]
    fn csv_round_trips_with_the_level() {
        let failed = Analysed {
            workload: "w".into(),
            path: "tgsi-2019".into(),
            kernels: Err("64-bit load, not supported".into()),
            unsupported: true,
        };
        let rows = vec![
            Levelled {
                opt_level: OptLevel::O0,
                analysed: analysed("w", "llvm", 90),
            },
            Levelled {
                opt_level: OptLevel::O3,
                analysed: analysed("w", "llvm", 40),
            },
            Levelled {
                opt_level: OptLevel::O3,
                analysed: failed,
            },
        ];
        let csv = to_csv_levels(&rows, "sm_90", "13.5.37");
        let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
        assert_eq!(
            header[..6],
            ["workload", "path", "kernel", "arch", "ptxas", "opt_level"]
        );
        assert_eq!(header.len(), 6 + COUNT_COLUMNS.len() + 1);
        assert!(csv.contains("w,tgsi-2019,,sm_90,13.5.37,3,"), "{csv}");
        let back = read_csv(&csv).unwrap();
        // Two counted (workload, path, level)s, each a kernel and `(all)`; the error is skipped.
        assert_eq!(back.len(), 4);
        let at = |l: OptLevel| {
            back.iter()
                .find(|r| r.opt_level == l && r.counts.kernel == "k")
                .unwrap()
        };
        assert_eq!(at(OptLevel::O0).counts.instructions, 90);
        assert_eq!(at(OptLevel::O3).counts.instructions, 40);
        assert_eq!(
            (
                at(OptLevel::O3).ptxas.as_str(),
                at(OptLevel::O3).arch.as_str()
            ),
            ("13.5.37", "sm_90")
        );
        // to_csv writes the default level.
        let plain = read_csv(&to_csv(&[analysed("w", "llvm", 40)], "sm_90", "13.5.37")).unwrap();
        assert!(plain.iter().all(|r| r.opt_level == OptLevel::Default));
        // A bad level is an error naming the line.
        let bad = csv.replacen(",sm_90,13.5.37,0,", ",sm_90,13.5.37,fast,", 1);
        let e = read_csv(&bad).unwrap_err();
        assert!(e.contains("line 2") && e.contains("fast"), "{e}");
    }

    #[test]
    fn reads_old_csv_without_the_level_as_default() {
        let old = format!(
            "workload,path,kernel,arch,ptxas,{},error\n\
             nw,llvm,nw_upper,sm_90,13.0.88,776,4,31,31,0,2,9,0,0,0,0,0,0,32,0,0,0,\n\
             nw,tgsi-2019,,sm_90,13.0.88,,,,,,,,,,,,,,,,,,\"unsupported: 64-bit\"\n",
            COUNT_COLUMNS.join(",")
        );
        let rows = read_csv(&old).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].opt_level, OptLevel::Default);
        assert_eq!(
            (rows[0].counts.instructions, rows[0].counts.bssy),
            (776, 31)
        );
        // Every SASS CSV committed under results/ still reads.
        let results = FsPath::new(env!("CARGO_MANIFEST_DIR")).join("../results");
        let mut files = Vec::new();
        let mut stack = vec![results];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "csv") {
                    let text = std::fs::read_to_string(&p).unwrap();
                    if text.starts_with("workload,path,kernel,arch,ptxas,") {
                        files.push((p, text));
                    }
                }
            }
        }
        for (p, text) in &files {
            let rows = read_csv(text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            assert!(!rows.is_empty(), "{}", p.display());
            assert!(rows.iter().all(|r| r.opt_level == OptLevel::Default));
        }
        eprintln!("{} committed SASS CSVs read", files.len());
    }

    #[test]
    fn analyses_real_ptx_with_ptxas_and_nvdisasm() {
        if visabench_core::tools::ptxas().is_err() || visabench_core::tools::nvdisasm().is_err() {
            eprintln!("skipped: ptxas/nvdisasm not installed (scripts/setup installs them)");
            return;
        }
        // A loop with a data-dependent trip count and a guarded store.
        let ptx = r#".version 8.5
.target sm_90
.address_size 64
.visible .entry count(.param .u64 out, .param .u32 n)
{
    .reg .pred %p<3>;
    .reg .b32 %r<6>;
    .reg .b64 %rd<4>;
    ld.param.u64 %rd1, [out];
    ld.param.u32 %r1, [n];
    mov.u32 %r2, 0;
    mov.u32 %r3, 0;
LOOP:
    add.s32 %r3, %r3, %r2;
    add.s32 %r2, %r2, 1;
    setp.lt.s32 %p1, %r2, %r1;
    @%p1 bra LOOP;
    mov.u32 %r4, %tid.x;
    setp.ne.s32 %p2, %r4, 0;
    @%p2 bra DONE;
    cvta.to.global.u64 %rd2, %rd1;
    st.global.u32 [%rd2], %r3;
DONE:
    ret;
}
"#;
        let dir = tempfile::tempdir().unwrap();
        let ks = analyze_ptx(ptx, "sm_90", dir.path()).expect("ptxas + nvdisasm");
        assert_eq!(ks.len(), 1);
        let k = &ks[0];
        assert_eq!(k.kernel, "count");
        assert!(k.instructions >= 5, "{k:?}");
        assert_eq!(k.global_stores, 1, "{k:?}");
        assert!(k.bra >= 1 && k.basic_blocks >= 3, "{k:?}");
        assert!(k.registers > 0, "{k:?}");
        // Bad PTX is an error naming ptxas, not a panic.
        let e = analyze_ptx("not ptx", "sm_90", dir.path()).unwrap_err();
        assert!(e.to_string().contains("ptxas"), "{e}");
        // A weak finisher leaves more: -O0 keeps what -O3 removes; the default is -O3.
        let at = |l| analyze_ptx_at(ptx, "sm_90", l, dir.path()).expect("ptxas -O")[0].clone();
        let (o0, o3) = (at(OptLevel::O0), at(OptLevel::O3));
        assert!(o0.instructions > o3.instructions, "{o0:?}\n{o3:?}");
        assert_eq!(at(OptLevel::Default), o3);
    }
}
