//! The counts as tables show them: one list of columns for `visabench sass`'s text table and
//! the report's SASS tables.

use crate::{total, KernelSass, Levelled, OptLevel};
use std::fmt::Write as _;

/// One count a table shows.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// The heading of `visabench sass`'s text table, and its width there.
    pub short: &'static str,
    pub width: usize,
    /// The report's heading.
    pub long: &'static str,
    /// A count per thread (registers): over several kernels the largest holds, not the sum.
    pub per_thread: bool,
    pub value: fn(&KernelSass) -> u32,
}

/// What the tables show of a kernel, in order.
pub const COLUMNS: [Column; 11] = [
    col("instrs", 6, "instructions", |k| k.instructions),
    col("BRA", 4, "BRA", |k| k.bra),
    col("BSSY", 5, "BSSY", |k| k.bssy),
    col("BSYNC", 5, "BSYNC", |k| k.bsync),
    col("blocks", 6, "basic blocks", |k| k.basic_blocks),
    col("LDG", 4, "LDG", |k| k.global_loads),
    col("STG", 4, "STG", |k| k.global_stores),
    col("LDS/T", 5, "shared", |k| k.shared_accesses),
    col("LDL/T", 5, "local", |k| k.local_accesses),
    Column {
        per_thread: true,
        ..col("regs", 4, "registers", |k| k.registers)
    },
    col("spill B", 6, "spill bytes", |k| {
        k.spill_store_bytes + k.spill_load_bytes
    }),
];

const fn col(
    short: &'static str,
    width: usize,
    long: &'static str,
    value: fn(&KernelSass) -> u32,
) -> Column {
    Column {
        short,
        width,
        long,
        per_thread: false,
        value,
    }
}

/// The column the report heads `long`.
pub fn column(long: &str) -> Option<&'static Column> {
    COLUMNS.iter().find(|c| c.long == long)
}

impl Column {
    /// The column over several kernels: their sum, or the largest for a count per thread.
    pub fn over<'a>(&self, kernels: impl IntoIterator<Item = &'a KernelSass>) -> u32 {
        let values = kernels.into_iter().map(self.value);
        if self.per_thread {
            values.max().unwrap_or(0)
        } else {
            values.sum()
        }
    }
}

/// `visabench sass`'s text table of `rows`, assembled at `levels` for `arch` by ptxas
/// `tools`; with more than one level, a column says each row's.
pub fn text(rows: &[Levelled], levels: &[OptLevel], arch: &str, tools: &str) -> String {
    let many = levels.len() > 1;
    let at = match levels {
        [l] if *l != OptLevel::Default => format!(" -O{l}"),
        _ => String::new(),
    };
    // The level column, or nothing.
    let level = |l: &str| {
        if many {
            format!(" {l:<7}")
        } else {
            String::new()
        }
    };
    let mut s = String::new();
    let _ = write!(
        s,
        "SASS for {arch} by ptxas {tools}{at} (static counts per kernel; (all) sums a workload's kernels)\n\
         {:<11} {:<18} {:<10}{}",
        "workload",
        "kernel",
        "path",
        level("opt"),
    );
    for c in &COLUMNS {
        let _ = write!(s, " {:>w$}", c.short, w = c.width);
    }
    s.push('\n');
    for Levelled {
        opt_level,
        analysed: r,
    } in rows
    {
        let lv = level(opt_level.name());
        let ks = match &r.kernels {
            Err(e) => {
                let _ = writeln!(
                    s,
                    "{:<11} {:<18} {:<10}{lv} {}: {}",
                    r.workload,
                    "-",
                    r.path,
                    if r.unsupported {
                        "unsupported"
                    } else {
                        "not analysed"
                    },
                    e.lines().next().unwrap_or("")
                );
                continue;
            }
            Ok(ks) => ks,
        };
        let all = total(ks);
        let shown: Vec<&KernelSass> = if ks.len() > 1 {
            ks.iter().chain(std::iter::once(&all)).collect()
        } else {
            ks.iter().collect()
        };
        for k in shown {
            let _ = write!(s, "{:<11} {:<18} {:<10}{lv}", r.workload, k.kernel, r.path);
            for c in &COLUMNS {
                let _ = write!(s, " {:>w$}", (c.value)(k), w = c.width);
            }
            s.push('\n');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analysed;

    #[test]
    fn the_text_table_has_a_level_column_only_for_several_levels() {
        let k = KernelSass {
            kernel: "k".into(),
            instructions: 776,
            bra: 31,
            registers: 32,
            spill_store_bytes: 4,
            spill_load_bytes: 4,
            ..KernelSass::default()
        };
        let row = |opt_level| Levelled {
            opt_level,
            analysed: Analysed {
                workload: "nw".into(),
                path: "llvm".into(),
                kernels: Ok(vec![k.clone()]),
                unsupported: false,
            },
        };
        let one = text(&[row(OptLevel::O0)], &[OptLevel::O0], "sm_90", "13.0.88");
        let lines: Vec<&str> = one.lines().collect();
        assert!(
            lines[0].starts_with("SASS for sm_90 by ptxas 13.0.88 -O0 "),
            "{one}"
        );
        assert_eq!(
            lines[1],
            "workload    kernel             path       instrs  BRA  BSSY BSYNC blocks  LDG  STG \
             LDS/T LDL/T regs spill B"
        );
        assert_eq!(
            lines[2].split_whitespace().collect::<Vec<_>>(),
            ["nw", "k", "llvm", "776", "31", "0", "0", "0", "0", "0", "0", "0", "32", "8"]
        );
        // The counts stand right-aligned under their headings (`spill B` overhangs by one).
        assert_eq!(lines[2].len() + 1, lines[1].len());
        let levels = [OptLevel::Default, OptLevel::O0];
        let two = text(
            &[row(OptLevel::Default), row(OptLevel::O0)],
            &levels,
            "sm_90",
            "x",
        );
        assert!(two
            .lines()
            .nth(1)
            .unwrap()
            .contains("path       opt     instrs"));
        assert!(two
            .lines()
            .nth(3)
            .unwrap()
            .contains("llvm       0          776"));
        assert_eq!(column("registers").unwrap().over([&k, &k]), 32);
        assert_eq!(column("instructions").unwrap().over([&k, &k]), 1552);
    }
}
