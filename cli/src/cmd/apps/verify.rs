//! Verification of an app along a path: the buffers it read back (saved by the interposer,
//! `VISABENCH_READS`) compared with the native run's, read by read, and the app's own check
//! where it has one.

use super::catalog::Output;
use interposer_record::record::ReadRecord;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// How one path's reads compare with the native run's.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReadsCompared {
    /// Reads made by the path's run and by the native run.
    pub reads: usize,
    pub native_reads: usize,
    /// Reads whose bytes equal native's (same digest).
    pub identical: usize,
    /// Reads that differ in bits but whose every element is within the app's tolerance.
    pub within_tolerance: usize,
    /// Elements compared, and elements beyond the tolerance.
    pub elements: u64,
    pub beyond: u64,
    /// The largest relative difference of an element (floats), over every read.
    pub max_rel: f64,
    /// The first differences beyond the tolerance: `read R [i]: path vs native`.
    pub first: Vec<String>,
    /// Structural problems (a missing read, another size, an unreadable file).
    pub problems: Vec<String>,
}

impl ReadsCompared {
    /// Whether the path's output agrees with native's.
    pub fn agrees(&self) -> bool {
        self.problems.is_empty() && self.beyond == 0 && self.reads == self.native_reads
    }

    /// One line for reports.
    pub fn describe(&self) -> String {
        let mut s = format!(
            "{} reads: {} bit-identical to native, {} within tolerance (max rel. diff {:.2e})",
            self.reads, self.identical, self.within_tolerance, self.max_rel
        );
        if self.beyond > 0 {
            s += &format!(
                "; {} of {} elements beyond it (first: {})",
                self.beyond,
                self.elements,
                self.first.join("; ")
            );
        }
        for p in &self.problems {
            s += &format!("; {p}");
        }
        s
    }
}

/// At most this many first differences are kept.
const SHOWN: usize = 4;

/// Compares the reads of a path's run (`path_dir`) with native's (`native_dir`).
pub fn compare_reads(
    path: &[ReadRecord],
    path_dir: &Path,
    native: &[ReadRecord],
    native_dir: &Path,
    output: Output,
) -> ReadsCompared {
    let mut c = ReadsCompared {
        reads: path.len(),
        native_reads: native.len(),
        ..ReadsCompared::default()
    };
    if path.len() != native.len() {
        c.problems.push(format!(
            "{} reads where native made {}",
            path.len(),
            native.len()
        ));
    }
    for (i, (p, n)) in path.iter().zip(native).enumerate() {
        if p.bytes != n.bytes {
            c.problems
                .push(format!("read {i}: {} bytes, native {}", p.bytes, n.bytes));
            continue;
        }
        if p.digest == n.digest {
            c.identical += 1;
            c.elements += p.bytes / 4;
            continue;
        }
        let load = |r: &ReadRecord, dir: &Path| {
            std::fs::read(dir.join(&r.file))
                .map_err(|e| format!("read {i}: {}: {e}", dir.join(&r.file).display()))
        };
        let (a, b) = match (load(p, path_dir), load(n, native_dir)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                c.problems.push(e);
                continue;
            }
        };
        let before = c.beyond;
        compare_elements(i, &a, &b, output, &mut c);
        if c.beyond == before {
            c.within_tolerance += 1;
        }
    }
    c
}

/// Compares one read element by element, adding to `c`.
fn compare_elements(read: usize, a: &[u8], b: &[u8], output: Output, c: &mut ReadsCompared) {
    let words = a.len().min(b.len()) / 4;
    c.elements += words as u64;
    let word = |s: &[u8], i: usize| [s[4 * i], s[4 * i + 1], s[4 * i + 2], s[4 * i + 3]];
    for i in 0..words {
        let (wa, wb) = (word(a, i), word(b, i));
        if wa == wb {
            continue;
        }
        let (bad, shown) = match output {
            Output::I32 => {
                let (x, y) = (i32::from_le_bytes(wa), i32::from_le_bytes(wb));
                (true, format!("{x} vs {y}"))
            }
            Output::F32 { abs, rel } => {
                let (x, y) = (f32::from_le_bytes(wa), f32::from_le_bytes(wb));
                let d = (x - y).abs();
                let r = if y != 0.0 {
                    f64::from(d / y.abs())
                } else {
                    f64::from(d)
                };
                if r.is_finite() {
                    c.max_rel = c.max_rel.max(r);
                }
                let ok = (x.is_nan() && y.is_nan()) || d <= abs + rel * y.abs();
                (!ok, format!("{x:e} vs {y:e}"))
            }
        };
        if bad {
            c.beyond += 1;
            if c.first.len() < SHOWN {
                c.first.push(format!("read {read} [{i}]: {shown}"));
            }
        }
    }
    if a.len() != b.len() {
        c.problems.push(format!(
            "read {read}: {} bytes, native {}",
            a.len(),
            b.len()
        ));
    }
}

/// The app's own check in its output: how many lines report a mismatch.
pub fn own_mismatches(log: &Path, marker: &str) -> Option<usize> {
    let text = std::fs::read(log).ok()?;
    Some(
        String::from_utf8_lossy(&text)
            .lines()
            .filter(|l| l.contains(marker))
            .count(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn save(dir: &Path, index: usize, words: &[u32]) -> ReadRecord {
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let file = ReadRecord::file_name(index);
        std::fs::write(dir.join(&file), &bytes).unwrap();
        ReadRecord {
            index,
            bytes: bytes.len() as u64,
            digest: format!("{:016x}", visabench_core::digest::digest(&bytes)),
            file,
            ..ReadRecord::default()
        }
    }

    #[test]
    fn identical_close_and_different_reads_are_told_apart() {
        let (pd, nd) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let f = |x: f32| x.to_bits();
        let native = vec![
            save(nd.path(), 0, &[1, 2, 3]),
            save(nd.path(), 1, &[f(1.0), f(2.0)]),
        ];
        let tol = Output::F32 {
            abs: 1e-6,
            rel: 1e-3,
        };
        // Bit-identical, then within 1e-3.
        let close = vec![
            save(pd.path(), 0, &[1, 2, 3]),
            save(pd.path(), 1, &[f(1.0005), f(2.0)]),
        ];
        let c = compare_reads(&close, pd.path(), &native, nd.path(), tol);
        assert!(c.agrees(), "{c:?}");
        assert_eq!((c.identical, c.within_tolerance, c.beyond), (1, 1, 0));
        assert!(c.max_rel > 4e-4 && c.max_rel < 6e-4, "{}", c.max_rel);
        // Beyond the tolerance: named with its read, index and values.
        let far = vec![
            save(pd.path(), 0, &[1, 2, 3]),
            save(pd.path(), 1, &[f(1.5), f(2.0)]),
        ];
        let c = compare_reads(&far, pd.path(), &native, nd.path(), tol);
        assert!(!c.agrees());
        assert_eq!(c.beyond, 1);
        assert!(
            c.first[0].starts_with("read 1 [0]: 1.5e0 vs 1e0"),
            "{:?}",
            c.first
        );
        assert!(
            c.describe().contains("1 of 5 elements beyond it"),
            "{}",
            c.describe()
        );
        // Integers compare bit for bit; a missing read is a problem.
        let ints = vec![save(pd.path(), 0, &[1, 2, 4])];
        let c = compare_reads(&ints, pd.path(), &native, nd.path(), Output::I32);
        assert!(!c.agrees());
        assert_eq!(c.first, ["read 0 [2]: 4 vs 3"]);
        assert!(
            c.problems[0].contains("1 reads where native made 2"),
            "{:?}",
            c.problems
        );
    }

    #[test]
    fn own_mismatch_lines_are_counted() {
        let d = tempfile::tempdir().unwrap();
        let log = d.path().join("log");
        std::fs::write(
            &log,
            "ok\ndismatch at (1, 2): (o)1 (n)2\ndismatch at (3, 3)\n",
        )
        .unwrap();
        assert_eq!(own_mismatches(&log, "dismatch at"), Some(2));
        assert_eq!(own_mismatches(&d.path().join("none"), "x"), None);
    }
}
