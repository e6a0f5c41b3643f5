//! `lud`: Rodinia's blocked LU decomposition (block 16): per step a diagonal, a perimeter
//! and an internal kernel, all with `__local` tiles passed as arguments.
//!
//! Reference: for n ≤ [`FULL_CHECK_MAX`] the CPU runs the same blocked algorithm with the
//! device's operation order and the whole factored matrix is compared. Above that (the paper
//! size, 8192, would take minutes single-threaded) the output is a sample of rows of L·U,
//! computed on the host from the device's factors, compared with the same rows of A.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};

const B: usize = 16;
/// Largest size whose full factorization the CPU reference computes.
pub const FULL_CHECK_MAX: usize = 2048;
/// Rows of L·U checked above [`FULL_CHECK_MAX`].
const SAMPLE_ROWS: usize = 8;

/// The benchmark.
pub static SPEC: WorkloadSpec = WorkloadSpec {
    name: "lud",
    description:
        "blocked LU decomposition (diagonal, perimeter, internal kernels with local tiles)",
    in_study: true,
    sizes: PerSize::new(64, 8192, 16384),
    label: |n| format!("{n} × {n} matrix"),
    prepare,
    source: cl_source!("lud"),
    features: &[LocalArg, Barrier, Loops, HostLoop, MultiKernel, TwoD],
    kernels: &["lud_diagonal", "lud_perimeter", "lud_internal"],
    // Diagonally dominant (diagonal n): entries of U are O(1) off the diagonal and O(n) on it,
    // L is O(1/n); FMA contraction and 2.5-ulp division give ~1e-6 relative error.
    tolerance: Tolerance::close(1e-4, 1e-4),
};

fn prepare(n: usize, seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    let mut a = inputs::f32s(&mut r, n * n, -1.0, 1.0);
    for i in 0..n {
        a[i * n + i] = n as f32;
    }
    Box::new(LudInstance { n, a })
}

#[derive(Debug)]
struct LudInstance {
    n: usize,
    a: Vec<f32>,
}

impl LudInstance {
    fn sample_rows(&self) -> Vec<usize> {
        let n = self.n;
        (0..SAMPLE_ROWS)
            .map(|s| s * (n - 1) / (SAMPLE_ROWS - 1))
            .collect()
    }
}

/// Rows `rows` of L·U (f64 accumulation) from a factored matrix.
fn lu_rows(n: usize, f: &[f32], rows: &[usize]) -> Vec<f32> {
    let mut out = Vec::with_capacity(rows.len() * n);
    let mut acc = vec![0.0f64; n];
    for &i in rows {
        acc.iter_mut().for_each(|v| *v = 0.0);
        for k in 0..=i {
            let l = if k == i { 1.0 } else { f[i * n + k] as f64 };
            // U[k][j] is nonzero for j >= k.
            for j in k..n {
                acc[j] += l * f[k * n + j] as f64;
            }
        }
        out.extend(acc.iter().map(|v| *v as f32));
    }
    out
}

/// The blocked algorithm on the CPU, in the device's operation order.
fn factor(n: usize, m: &mut [f32]) {
    let at = |r: usize, c: usize| r * n + c;
    let diagonal = |m: &mut [f32], off: usize| {
        for k in 0..B - 1 {
            for r in k + 1..B {
                let l = m[at(off + r, off + k)] / m[at(off + k, off + k)];
                m[at(off + r, off + k)] = l;
                for c in k + 1..B {
                    let u = m[at(off + k, off + c)];
                    m[at(off + r, off + c)] -= l * u;
                }
            }
        }
    };
    let mut off = 0;
    while off + B < n {
        diagonal(m, off);
        let mut jb = off + B;
        while jb < n {
            for c in 0..B {
                for r in 1..B {
                    for k in 0..r {
                        let v = m[at(off + r, off + k)] * m[at(off + k, jb + c)];
                        m[at(off + r, jb + c)] -= v;
                    }
                }
            }
            for r in 0..B {
                for c in 0..B {
                    for k in 0..c {
                        let v = m[at(jb + r, off + k)] * m[at(off + k, off + c)];
                        m[at(jb + r, off + c)] -= v;
                    }
                    m[at(jb + r, off + c)] /= m[at(off + c, off + c)];
                }
            }
            jb += B;
        }
        for ib in (off + B..n).step_by(B) {
            for jb in (off + B..n).step_by(B) {
                for ty in 0..B {
                    for tx in 0..B {
                        let mut sum = 0.0f32;
                        for k in 0..B {
                            sum += m[at(ib + ty, off + k)] * m[at(off + k, jb + tx)];
                        }
                        m[at(ib + ty, jb + tx)] -= sum;
                    }
                }
            }
        }
        off += B;
    }
    diagonal(m, n - B);
}

impl Instance for LudInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.n;
        let m = dev.upload(&self.a)?;
        let diag = |dev: &mut dyn Device, off: usize| {
            dev.launch(
                "lud_diagonal",
                &[
                    Arg::Buffer(m),
                    Arg::local::<f32>(B * B),
                    Arg::u32(n as u32),
                    Arg::u32(off as u32),
                ],
                &Range::d1(B, B),
            )
        };
        let mut off = 0;
        while off + B < n {
            diag(dev, off)?;
            let rest = (n - off) / B - 1;
            dev.launch(
                "lud_perimeter",
                &[
                    Arg::Buffer(m),
                    Arg::local::<f32>(B * B),
                    Arg::local::<f32>(B * B),
                    Arg::local::<f32>(B * B),
                    Arg::u32(n as u32),
                    Arg::u32(off as u32),
                ],
                &Range::d1(rest * 2 * B, 2 * B),
            )?;
            dev.launch(
                "lud_internal",
                &[
                    Arg::Buffer(m),
                    Arg::local::<f32>(B * B),
                    Arg::local::<f32>(B * B),
                    Arg::u32(n as u32),
                    Arg::u32(off as u32),
                ],
                &Range::d2([rest * B, rest * B], [B, B]),
            )?;
            off += B;
        }
        diag(dev, n - B)?;
        let f = dev.download::<f32>(m, n * n)?;
        if n <= FULL_CHECK_MAX {
            Ok(vec![Output::new("lu", Data::F32(f))])
        } else {
            Ok(vec![Output::new(
                "lu_rows",
                Data::F32(lu_rows(n, &f, &self.sample_rows())),
            )])
        }
    }

    fn reference(&self) -> Vec<Output> {
        let n = self.n;
        if n <= FULL_CHECK_MAX {
            let mut m = self.a.clone();
            factor(n, &mut m);
            vec![Output::new("lu", Data::F32(m))]
        } else {
            let rows: Vec<f32> = self
                .sample_rows()
                .into_iter()
                .flat_map(|i| self.a[i * n..(i + 1) * n].iter().copied())
                .collect();
            vec![Output::new("lu_rows", Data::F32(rows))]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocked_factors_multiply_back_to_a() {
        let n = 48;
        let mut r = inputs::rng(3);
        let mut a = inputs::f32s(&mut r, n * n, -1.0, 1.0);
        for i in 0..n {
            a[i * n + i] = n as f32;
        }
        let mut f = a.clone();
        factor(n, &mut f);
        let all: Vec<usize> = (0..n).collect();
        let lu = lu_rows(n, &f, &all);
        for (x, y) in lu.iter().zip(&a) {
            assert!((x - y).abs() < 1e-4, "{x} vs {y}");
        }
    }
}
