//! TGSI programs translate to PTX that NVIDIA's `ptxas -arch=sm_90` accepts.
//!
//! `tests/programs/*.tgsi` are hand-written kernels; their first line names the kernel's
//! arguments (`; args: global constant local buffer value:SIZE:ALIGN …`, `buffer` being a
//! global pointer used through `BUFFER[k]`). Three of them are also snapshot tests of the
//! PTX text. A generated program uses every opcode of `Opcode::ALL`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use backend_tgsi_ptx::{compile, compile_module, compile_module_with, BackendError, Options};
use ir_tgsi::abi::{ArgClass, InputLayout};
use ir_tgsi::{Opcode, Program, Shape, Ty};
use visabench_core::Target;

fn programs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

/// Reads the `; args:` line of a test program.
fn layout_of(text: &str) -> Result<InputLayout> {
    let line = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("; args:"))
        .context("missing `; args:` line")?;
    let mut classes = Vec::new();
    for w in line.split_whitespace() {
        classes.push(match w {
            "global" | "buffer" => ArgClass::GlobalPtr { constant: false, buffer: 0 },
            "constant" => ArgClass::GlobalPtr { constant: true, buffer: 0 },
            "local" => ArgClass::LocalPtr,
            v if v.starts_with("value:") => {
                let mut it = v.split(':').skip(1).map(str::parse::<u32>);
                match (it.next(), it.next()) {
                    (Some(Ok(size)), Some(Ok(align))) => ArgClass::Value { size, align },
                    _ => bail!("bad argument {v}"),
                }
            }
            other => bail!("unknown argument class {other}"),
        });
    }
    Ok(InputLayout::new(classes))
}

fn load(path: &Path) -> Result<(Program, InputLayout)> {
    let text = std::fs::read_to_string(path)?;
    let layout = layout_of(&text)?;
    let prog =
        ir_tgsi::text::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    if let Err(errs) = ir_tgsi::validate::validate(&prog) {
        let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        bail!("{}: invalid TGSI:\n{}", path.display(), msgs.join("\n"));
    }
    Ok((prog, layout))
}

fn ptxas_accepts(ptx: &str, what: &str) -> Result<()> {
    test_support::ptxas_accepts(ptx).map_err(|e| anyhow::anyhow!("{what}: {e}\n---\n{ptx}"))
}

/// Every switch of the emitter on but `positive_latches` (whose back edges the assertions below
/// read in the other form), the optimiser's passes off.
fn emitter_switches() -> Options {
    Options {
        copy_propagation: false,
        constant_folding: false,
        cse: false,
        dead_code: false,
        if_conversion: false,
        positive_latches: false,
        ..Options::all()
    }
}

fn compile_file(name: &str) -> Result<String> {
    let (prog, layout) = load(&programs_dir().join(format!("{name}.tgsi")))?;
    Ok(compile(&prog, &layout, name, &Target::default())?)
}

#[test]
fn every_test_program_assembles() -> Result<()> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(programs_dir())?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    paths.retain(|p| p.extension().is_some_and(|e| e == "tgsi"));
    paths.sort();
    assert!(paths.len() >= 3, "test programs are missing");
    for p in &paths {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let (prog, layout) = load(p)?;
        let ptx = compile(&prog, &layout, &name, &Target::default())
            .with_context(|| format!("{name}: compile"))?;
        assert!(ptx.contains(&format!(".entry {name}(")), "{name}: no entry");
        ptxas_accepts(&ptx, &name)?;
    }
    Ok(())
}

/// Every test program and the all-opcodes program also assemble with every switch on.
#[test]
fn every_program_assembles_with_every_switch() -> Result<()> {
    let mut progs = vec![("all_ops".to_string(), all_opcodes_program()?)];
    for e in std::fs::read_dir(programs_dir())? {
        let p = e?.path();
        if p.extension().is_some_and(|e| e == "tgsi") {
            progs.push((p.file_stem().unwrap().to_string_lossy().into_owned(), load(&p)?));
        }
    }
    let emitter = emitter_switches();
    let lines = |ptx: &str| ptx.lines().filter(|l| l.starts_with('\t')).count();
    for (name, (prog, layout)) in &progs {
        let ptx = compile_module_with(&[(name, prog, layout)], &Target::default(), &Options::all())
            .with_context(|| format!("{name}: compile"))?;
        ptxas_accepts(&ptx, name)?;
        // The optimiser's model takes every line the emitter writes here: its passes run.
        let plain = compile_module_with(&[(name, prog, layout)], &Target::default(), &emitter)?;
        if name == "all_ops" {
            assert!(lines(&ptx) < lines(&plain), "the passes did not run on all_ops");
        }
    }
    Ok(())
}

/// What each switch does to `switches.tgsi`: vector accesses, the `.const` table, the latch.
#[test]
fn switches_change_the_translation() -> Result<()> {
    let (prog, layout) = load(&programs_dir().join("switches.tgsi"))?;
    let k = [("switches", &prog, &layout)];
    let plain = compile_module_with(&k, &Target::default(), &Options::default())?;
    // Without the optimiser's passes, which rewrite the forms below.
    let emitter = emitter_switches();
    let all = compile_module_with(&k, &Target::default(), &emitter)?;
    // The table is read from `.const` either way: 16-byte rows of four channels, or (dense
    // tables; the only indexed read takes `.xxxx`) the x words, 4 bytes apart.
    assert!(
        plain.contains(".const .align 16 .b32 switches_imm[24] = {0, 1, 3, 8, 16, 3, 0, 0, 11,"),
        "{plain}"
    );
    assert!(plain.contains(", %a0, 16;"), "{plain}");
    assert!(
        all.contains(".const .align 4 .b32 switches_imm[6] = {0, 16, 11, 22, 33, 44};"),
        "{all}"
    );
    assert!(all.contains(", %a0, 4;"), "{all}");
    for ptx in [&plain, &all] {
        assert!(ptx.contains("ld.const.b32"));
    }
    // An indexed read of another channel keeps the rows, dense tables or not.
    let y = std::fs::read_to_string(programs_dir().join("switches.tgsi"))?
        .replace("IMM[ADDR[0].x+0].xxxx", "IMM[ADDR[0].x+0].yyyy");
    let yfile = std::env::temp_dir().join(format!("switches-y-{}.tgsi", std::process::id()));
    std::fs::write(&yfile, &y)?;
    let (yprog, ylayout) = load(&yfile)?;
    let _ = std::fs::remove_file(&yfile);
    let ky = compile_module_with(
        &[("switches", &yprog, &ylayout)],
        &Target::default(),
        &Options::all(),
    )?;
    assert!(ky.contains(".const .align 16 .b32 switches_imm[24]"), "{ky}");
    ptxas_accepts(&ky, "indexed .y")?;
    assert!(!plain.contains(".v2.b32"));
    assert!(all.contains("ld.global.v2.b32"), "{all}");
    assert!(all.contains("st.global.v2.b32"), "{all}");
    // Plain: the exit is a branch over `bra END`; rotated: the fused compare, the phi copy
    // unpredicated (TEMP[0].w is dead after the loop), one conditional back edge.
    assert!(plain.contains("setp.ne.b32"));
    assert!(all.contains("setp.eq.u32"), "{all}");
    assert!(all.lines().any(|l| l.starts_with("\t@!%p") && l.contains(" bra ")), "{all}");
    // Positive latches: the inverse compare and a back edge on the predicate itself.
    let pos = Options { positive_latches: true, ..emitter };
    let pos = compile_module_with(&k, &Target::default(), &pos)?;
    assert!(pos.contains("setp.ne.u32") && !pos.contains("setp.eq.u32"), "{pos}");
    assert!(pos.lines().any(|l| l.starts_with("\t@%p") && l.contains(" bra ")), "{pos}");
    assert!(!pos.lines().any(|l| l.starts_with("\t@!%p") && l.contains(" bra ")), "{pos}");
    for o in [
        Options { vector_memory: true, ..Options::default() },
        Options { rotate_loops: true, ..Options::default() },
        Options { rotate_loops: true, positive_latches: true, ..Options::default() },
        Options { reuse_pairs: true, ..Options::default() },
        Options { dense_tables: true, ..Options::default() },
        Options { strength_reduce: true, ..Options::default() },
        Options { byte_stores: true, ..Options::default() },
        Options { copy_propagation: true, ..Options::default() },
        Options { constant_folding: true, ..Options::default() },
        Options { cse: true, ..Options::default() },
        Options { dead_code: true, ..Options::default() },
        Options { if_conversion: true, ..Options::default() },
        Options::all(),
    ] {
        let ptx = compile_module_with(&k, &Target::default(), &o)?;
        ptxas_accepts(&ptx, &format!("switches {o:?}"))?;
    }
    ptxas_accepts(&all, "switches (all)")?;
    Ok(())
}

/// `strength_reduce`: unsigned division and remainder by a constant lose their PTX division
/// (each plan of `strength.rs`: a multiply, the add-indicator form, a shift, a compare), a
/// division by a register keeps it, and `1.0 / x` is a reciprocal; ptxas accepts both forms.
#[test]
fn strength_reduction_removes_divisions_by_constants() -> Result<()> {
    let prog = ir_tgsi::text::parse(
        "COMP\nDCL SV[0], THREAD_ID\nDCL MEMORY[0], INPUT\nDCL MEMORY[1], GLOBAL\n\
         DCL TEMP[0..3], LOCAL\n\
         IMM[0] UINT32 {0, 8, 1000003, 7}\nIMM[1] UINT32 {16, 3221225473, 0, 0}\n\
         IMM[2] FLT32 {1.0, 0.0, 0.0, 0.0}\nIMM[3] FLT64 {1.0, 0.0}\n\
         IMM[4] UINT64 {1000003, 0}\n\
         LOAD TEMP[0].xy, MEMORY[0].xxxx, IMM[0].xxxx\n\
         U2I64 TEMP[1].xy, SV[0].xxxx\n\
         U64MOD TEMP[1].zw, TEMP[1].xyxy, IMM[4].xyxy\n\
         U64DIV TEMP[2].xy, TEMP[1].xyxy, IMM[4].xyxy\n\
         UDIV TEMP[2].z, SV[0].xxxx, IMM[0].wwww\n\
         UMOD TEMP[2].w, SV[0].xxxx, IMM[1].xxxx\n\
         UDIV TEMP[3].x, SV[0].xxxx, IMM[1].yyyy\n\
         UDIV TEMP[3].y, SV[0].xxxx, TEMP[2].zzzz\n\
         U2F TEMP[3].z, SV[0].xxxx\n\
         DIV TEMP[3].z, IMM[2].xxxx, TEMP[3].zzzz\n\
         U2D TEMP[0].zw, SV[0].xxxx\n\
         DDIV TEMP[0].zw, IMM[3].xyxy, TEMP[0].zwzw\n\
         STORE MEMORY[1].xy, TEMP[0].xyxy, TEMP[1].zwzw\n\
         STORE MEMORY[1].xy, TEMP[0].xyxy, TEMP[2].xyxy\n\
         STORE MEMORY[1].xy, TEMP[0].xyxy, TEMP[2].zwzw\n\
         STORE MEMORY[1].xy, TEMP[0].xyxy, TEMP[3].xyxy\n\
         STORE MEMORY[1].xy, TEMP[0].xyxy, TEMP[3].zzzz\n\
         STORE MEMORY[1].xy, TEMP[0].xyxy, TEMP[0].zwzw\nEND\n",
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let layout = InputLayout::new(vec![ArgClass::GlobalPtr { constant: false, buffer: 0 }]);
    let k = [("strength", &prog, &layout)];
    let plain = compile_module_with(&k, &Target::default(), &Options::default())?;
    let reduced = compile_module_with(
        &k,
        &Target::default(),
        &Options { strength_reduce: true, ..Options::default() },
    )?;
    for op in ["rem.u64", "div.u64", "div.u32 %", "rem.u32", "div.rn.f32", "div.rn.f64"] {
        assert!(plain.contains(op), "plain lacks {op}: {plain}");
    }
    for gone in ["rem.u64", "div.u64", "rem.u32", "div.rn.f32", "div.rn.f64"] {
        assert!(!reduced.contains(gone), "reduced keeps {gone}: {reduced}");
    }
    // The division by a register (TEMP[2].z) stays a guarded PTX division.
    assert_eq!(reduced.matches("div.u32").count(), 1, "{reduced}");
    assert!(reduced.contains("mul.hi.u64"), "{reduced}");
    assert!(reduced.contains("mul.hi.u32"), "{reduced}");
    assert!(reduced.contains("and.b32"), "remainder by 16: {reduced}");
    assert!(reduced.contains("setp.ge.u32"), "division by 3221225473: {reduced}");
    assert!(reduced.contains("rcp.rn.f32") && reduced.contains("rcp.rn.f64"), "{reduced}");
    ptxas_accepts(&plain, "strength (plain)")?;
    ptxas_accepts(&reduced, "strength (reduced)")?;
    Ok(())
}

/// `byte_stores`: the lowering's byte store (`SHL`/`NOT`/`SHL`, `ATOMAND` + `ATOMOR` of the
/// word, results unread) becomes one `st.u8`/`st.u16`, in GLOBAL and SHARED memory; the same
/// atomics stay atomics when a result is read, or when the mask is not a byte or half-word.
#[test]
fn byte_stores_replace_the_atomic_pair() -> Result<()> {
    // TEMP[0].xy: a 64-bit word address; TEMP[0].z: the shift; TEMP[1].x: the value.
    let store = |ones: &str, mem: &str, addr: &str, tail: &str| {
        format!(
            "COMP\nDCL SV[0], THREAD_ID\nDCL MEMORY[0], INPUT\nDCL MEMORY[1], GLOBAL\n\
             DCL MEMORY[2], SHARED\nDCL TEMP[0..3], LOCAL\nPROPERTY CS_SHARED_BYTES 64\n\
             IMM[0] UINT32 {{0, {ones}, 3, 7}}\n\
             LOAD TEMP[0].xy, MEMORY[0].xxxx, IMM[0].xxxx\n\
             AND TEMP[0].z, SV[0].xxxx, IMM[0].zzzz\n\
             SHL TEMP[0].z, TEMP[0].zzzz, IMM[0].zzzz\n\
             AND TEMP[0].w, SV[0].xxxx, IMM[0].wwww\n\
             AND TEMP[1].x, SV[0].xxxx, IMM[0].yyyy\n\
             SHL TEMP[1].y, IMM[0].yyyy, TEMP[0].zzzz\n\
             NOT TEMP[1].z, TEMP[1].yyyy\n\
             SHL TEMP[1].y, TEMP[1].xxxx, TEMP[0].zzzz\n\
             ATOMAND TEMP[2].x, MEMORY[{mem}].xxxx, {addr}, TEMP[1].zzzz\n\
             ATOMOR TEMP[2].x, MEMORY[{mem}].xxxx, {addr}, TEMP[1].yyyy\n{tail}END\n"
        )
    };
    let layout = InputLayout::new(vec![ArgClass::GlobalPtr { constant: false, buffer: 0 }]);
    let on = Options { byte_stores: true, ..Options::default() };
    let compile = |text: &str, o: &Options| -> Result<String> {
        let prog = ir_tgsi::text::parse(text).map_err(|e| anyhow::anyhow!("{e}"))?;
        let ptx = compile_module_with(&[("bytes", &prog, &layout)], &Target::default(), o)?;
        ptxas_accepts(&ptx, "bytes")?;
        Ok(ptx)
    };
    let global = store("255", "1", "TEMP[0].xyxy", "");
    let ptx = compile(&global, &on)?;
    assert!(ptx.contains("st.global.u8") && !ptx.contains("atom."), "{ptx}");
    let plain = compile(&global, &Options::default())?;
    assert!(plain.contains("atom.global.and.b32") && plain.contains("atom.global.or.b32"));
    let shared = compile(&store("65535", "2", "TEMP[0].wwww", ""), &on)?;
    assert!(shared.contains("st.shared.u16") && !shared.contains("atom."), "{shared}");
    // The atomic's result is read: it must be computed.
    let read = store("255", "1", "TEMP[0].xyxy", "STORE MEMORY[1].x, TEMP[0].xyxy, TEMP[2].xxxx\n");
    let ptx = compile(&read, &on)?;
    assert!(ptx.contains("atom.global.or.b32") && !ptx.contains("st.global.u8"), "{ptx}");
    // Not a byte or half-word field.
    let ptx = compile(&store("4095", "1", "TEMP[0].xyxy", ""), &on)?;
    assert!(ptx.contains("atom.global.and.b32") && !ptx.contains("st.global.u"), "{ptx}");
    Ok(())
}

/// `reuse_pairs` reuses a 64-bit register while both halves are unchanged, and packs afresh
/// once a half has been written.
#[test]
fn reused_pairs_are_forgotten_when_a_half_changes() -> Result<()> {
    let prog = ir_tgsi::text::parse(
        "COMP\nDCL SV[0], THREAD_ID\nDCL MEMORY[0], INPUT\nDCL MEMORY[1], GLOBAL\n\
         DCL TEMP[0..3], LOCAL\nIMM[0] UINT32 {0, 1, 0, 0}\n\
         U2I64 TEMP[0].xy, SV[0].xxxx\n\
         U64ADD TEMP[1].xy, TEMP[0].xyxy, TEMP[0].xyxy\n\
         UADD TEMP[0].x, TEMP[0].xxxx, IMM[0].yyyy\n\
         U64ADD TEMP[2].xy, TEMP[0].xyxy, TEMP[1].xyxy\n\
         LOAD TEMP[3].xy, MEMORY[0].xxxx, IMM[0].xxxx\n\
         STORE MEMORY[1].xy, TEMP[3].xyxy, TEMP[2].xyxy\nEND\n",
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let layout = InputLayout::new(vec![ArgClass::GlobalPtr { constant: false, buffer: 0 }]);
    let opts = Options { reuse_pairs: true, ..Options::default() };
    let ptx = compile_module_with(&[("pairs", &prog, &layout)], &Target::default(), &opts)?;
    ptxas_accepts(&ptx, "pairs")?;
    let lines: Vec<&str> = ptx.lines().map(str::trim).collect();
    let at = |p: &str| lines.iter().position(|l| l.starts_with(p));
    let write = at("add.s32 %t0, %t0, 1;").context("the UADD")?;
    // Before the write: the first U64ADD adds the register the U2I64 result came from.
    let packs_before =
        lines[..write].iter().filter(|l| l.starts_with("mov.b64 %d") && l.contains("{%t0, %t1}"));
    assert_eq!(packs_before.count(), 0, "{ptx}");
    // After it: {%t0, %t1} is packed again, {%t4, %t5} (TEMP[1]) is reused.
    let after = &lines[write..];
    assert!(after.iter().any(|l| l.starts_with("mov.b64 %d") && l.contains("{%t0, %t1}")), "{ptx}");
    assert!(
        !after.iter().any(|l| l.starts_with("mov.b64 %d") && l.contains("{%t4, %t5}")),
        "{ptx}"
    );
    Ok(())
}

#[test]
fn snapshot_vadd() -> Result<()> {
    let ptx = compile_file("vadd")?;
    // Scalar 32-bit accesses through 64-bit addresses from lane pairs; bounds check by UIF.
    assert!(ptx.contains("ld.global.b32"));
    assert!(ptx.contains("st.global.b32"));
    assert!(ptx.contains(".param .u32 vadd_param_3"));
    insta::assert_snapshot!(ptx);
    Ok(())
}

#[test]
fn snapshot_reduce() -> Result<()> {
    let ptx = compile_file("reduce")?;
    assert!(ptx.contains(".reqntid 64, 1, 1"));
    assert!(ptx.contains(".shared .align 16 .b8 tgsi_smem[16];"));
    assert!(ptx.contains("bar.sync 0;"));
    assert!(ptx.contains(".param .u64 .ptr .shared .align 4 reduce_param_2"));
    insta::assert_snapshot!(ptx);
    Ok(())
}

#[test]
fn integer_negation_modifier() -> Result<()> {
    let ptx = compile_file("int_negate")?;
    // The two negated register sources (UADD's, INEG's) and INEG itself; the immediate is
    // folded: -(-7) = 7.
    assert_eq!(ptx.matches("neg.s32").count(), 3, "{ptx}");
    assert!(ptx.contains("max.s32") && ptx.contains(", 7;"), "{ptx}");
    assert!(!ptx.contains("neg.f32"), "{ptx}");
    Ok(())
}

#[test]
fn snapshot_loop_if() -> Result<()> {
    let ptx = compile_file("loop_if")?;
    assert!(ptx.contains("fma.rn.f32"));
    assert!(ptx.contains("neg.f32"));
    insta::assert_snapshot!(ptx);
    Ok(())
}

/// Is source `k` of `op` a 32-bit integer operand, where `-` is integer negation (Mesa)?
fn int32_src(op: Opcode, k: usize) -> bool {
    matches!(op.src_ty_at(k), Ty::I32 | Ty::U32)
}

/// Text of one instruction exercising `op` on registers TEMP[0..3] (data) into TEMP[4]
/// (or TEMP[5] for wide results), or `None` for memory and flow opcodes, which the fixed
/// part of the program covers. With `neg`, every 32-bit integer source carries `-`.
fn exercise(op: Opcode, imm: bool, neg: bool) -> Option<String> {
    let m = op.mnemonic();
    let wide_src = matches!(op.src_ty(), Ty::F64 | Ty::I64 | Ty::U64);
    let srcs = |n: usize| -> String {
        let regs = if wide_src {
            ["TEMP[0]", "TEMP[1].zwxy", "TEMP[2].xyxy", "TEMP[3]"]
        } else {
            ["TEMP[0]", "TEMP[1].yxwz", "TEMP[2].zzxy", "TEMP[3]"]
        };
        let mut v: Vec<String> = regs[..n].iter().map(|s| s.to_string()).collect();
        if imm && n > 0 {
            v[n - 1] = "IMM[0].xyzw".to_string();
        }
        for (k, s) in v.iter_mut().enumerate() {
            if neg && int32_src(op, k) {
                s.insert(0, '-');
            }
        }
        v.join(", ")
    };
    let n = op.num_src();
    let dst = match op.shape() {
        Shape::PerChannel | Shape::Scalar | Shape::Reduce => "TEMP[4]",
        Shape::Wide | Shape::NarrowToWide | Shape::WideShift => "TEMP[5]",
        Shape::WideToNarrow => "TEMP[4].xy",
        Shape::Memory | Shape::Flow => return None,
    };
    Some(format!("{m} {dst}, {}", srcs(n)))
}

/// Memory, synchronization and control flow, in one structured body. Each line is one
/// instruction; `@SUB` is replaced by the index of the BGNSUB.
const FIXED: &str = "\
LOAD TEMP[6].xyz, MEMORY[3].xxxx, IMM[1].xxxx
LOAD TEMP[9].x, MEMORY[3].xxxx, IMM[2].zzzz
LOAD TEMP[9].xy, MEMORY[3].xxxx, IMM[1].zzzz
LOAD TEMP[9].xyzw, MEMORY[3].xxxx, IMM[2].wwww
LOAD TEMP[7], MEMORY[0].xxxx, TEMP[6].xyxy
STORE MEMORY[0].xy, TEMP[6].xyxy, TEMP[7]
LOAD TEMP[7].xz, MEMORY[1].xxxx, TEMP[6].zzzz
STORE MEMORY[1].xyzw, TEMP[6].zzzz, TEMP[7]
LOAD TEMP[7].y, MEMORY[2].xxxx, IMM[1].yyyy
STORE MEMORY[2].x, TEMP[0].xxxx, TEMP[7].yyyy
LOAD TEMP[7].x, BUFFER[0].xxxx, TEMP[0].xxxx
STORE BUFFER[0].x, IMM[1].wwww, TEMP[7].xxxx
MOV TEMP[7].w, CONST[0][1].zzzz
ATOMUADD TEMP[8].x, MEMORY[0].xxxx, TEMP[6].xyxy, TEMP[0].xxxx
ATOMXCHG TEMP[8].x, MEMORY[1].xxxx, TEMP[6].zzzz, TEMP[0].yyyy
ATOMCAS TEMP[8].x, BUFFER[0].xxxx, TEMP[0].xxxx, TEMP[1].xxxx, TEMP[2].xxxx
ATOMAND TEMP[8].y, MEMORY[2].xxxx, IMM[1].yyyy, TEMP[0].xxxx
ATOMOR TEMP[8].y, MEMORY[0].xxxx, TEMP[6].xyxy, TEMP[0].xxxx
ATOMXOR TEMP[8].y, MEMORY[1].xxxx, TEMP[6].zzzz, TEMP[0].xxxx
ATOMUMIN TEMP[8].z, MEMORY[0].xxxx, TEMP[6].xyxy, TEMP[0].xxxx
ATOMUMAX TEMP[8].z, MEMORY[1].xxxx, TEMP[6].zzzz, TEMP[0].xxxx
ATOMIMIN TEMP[8].z, BUFFER[0].xxxx, TEMP[0].xxxx, TEMP[0].xxxx
ATOMIMAX TEMP[8].w, MEMORY[0].xxxx, TEMP[6].xyxy, TEMP[0].xxxx
ATOMFADD TEMP[8].w, MEMORY[1].xxxx, TEMP[6].zzzz, TEMP[0].xxxx
ATOMCAS TEMP[8].w, MEMORY[2].xxxx, IMM[1].yyyy, TEMP[1].xxxx, TEMP[2].xxxx
BARRIER
MEMBAR IMM[2].xxxx
MEMBAR IMM[2].yyyy
IF TEMP[0].xxxx
  UIF TEMP[1].xxxx
    NOP
  ELSE
    CAL :@SUB
  ENDIF
ENDIF
BGNLOOP
  SWITCH TEMP[0].xxxx
  CASE IMM[1].yyyy
    UADD TEMP[0].x, TEMP[0].xxxx, IMM[1].yyyy
  CASE IMM[1].zzzz
    BRK
  DEFAULT
    UADD TEMP[0].x, TEMP[0].xxxx, TEMP[0].xxxx
  ENDSWITCH
  USLT TEMP[9].x, TEMP[0].xxxx, IMM[1].wwww
  UIF TEMP[9].xxxx
    CONT
  ENDIF
  BRK
ENDLOOP
STORE MEMORY[0].xyzw, TEMP[6].xyxy, TEMP[4]
STORE MEMORY[0].xyzw, TEMP[6].xyxy, TEMP[5]
STORE MEMORY[0].xyzw, TEMP[6].xyxy, TEMP[8]
END
BGNSUB
  UIF TEMP[2].xxxx
    RET
  ENDIF
  MOV TEMP[0].x, IMM[0].yyyy
ENDSUB
";

/// A program using every opcode, with its argument layout.
fn all_opcodes_program() -> Result<(Program, InputLayout)> {
    let mut text = String::from(
        "COMP\n\
         PROPERTY CS_FIXED_BLOCK_WIDTH 32\n\
         PROPERTY CS_SHARED_BYTES 256\n\
         PROPERTY CS_PRIVATE_BYTES 64\n\
         DCL SV[0], THREAD_ID\n\
         DCL SV[1], BLOCK_ID\n\
         DCL SV[2], BLOCK_SIZE\n\
         DCL SV[3], GRID_SIZE\n\
         DCL SV[4], WORK_DIM\n\
         DCL MEMORY[0], GLOBAL\n\
         DCL MEMORY[1], SHARED\n\
         DCL MEMORY[2], PRIVATE\n\
         DCL MEMORY[3], INPUT\n\
         DCL BUFFER[0]\n\
         DCL TEMP[0..9], LOCAL\n\
         DCL CONST[0][0..2]\n\
         IMM[0] UINT32 {3, 5, 7, 9}\n\
         IMM[1] UINT32 {0, 4, 16, 20}\n\
         IMM[2] UINT32 {1, 24, 12, 32}\n",
    );
    let mut body = vec![
        "MOV TEMP[0], SV[0].xyzw".to_string(),
        "UADD TEMP[1], SV[1].xyzw, SV[2].xyzw".to_string(),
        "UADD TEMP[2], SV[3].xyzw, SV[4].xxxx".to_string(),
        "MOV TEMP[3], |TEMP[2].wzyx|".to_string(),
        "ADD TEMP[3], -|TEMP[3]|, -IMM[0].xxxx".to_string(),
    ];
    for &op in Opcode::ALL {
        let negatable = (0..op.num_src()).any(|k| int32_src(op, k));
        for (imm, neg) in [(false, false), (true, false), (false, true), (true, true)] {
            if neg && !negatable {
                continue;
            }
            if let Some(line) = exercise(op, imm, neg) {
                body.push(line);
            }
        }
    }
    let fixed_start = body.len();
    let fixed: Vec<&str> = FIXED.lines().collect();
    let sub = fixed_start + fixed.iter().position(|l| l.trim() == "BGNSUB").unwrap();
    body.extend(fixed.iter().map(|l| l.replace("@SUB", &sub.to_string())));
    for l in &body {
        text.push_str(l);
        text.push('\n');
    }
    let prog = ir_tgsi::text::parse(&text).map_err(|e| anyhow::anyhow!("{e}\n{text}"))?;
    if let Err(errs) = ir_tgsi::validate::validate(&prog) {
        let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        bail!("invalid TGSI:\n{}", msgs.join("\n"));
    }
    let layout = InputLayout::new([
        ArgClass::GlobalPtr { constant: false, buffer: 0 },
        ArgClass::Value { size: 4, align: 4 },
        ArgClass::LocalPtr,
        ArgClass::Value { size: 8, align: 8 },
        ArgClass::Value { size: 16, align: 16 },
    ]);
    Ok((prog, layout))
}

#[test]
fn every_opcode_assembles() -> Result<()> {
    let (prog, layout) = all_opcodes_program()?;
    let used: BTreeSet<Opcode> = prog.insts.iter().map(|i| i.op).collect();
    let all: BTreeSet<Opcode> = Opcode::ALL.iter().copied().collect();
    let missing: Vec<&str> = all.difference(&used).map(|o| o.mnemonic()).collect();
    assert!(missing.is_empty(), "opcodes not exercised: {missing:?}");
    let ptx = compile(&prog, &layout, "all_ops", &Target::default())?;
    ptxas_accepts(&ptx, "all_ops")?;
    Ok(())
}

/// Every opcode with a 32-bit integer source, that source negated: the PTX negates it as an
/// integer (`neg.s32`, or a folded literal), never with a float sign flip.
#[test]
fn every_integer_source_negates_as_an_integer() -> Result<()> {
    let layout = InputLayout::new([ArgClass::GlobalPtr { constant: false, buffer: 0 }]);
    let mut checked = 0;
    for &op in Opcode::ALL {
        if !(0..op.num_src()).any(|k| int32_src(op, k)) {
            continue;
        }
        let Some(line) = exercise(op, false, true) else { continue };
        let text = format!(
            "COMP\nDCL TEMP[0..5], LOCAL\nIMM[0] UINT32 {{3, 5, 7, 9}}\n\
             MOV TEMP[0], IMM[0]\nMOV TEMP[1], IMM[0].yxwz\nMOV TEMP[2], IMM[0].zwxy\n\
             MOV TEMP[3], IMM[0].wzyx\n{line}\nEND\n"
        );
        let prog = parse(&text);
        if let Err(errs) = ir_tgsi::validate::validate(&prog) {
            let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
            bail!("{line}: invalid TGSI:\n{}", msgs.join("\n"));
        }
        let ptx = compile(&prog, &layout, "neg", &Target::default())?;
        assert!(ptx.contains("neg.s32"), "{line}\n{ptx}");
        assert!(!ptx.contains("neg.f32"), "{line}\n{ptx}");
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} opcodes with 32-bit integer sources");
    Ok(())
}

#[test]
fn input_read_at_a_run_time_offset_selects_among_every_argument_word() -> Result<()> {
    let (prog, layout) = load(&programs_dir().join("input_at.tgsi"))?;
    let ptx = compile(&prog, &layout, "input_at", &Target::default())?;
    // 8 + 16 + 4 bytes of arguments: seven words compared with the run-time offset.
    assert_eq!(ptx.matches("setp.eq.u32").count(), 7, "{ptx}");
    ptxas_accepts(&ptx, "input_at")?;
    Ok(())
}

#[test]
fn a_module_holds_several_entries() -> Result<()> {
    let (vadd, vl) = load(&programs_dir().join("vadd.tgsi"))?;
    let (red, rl) = load(&programs_dir().join("reduce.tgsi"))?;
    let ptx = compile_module(&[("vadd", &vadd, &vl), ("reduce", &red, &rl)], &Target::default())?;
    assert_eq!(ptx.matches(".entry ").count(), 2);
    assert_eq!(ptx.matches(".version").count(), 1);
    ptxas_accepts(&ptx, "module")?;
    let dup = compile_module(&[("k", &vadd, &vl), ("k", &red, &rl)], &Target::default());
    assert_eq!(dup, Err(BackendError::DuplicateKernel("k".into())));
    Ok(())
}

fn parse(text: &str) -> Program {
    ir_tgsi::text::parse(text).expect("test program parses")
}

#[test]
fn unsupported_constructs_are_errors() {
    let layout = InputLayout::new([ArgClass::Value { size: 4, align: 4 }]);
    let t = Target::default();
    // INPUT at a register offset over more arguments than the select handles.
    let p = parse(
        "COMP\nDCL MEMORY[0], INPUT\nDCL TEMP[0..1], LOCAL\n\
         LOAD TEMP[1].x, MEMORY[0].xxxx, TEMP[0].xxxx\nEND\n",
    );
    let big = InputLayout::new([ArgClass::Value { size: 2048, align: 4 }]);
    let e = compile(&p, &big, "k", &t).unwrap_err();
    assert!(matches!(e, BackendError::Unsupported { .. }), "{e}");
    assert!(e.to_string().contains("kernel k: instruction 0 (LOAD)"), "{e}");
    assert!(e.to_string().contains("run-time offset over 2048 bytes"), "{e}");
    // Within the limit it compiles (one compare per word of the block).
    let ptx = compile(&p, &layout, "k", &t).unwrap();
    assert_eq!(ptx.matches("setp.eq.u32").count(), 1, "{ptx}");
    // Recursion.
    let p = parse("COMP\nCAL :2\nEND\nBGNSUB\nCAL :2\nENDSUB\n");
    let e = compile(&p, &layout, "k", &t).unwrap_err();
    assert!(e.to_string().contains("recursive"), "{e}");
    // Bad kernel name.
    let p = parse("COMP\nEND\n");
    assert_eq!(compile(&p, &layout, "1k", &t), Err(BackendError::InvalidName("1k".into())));
}

#[test]
fn unbalanced_flow_is_an_error_not_a_panic() {
    let layout = InputLayout::default();
    let t = Target::default();
    for text in [
        "COMP\nDCL TEMP[0], LOCAL\nUIF TEMP[0].xxxx\nEND\n",
        "COMP\nENDIF\nEND\n",
        "COMP\nBRK\nEND\n",
        "COMP\nBGNLOOP\nEND\n",
        "COMP\nENDSUB\nEND\n",
    ] {
        let p = parse(text);
        let e = compile(&p, &layout, "k", &t);
        assert!(matches!(e, Err(BackendError::Malformed { .. })), "{text}: {e:?}");
    }
}

#[test]
fn small_by_value_arguments_are_assembled_from_bytes() -> Result<()> {
    // (char a, char b, short c): INPUT word 0 = a | b << 8 | c << 16.
    let layout = InputLayout::new([
        ArgClass::GlobalPtr { constant: false, buffer: 0 },
        ArgClass::Value { size: 1, align: 1 },
        ArgClass::Value { size: 1, align: 1 },
        ArgClass::Value { size: 2, align: 2 },
    ]);
    let p = parse(
        "COMP\nDCL MEMORY[0], INPUT\nDCL BUFFER[0]\nDCL TEMP[0], LOCAL\nIMM[0] UINT32 {8, 0, 0, 0}\n\
         LOAD TEMP[0].x, MEMORY[0].xxxx, IMM[0].xxxx\n\
         STORE BUFFER[0].x, IMM[0].yyyy, TEMP[0].xxxx\nEND\n",
    );
    let ptx = compile(&p, &layout, "k", &Target::default())?;
    assert!(ptx.contains(".param .u8 k_param_1"));
    assert!(ptx.contains(".param .u16 k_param_3"));
    assert!(ptx.contains("ld.param.u8 %s0, [k_param_1];"));
    assert!(ptx.contains("[k_param_3+1]"));
    ptxas_accepts(&ptx, "bytes")?;
    Ok(())
}
