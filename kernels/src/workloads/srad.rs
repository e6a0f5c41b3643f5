//! `srad`: Rodinia's speckle-reducing anisotropic diffusion — per iteration, image
//! statistics on the host (from the downloaded image), then a coefficient kernel and an
//! update kernel over a 2-D NDRange.

use crate::device::{Arg, Device, DeviceError, DeviceExt};
use crate::inputs;
use crate::spec::{cl_source, PerSize, WorkloadSpec};
use crate::workload::Feature::*;
use crate::workload::{Data, Instance, Output, Tolerance};
use crate::workloads::support::cover_square;

const BS: usize = 16;
const LAMBDA: f32 = 0.5;

/// The benchmark: (image side, iterations) per size.
pub static SPEC: WorkloadSpec<(usize, usize)> = WorkloadSpec {
    name: "srad",
    description:
        "anisotropic diffusion: derivative/coefficient kernel then update, host statistics",
    in_study: false,
    sizes: PerSize::new((64, 2), (4096, 4), (16384, 4)),
    label: |(n, it)| format!("{n} × {n} image, {it} iterations"),
    prepare,
    source: cl_source!("srad"),
    features: &[
        TwoD,
        MultiKernel,
        HostLoop,
        EarlyReturn,
        DataDependentBranches,
    ],
    kernels: &["srad_coeff", "srad_update"],
    // Several divisions (2.5 ulp in OpenCL) and contractible products per pixel; the
    // coefficient is clamped, which bounds how far differences can spread.
    tolerance: Tolerance::close(1e-4, 1e-4),
};

fn prepare((n, iterations): (usize, usize), seed: u64) -> Box<dyn Instance> {
    let mut r = inputs::rng(seed);
    let img = inputs::f32s(&mut r, n * n, 0.0, 1.0)
        .into_iter()
        .map(f32::exp)
        .collect();
    Box::new(SradInstance { n, iterations, img })
}

#[derive(Debug)]
struct SradInstance {
    n: usize,
    iterations: usize,
    img: Vec<f32>,
}

/// q0² = var / mean² over the whole image (f64 sums).
fn q0sqr(img: &[f32]) -> f32 {
    let (mut s, mut s2) = (0.0f64, 0.0f64);
    for &v in img {
        s += v as f64;
        s2 += v as f64 * v as f64;
    }
    let len = img.len() as f64;
    let mean = s / len;
    let var = s2 / len - mean * mean;
    (var / (mean * mean)) as f32
}

impl Instance for SradInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.n;
        let img = dev.upload(&self.img)?;
        let bufs = (0..5)
            .map(|_| dev.alloc_n::<f32>(n * n))
            .collect::<Result<Vec<_>, _>>()?;
        let range = cover_square(n, BS);
        let mut host = self.img.clone();
        for _ in 0..self.iterations {
            let q = q0sqr(&host);
            let mut args = vec![Arg::Buffer(img)];
            args.extend(bufs.iter().map(|b| Arg::Buffer(*b)));
            args.extend([Arg::i32(n as i32), Arg::i32(n as i32), Arg::f32(q)]);
            dev.launch("srad_coeff", &args, &range)?;
            args.pop();
            args.push(Arg::f32(LAMBDA));
            dev.launch("srad_update", &args, &range)?;
            host = dev.download(img, n * n)?;
        }
        Ok(vec![Output::new("image", Data::F32(host))])
    }

    fn reference(&self) -> Vec<Output> {
        let n = self.n;
        let mut img = self.img.clone();
        let mut d = vec![[0.0f32; 4]; n * n];
        let mut coeff = vec![0.0f32; n * n];
        for _ in 0..self.iterations {
            let q0 = q0sqr(&img);
            for r in 0..n {
                for c in 0..n {
                    let i = r * n + c;
                    let jc = img[i];
                    let nn = img[r.saturating_sub(1) * n + c] - jc;
                    let s = img[(r + 1).min(n - 1) * n + c] - jc;
                    let w = img[r * n + c.saturating_sub(1)] - jc;
                    let e = img[r * n + (c + 1).min(n - 1)] - jc;
                    let g2 = (nn * nn + s * s + w * w + e * e) / (jc * jc);
                    let l = (nn + s + w + e) / jc;
                    let num = 0.5 * g2 - (1.0 / 16.0) * (l * l);
                    let den = 1.0 + 0.25 * l;
                    let qsqr = num / (den * den);
                    let den = (qsqr - q0) / (q0 * (1.0 + q0));
                    coeff[i] = (1.0 / (1.0 + den)).clamp(0.0, 1.0);
                    d[i] = [nn, s, w, e];
                }
            }
            for r in 0..n {
                for c in 0..n {
                    let i = r * n + c;
                    let cs = coeff[(r + 1).min(n - 1) * n + c];
                    let ce = coeff[r * n + (c + 1).min(n - 1)];
                    let [dn, ds, dw, de] = d[i];
                    let div = coeff[i] * dn + cs * ds + coeff[i] * dw + ce * de;
                    img[i] += 0.25 * LAMBDA * div;
                }
            }
        }
        vec![Output::new("image", Data::F32(img))]
    }
}
