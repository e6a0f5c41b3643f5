//! Writes a differential test set for running on a GPU: for every ALU opcode (again with `-`
//! on its 32-bit integer sources, integer negation, for those that have one) and a few whole
//! kernels, a PTX module from this backend, input buffers, and the buffers the TGSI
//! interpreter produced. `scripts/gpu_diff.py` (CUDA driver API through ctypes) runs the PTX
//! and compares.
//!
//! `cargo run -p backend-tgsi-ptx --example gpu_diff -- OUT_DIR`

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use ir_tgsi::abi::{ArgClass, InputLayout};
use ir_tgsi::interp::{self, Env, Grid};
use ir_tgsi::{Opcode, Program, Shape, Ty};
use visabench_core::Target;

const ITEMS: u32 = 256;
const GROUP: u32 = 64;

/// A small deterministic generator (xorshift).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<T: Copy>(&mut self, v: &[T]) -> T {
        v[(self.next() % v.len() as u64) as usize]
    }
}

fn f32_word(r: &mut Rng) -> u32 {
    let specials = [
        0.0f32,
        -0.0,
        1.0,
        -1.0,
        0.5,
        2.5,
        -2.5,
        3.5,
        1e30,
        -1e-30,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        f32::MIN_POSITIVE,
        1e-45,
        16777217.0,
        0.1,
        -7.75,
    ];
    if r.next() % 3 == 0 {
        r.pick(&specials).to_bits()
    } else {
        let x = (r.next() % 2_000_000) as f32 / 10_000.0 - 100.0;
        x.to_bits()
    }
}

fn i32_word(r: &mut Rng) -> u32 {
    let specials =
        [0u32, 1, u32::MAX, 0x8000_0000, 0x7fff_ffff, 31, 32, 33, 5, 7, 0xffff_fffe, 64, 3];
    if r.next() % 2 == 0 {
        r.pick(&specials)
    } else {
        r.next() as u32
    }
}

fn f64_pair(r: &mut Rng) -> u64 {
    let specials =
        [0.0f64, -0.0, 1.0, -1.0, 0.5, 2.5, -2.5, 1e300, f64::INFINITY, f64::NAN, 1e-310, 0.1];
    if r.next() % 3 == 0 {
        r.pick(&specials).to_bits()
    } else {
        ((r.next() % 2_000_000) as f64 / 10_000.0 - 100.0).to_bits()
    }
}

fn i64_pair(r: &mut Rng) -> u64 {
    let specials = [0u64, 1, u64::MAX, 1 << 63, (1 << 63) - 1, 63, 64, 1 << 32, 7];
    if r.next() % 2 == 0 {
        r.pick(&specials)
    } else {
        r.next()
    }
}

/// 16 input words for one work-item of `op` (TEMP[0..3]).
fn inputs(op: Opcode, r: &mut Rng) -> [u32; 16] {
    let mut w = [0u32; 16];
    for k in 0..4 {
        let ty = op.src_ty_at(k);
        for c in 0..4 {
            w[4 * k + c] = match ty {
                Ty::F32 | Ty::Any => f32_word(r),
                Ty::I32 | Ty::U32 => i32_word(r),
                Ty::F64 | Ty::I64 | Ty::U64 => 0,
            };
        }
        if ty.is_wide() {
            for p in 0..2 {
                let v = if ty == Ty::F64 { f64_pair(r) } else { i64_pair(r) };
                w[4 * k + 2 * p] = v as u32;
                w[4 * k + 2 * p + 1] = (v >> 32) as u32;
            }
        }
        if op == Opcode::LDEXP && k == 1 {
            for c in 0..4 {
                w[4 + c] = ((r.next() % 601) as i32 - 300) as u32;
            }
        }
        if matches!(op, Opcode::SIN | Opcode::COS) {
            for x in w.iter_mut().take(4) {
                *x = ((r.next() % 2000) as f32 / 100.0 - 10.0).to_bits();
            }
        }
    }
    w
}

/// How results are compared.
fn tolerance(op: Opcode) -> &'static str {
    use Opcode::*;
    match op {
        RSQ => "f32rel:1e-6",
        EX2 | LG2 => "f32rel:1e-5",
        POW => "f32rel:1e-3",
        SIN | COS => "f32abs:1e-5",
        MAD | DP2 | DP3 | DP4 => "f32abs:1e-3",
        DRSQ => "f64rel:1e-6",
        DMAD => "f64abs:1e-9",
        _ => match op.dst_ty() {
            Ty::F32 => "f32rel:0",
            Ty::F64 => "f64rel:0",
            _ => "exact",
        },
    }
}

/// Is source `k` of `op` a 32-bit integer operand, where `-` is integer negation (Mesa)?
fn int32_src(op: Opcode, k: usize) -> bool {
    matches!(op.src_ty_at(k), Ty::I32 | Ty::U32)
}

/// The opcode applied to `TEMP[k]` for each source k; with `negate`, every 32-bit integer
/// source (and only those) carries `-`.
fn alu_program(op: Opcode, negate: bool) -> Option<String> {
    let dst = match op.shape() {
        Shape::PerChannel | Shape::Scalar | Shape::Reduce => "TEMP[4]",
        Shape::Wide | Shape::NarrowToWide | Shape::WideShift => "TEMP[5]",
        Shape::WideToNarrow => "TEMP[4].xy",
        Shape::Memory | Shape::Flow => return None,
    };
    let srcs: Vec<String> = (0..op.num_src())
        .map(|k| {
            let m = if negate && int32_src(op, k) { "-" } else { "" };
            format!("{m}TEMP[{k}]")
        })
        .collect();
    Some(format!(
        "COMP\n\
         DCL SV[0], THREAD_ID\nDCL SV[1], BLOCK_ID\nDCL SV[2], BLOCK_SIZE\n\
         DCL BUFFER[0]\nDCL BUFFER[1]\nDCL TEMP[0..9], LOCAL\n\
         IMM[0] UINT32 {{64, 32, 16, 0}}\n\
         UMAD TEMP[9].x, SV[1].xxxx, SV[2].xxxx, SV[0].xxxx\n\
         UMUL TEMP[9].y, TEMP[9].xxxx, IMM[0].xxxx\n\
         UMUL TEMP[9].z, TEMP[9].xxxx, IMM[0].yyyy\n\
         LOAD TEMP[0], BUFFER[0].xxxx, TEMP[9].yyyy\n\
         UADD TEMP[9].y, TEMP[9].yyyy, IMM[0].zzzz\n\
         LOAD TEMP[1], BUFFER[0].xxxx, TEMP[9].yyyy\n\
         UADD TEMP[9].y, TEMP[9].yyyy, IMM[0].zzzz\n\
         LOAD TEMP[2], BUFFER[0].xxxx, TEMP[9].yyyy\n\
         UADD TEMP[9].y, TEMP[9].yyyy, IMM[0].zzzz\n\
         LOAD TEMP[3], BUFFER[0].xxxx, TEMP[9].yyyy\n\
         MOV TEMP[4], IMM[0].wwww\nMOV TEMP[5], IMM[0].wwww\n\
         {} {dst}, {}\n\
         STORE BUFFER[1].xyzw, TEMP[9].zzzz, TEMP[4]\n\
         UADD TEMP[9].z, TEMP[9].zzzz, IMM[0].zzzz\n\
         STORE BUFFER[1].xyzw, TEMP[9].zzzz, TEMP[5]\n\
         END\n",
        op.mnemonic(),
        srcs.join(", ")
    ))
}

struct Case {
    name: String,
    prog: Program,
    layout: InputLayout,
    /// Argument i: Some(buffer) for a pointer, None for a by-value u32 taken from `values`.
    args: Vec<Arg>,
    buffers: Vec<Vec<u8>>,
    groups: u32,
    group: u32,
    tol: &'static str,
}

#[derive(Clone, Copy)]
enum Arg {
    Buf(usize),
    U32(u32),
    /// `__local` pointer with this many bytes of dynamic shared memory.
    Local(u32),
}

fn run_case(c: &Case, dir: &Path, manifest: &mut String) -> Result<()> {
    let ptx = backend_tgsi_ptx::compile(&c.prog, &c.layout, &c.name, &Target::default())?;
    std::fs::write(dir.join(format!("{}.ptx", c.name)), &ptx)?;
    let mut input = vec![0u8; c.layout.size as usize];
    let mut dynamic_shared = 0;
    for (slot, a) in c.layout.slots.iter().zip(&c.args) {
        let o = slot.offset as usize;
        match *a {
            Arg::Buf(b) => {
                input[o..o + 8].copy_from_slice(&interp::global_address(b).to_le_bytes())
            }
            Arg::U32(v) => input[o..o + 4].copy_from_slice(&v.to_le_bytes()),
            Arg::Local(n) => {
                let base = c.prog.property(ir_tgsi::Property::SharedBytes).unwrap_or(0);
                input[o..o + 4].copy_from_slice(&base.to_le_bytes());
                dynamic_shared = n;
            }
        }
    }
    let mut env = Env {
        buffers: c.buffers.clone(),
        bindings: (0..c.buffers.len()).collect(),
        input,
        dynamic_shared,
    };
    let grid = Grid { groups: [c.groups, 1, 1], group_size: [c.group, 1, 1], work_dim: 1 };
    interp::run(&c.prog, &grid, &mut env).with_context(|| format!("{}: interpreter", c.name))?;
    let mut args = Vec::new();
    for a in &c.args {
        args.push(match a {
            Arg::Buf(b) => format!("buf:{b}"),
            Arg::U32(v) => format!("u32:{v}"),
            Arg::Local(n) => format!("local:{n}"),
        });
    }
    for (k, b) in c.buffers.iter().enumerate() {
        std::fs::write(dir.join(format!("{}.in{k}.bin", c.name)), b)?;
        std::fs::write(dir.join(format!("{}.out{k}.bin", c.name)), &env.buffers[k])?;
    }
    let _ = writeln!(
        manifest,
        "{} {} {} {} {} {}",
        c.name,
        c.tol,
        c.groups,
        c.group,
        c.buffers.len(),
        args.join(",")
    );
    Ok(())
}

fn file_case(
    name: &str,
    groups: u32,
    group: u32,
    args: Vec<Arg>,
    buffers: Vec<Vec<u8>>,
) -> Result<Case> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/programs/{name}.tgsi"));
    let text = std::fs::read_to_string(&path)?;
    let prog = ir_tgsi::text::parse(&text).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
    let classes = text
        .lines()
        .find_map(|l| l.strip_prefix("; args:"))
        .context("args line")?
        .split_whitespace()
        .map(|w| match w {
            "global" | "buffer" => Ok(ArgClass::GlobalPtr { constant: false, buffer: 0 }),
            "local" => Ok(ArgClass::LocalPtr),
            "value:4:4" => Ok(ArgClass::Value { size: 4, align: 4 }),
            other => bail!("{other}"),
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Case {
        name: name.to_string(),
        prog,
        layout: InputLayout::new(classes),
        args,
        buffers,
        groups,
        group,
        tol: "f32rel:1e-6",
    })
}

fn floats(n: usize, r: &mut Rng) -> Vec<u8> {
    (0..n).flat_map(|_| ((r.next() % 20000) as f32 / 100.0 - 100.0).to_le_bytes()).collect()
}

fn main() -> Result<()> {
    let dir = PathBuf::from(std::env::args().nth(1).context("usage: gpu_diff OUT_DIR")?);
    std::fs::create_dir_all(&dir)?;
    let mut manifest = String::new();
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    // Every ALU opcode, then (`op_<name>_neg`) every one with a 32-bit integer source again
    // with `-` on each such source: integer negation on both sides.
    let plain = Opcode::ALL.iter().map(|&op| (op, false));
    let negated = Opcode::ALL
        .iter()
        .filter(|&&op| (0..op.num_src()).any(|k| int32_src(op, k)))
        .map(|&op| (op, true));
    for (op, negate) in plain.chain(negated) {
        let Some(text) = alu_program(op, negate) else { continue };
        let prog = ir_tgsi::text::parse(&text).map_err(|e| anyhow::anyhow!("{e}\n{text}"))?;
        let mut input = Vec::new();
        for _ in 0..ITEMS {
            for w in inputs(op, &mut r) {
                input.extend_from_slice(&w.to_le_bytes());
            }
        }
        let layout = InputLayout::new([
            ArgClass::GlobalPtr { constant: false, buffer: 0 },
            ArgClass::GlobalPtr { constant: false, buffer: 0 },
        ]);
        let case = Case {
            name: format!(
                "op_{}{}",
                op.mnemonic().to_lowercase(),
                if negate { "_neg" } else { "" }
            ),
            prog,
            layout,
            args: vec![Arg::Buf(0), Arg::Buf(1)],
            buffers: vec![input, vec![0u8; (ITEMS * 32) as usize]],
            groups: ITEMS / GROUP,
            group: GROUP,
            tol: tolerance(op),
        };
        run_case(&case, &dir, &mut manifest)?;
    }
    // Whole kernels.
    let n = 1000u32;
    let vadd = file_case(
        "vadd",
        4,
        256,
        vec![Arg::Buf(0), Arg::Buf(1), Arg::Buf(2), Arg::U32(n)],
        vec![floats(1024, &mut r), floats(1024, &mut r), vec![0u8; 4096]],
    )?;
    run_case(&vadd, &dir, &mut manifest)?;
    let reduce = file_case(
        "reduce",
        8,
        64,
        vec![Arg::Buf(0), Arg::Buf(1), Arg::Local(256)],
        vec![floats(512, &mut r), vec![0u8; 32]],
    )?;
    run_case(&reduce, &dir, &mut manifest)?;
    let loop_if =
        file_case("loop_if", 2, 64, vec![Arg::Buf(0), Arg::U32(37)], vec![vec![0u8; 512]])?;
    run_case(&loop_if, &dir, &mut manifest)?;
    let ints: Vec<u8> = (0..128).flat_map(|_| ((r.next() % 50) as u32).to_le_bytes()).collect();
    let flow =
        file_case("flow_mix", 2, 64, vec![Arg::Buf(0), Arg::Buf(1)], vec![ints, vec![0u8; 1024]])?;
    run_case(&flow, &dir, &mut manifest)?;
    let words: Vec<u8> = (0..256).flat_map(|_| i32_word(&mut r).to_le_bytes()).collect();
    let negate = file_case("int_negate", 1, 256, vec![Arg::Buf(0)], vec![words])?;
    run_case(&negate, &dir, &mut manifest)?;
    std::fs::write(dir.join("manifest.txt"), manifest)?;
    Ok(())
}
