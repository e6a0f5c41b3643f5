//! One PTX text: assembled by `ptxas -v`, disassembled by `nvdisasm -c`, and counted per
//! kernel from what the two print.

use crate::{KernelSass, OptLevel, SassError};
use std::collections::BTreeMap;
use std::path::Path as FsPath;
use std::process::Command;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv::{total, COLUMN_REGISTERS, COLUMN_STACK, COUNT_COLUMNS};

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
    fn analyses_real_ptx_with_ptxas_and_nvdisasm() {
        if !test_support::sass_tools() {
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
