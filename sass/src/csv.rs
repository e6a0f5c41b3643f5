//! `sass.csv`: one line per (workload, path, level, kernel) plus an `(all)` line per
//! workload's program, or one line with the reason a path has no code.

use crate::{Analysed, KernelSass, Levelled, OptLevel};
use std::fmt::Write as _;

/// The file a results directory holds the counts in (`visabench sass --csv`, `reproduce`),
/// shown by the report.
pub const CSV_FILE: &str = "sass.csv";

/// The CSV's count columns, each the [`KernelSass`] field of its name, listed once: the
/// macro makes the header's names, a kernel's row and a kernel from a row.
macro_rules! count_columns {
    ($($field:ident),* $(,)?) => {
        /// The CSV's columns after `workload,path,kernel,arch,ptxas,opt_level`.
        pub(crate) const COUNT_COLUMNS: [&str; 17] = [$(stringify!($field)),*];

        fn counts(k: &KernelSass) -> [u32; 17] {
            [$(k.$field),*]
        }

        fn from_counts(kernel: String, c: [u32; 17]) -> KernelSass {
            let [$($field),*] = c;
            KernelSass { kernel, $($field),* }
        }
    };
}

count_columns!(
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
);

/// Positions of `registers` and `stack_bytes` in [`COUNT_COLUMNS`].
pub(crate) const COLUMN_REGISTERS: usize = 13;
pub(crate) const COLUMN_STACK: usize = 14;

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

/// [`to_csv`] of rows at their levels (from [`crate::analyze_bundle_levels`]).
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
    use std::path::Path as FsPath;

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
                    // Only the files from before the level column (newer ones have it).
                    let old = text.starts_with("workload,path,kernel,arch,ptxas,")
                        && !text.starts_with("workload,path,kernel,arch,ptxas,opt_level,");
                    if old {
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
}
