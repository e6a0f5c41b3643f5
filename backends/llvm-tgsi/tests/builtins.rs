//! Small kernels run on the interpreter ([`TgsiDevice`]) and checked against Rust: library
//! code the workloads reach only partly (double `exp`/`log` from libdevice, `fmod`, `round`,
//! `copysign`, `sin` of large arguments) and, under `no-int64`, clang's 64-bit idioms for
//! `size_t` index arithmetic and 32×32→64 products.

use backend_llvm_tgsi::{lower_program, Profile};
use kernels::{Arg, Device, DeviceExt, Range};
use tgsi_device::TgsiDevice;
use visabench_core::{BuildOptions, CompileRequest, Target};

fn device(source: &str, profile: &str) -> TgsiDevice {
    let options = BuildOptions::default();
    let req = CompileRequest {
        file_name: "builtins.cl",
        source,
        options: &options,
        target: Target::default(),
    };
    let profile = Profile::parse(profile).expect("profile");
    let lowered = lower_program(&req, &profile, "tgsi").unwrap_or_else(|e| panic!("{e}"));
    TgsiDevice::new(&lowered.kernels)
}

fn inputs(n: usize, lo: f64, hi: f64) -> Vec<f64> {
    (0..n)
        .map(|i| lo + (hi - lo) * (i as f64 + 0.37) / n as f64)
        .collect()
}

const N: usize = 256;

#[test]
fn double_exp_and_log_from_libdevice() {
    let mut dev = device(
        "__kernel void k(__global const double *x, __global double *e, __global double *l) {
             size_t i = get_global_id(0);
             e[i] = exp(x[i]);
             l[i] = log(x[i] + 10.0);
         }",
        "modern",
    );
    let x = inputs(N, -9.0, 9.0);
    let bx = dev.upload(&x).unwrap();
    let be = dev.alloc_n::<f64>(N).unwrap();
    let bl = dev.alloc_n::<f64>(N).unwrap();
    dev.launch(
        "k",
        &[Arg::Buffer(bx), Arg::Buffer(be), Arg::Buffer(bl)],
        &Range::d1(N, 64),
    )
    .unwrap();
    let e: Vec<f64> = dev.download(be, N).unwrap();
    let l: Vec<f64> = dev.download(bl, N).unwrap();
    for i in 0..N {
        let (we, wl) = (x[i].exp(), (x[i] + 10.0).ln());
        assert!(
            (e[i] - we).abs() <= 1e-14 * we.abs(),
            "exp({}) = {} not {we}",
            x[i],
            e[i]
        );
        assert!(
            (l[i] - wl).abs() <= 1e-14 * wl.abs().max(1e-300),
            "log({}) = {} not {wl}",
            x[i] + 10.0,
            l[i]
        );
    }
}

#[test]
fn fmod_round_copysign() {
    let mut dev = device(
        "__kernel void k(__global const float *x, __global float *m, __global float *r,
                         __global double *c) {
             size_t i = get_global_id(0);
             m[i] = fmod(x[i], 0.75f);
             r[i] = round(x[i]);
             c[i] = copysign(2.5, (double)x[i]);
         }",
        "modern",
    );
    let x: Vec<f32> = inputs(N, -20.0, 20.0).iter().map(|v| *v as f32).collect();
    let mut x2 = x.clone();
    x2[0] = 2.5;
    x2[1] = -2.5;
    x2[2] = -0.0;
    let bx = dev.upload(&x2).unwrap();
    let bm = dev.alloc_n::<f32>(N).unwrap();
    let br = dev.alloc_n::<f32>(N).unwrap();
    let bc = dev.alloc_n::<f64>(N).unwrap();
    dev.launch(
        "k",
        &[
            Arg::Buffer(bx),
            Arg::Buffer(bm),
            Arg::Buffer(br),
            Arg::Buffer(bc),
        ],
        &Range::d1(N, 64),
    )
    .unwrap();
    let m: Vec<f32> = dev.download(bm, N).unwrap();
    let r: Vec<f32> = dev.download(br, N).unwrap();
    let c: Vec<f64> = dev.download(bc, N).unwrap();
    for i in 0..N {
        let v = x2[i];
        assert_eq!(m[i].to_bits(), (v % 0.75).to_bits(), "fmod({v}, 0.75)");
        assert_eq!(r[i].to_bits(), v.round().to_bits(), "round({v})");
        assert_eq!(c[i], 2.5f64.copysign(f64::from(v)), "copysign(2.5, {v})");
    }
}

#[test]
fn no_int64_index_idioms_and_mul_hi() {
    // `in[i + 1]` and `in[i - 3]` with 64-bit `size_t` math become `(i << 32) + (1 << 32)`
    // then `ashr` in LLVM; `mul_hi` and the 64-bit product shifted right are `UMUL_HI`.
    let src = "__kernel void k(__global const uint *in, __global uint *out, uint n) {
                   size_t i = get_global_id(0);
                   if (i + 1 >= n || i < 3) return;
                   int j = (int)i;
                   uint a = in[j + 1], b = in[j - 3];
                   out[4 * i] = a + b;
                   out[4 * i + 1] = mul_hi(a, b);
                   out[4 * i + 2] = (uint)(((ulong)a * (ulong)b) >> 35);
                   out[4 * i + 3] = (uint)mul_hi((int)a, (int)b);
               }";
    for profile in ["modern", "trillium2019", "modern+no-int64"] {
        let mut dev = device(src, profile);
        let input: Vec<u32> = (0..N as u32)
            .map(|k| k.wrapping_mul(0x9E37_79B9) ^ (k << 7))
            .collect();
        let bi = dev.upload(&input).unwrap();
        let bo = dev.upload(&vec![0u32; 4 * N]).unwrap();
        dev.launch(
            "k",
            &[Arg::Buffer(bi), Arg::Buffer(bo), Arg::u32(N as u32)],
            &Range::d1(N, 64),
        )
        .unwrap();
        let out: Vec<u32> = dev.download(bo, 4 * N).unwrap();
        for i in 0..N {
            let want = if i + 1 >= N || i < 3 {
                [0; 4]
            } else {
                let (a, b) = (input[i + 1], input[i - 3]);
                let p = u64::from(a) * u64::from(b);
                let sp = i64::from(a as i32) * i64::from(b as i32);
                [
                    a.wrapping_add(b),
                    (p >> 32) as u32,
                    (p >> 35) as u32,
                    (sp >> 32) as u32,
                ]
            };
            assert_eq!(out[4 * i..4 * i + 4], want, "{profile}: element {i}");
        }
    }
}

#[test]
fn sin_of_large_arguments() {
    // Large arguments take libdevice's Payne–Hanek reduction (64-bit products of 32-bit
    // words), which the 2019 profile must lower exactly without 64-bit integers. (With
    // `fma-as-mad` the reduction's `fma`s round twice on the interpreter, whose `MAD` is
    // unfused: sin(24438.672) comes out 8e-4 off — what that switch models.)
    let src = "__kernel void k(__global const float *x, __global float *s) {
                   size_t i = get_global_id(0);
                   s[i] = sin(x[i]);
               }";
    let x: Vec<f32> = inputs(N, 1.0e4, 1.0e7).iter().map(|v| *v as f32).collect();
    for profile in ["modern", "trillium2019-no-fma-as-mad"] {
        let mut dev = device(src, profile);
        let bx = dev.upload(&x).unwrap();
        let bs = dev.alloc_n::<f32>(N).unwrap();
        dev.launch("k", &[Arg::Buffer(bx), Arg::Buffer(bs)], &Range::d1(N, 64))
            .unwrap();
        let s: Vec<f32> = dev.download(bs, N).unwrap();
        for i in 0..N {
            let want = f64::from(x[i]).sin();
            assert!(
                (f64::from(s[i]) - want).abs() < 1e-5,
                "{profile}: sin({}) = {} not {want}",
                x[i],
                s[i]
            );
        }
    }
}

/// Distance in float ulps at `want`'s magnitude.
fn ulps(got: f32, want: f64) -> f64 {
    let w = want as f32;
    let ulp = (f32::from_bits(w.abs().to_bits() + 1) - w.abs()) as f64;
    (got as f64 - want).abs() / ulp.max(f32::MIN_POSITIVE as f64)
}

/// `tgsi` takes these float builtins from libdevice (`libclc-math` off): their code — the
/// trigonometric argument reduction's inline multiply-add, the rounding intrinsics, the
/// approximate reciprocal — runs on the interpreter within 4 ulps of Rust's double result,
/// large arguments of `sin`/`cos`/`tan` included. Under `libclc-math` the same kernel is
/// libclc's code, checked alike.
#[test]
fn libdevice_float_math_on_the_interpreter() {
    type F1 = fn(f64) -> f64;
    type F2 = fn(f64, f64) -> f64;
    let unary: &[(&str, F1, f64, f64)] = &[
        ("sin", f64::sin, -10.0, 10.0),
        ("cos", f64::cos, -10.0, 10.0),
        ("tan", f64::tan, -1.5, 1.5),
        ("sin", f64::sin, 1e3, 1e30),
        ("cos", f64::cos, -1e30, -1e3),
        ("tan", f64::tan, 1e4, 1e20),
        ("asin", f64::asin, -0.999, 0.999),
        ("acos", f64::acos, -0.999, 0.999),
        ("atan", f64::atan, -50.0, 50.0),
        ("tanh", f64::tanh, -12.0, 12.0),
        ("exp2", f64::exp2, -20.0, 20.0),
        ("expm1", f64::exp_m1, -5.0, 5.0),
        ("log", f64::ln, 1e-3, 1e6),
        ("log2", f64::log2, 1e-3, 1e6),
        ("log10", f64::log10, 1e-3, 1e6),
        ("cbrt", f64::cbrt, -1e3, 1e3),
    ];
    type Span = (f64, f64);
    let binary: &[(&str, F2, Span, Span)] = &[
        ("pow", f64::powf, (0.1, 10.0), (-3.0, 3.0)),
        ("atan2", f64::atan2, (-5.0, 5.0), (-4.0, 6.0)),
        ("hypot", f64::hypot, (-50.0, 50.0), (0.5, 30.0)),
    ];
    for profile in ["modern", "modern+libclc-math"] {
        let mut failures = Vec::new();
        for &(name, f, lo, hi) in unary {
            let src = format!(
                "__kernel void k(__global const float *x, __global float *y) {{
                     size_t i = get_global_id(0);
                     y[i] = {name}(x[i]);
                 }}"
            );
            let mut dev = device(&src, profile);
            let x: Vec<f32> = inputs(N, lo, hi).iter().map(|&v| v as f32).collect();
            let bx = dev.upload(&x).unwrap();
            let by = dev.alloc_n::<f32>(N).unwrap();
            dev.launch("k", &[Arg::Buffer(bx), Arg::Buffer(by)], &Range::d1(N, 64))
                .unwrap();
            let y: Vec<f32> = dev.download(by, N).unwrap();
            for i in 0..N {
                let want = f(x[i] as f64);
                if ulps(y[i], want) > 4.0 {
                    failures.push(format!("{name}({}) = {} not {want}", x[i], y[i]));
                }
            }
        }
        for &(name, f, (alo, ahi), (blo, bhi)) in binary {
            let src = format!(
                "__kernel void k(__global const float *a, __global const float *b,
                                 __global float *y) {{
                     size_t i = get_global_id(0);
                     y[i] = {name}(a[i], b[i]);
                 }}"
            );
            let mut dev = device(&src, profile);
            let a: Vec<f32> = inputs(N, alo, ahi).iter().map(|&v| v as f32).collect();
            let mut b: Vec<f32> = inputs(N, blo, bhi).iter().map(|&v| v as f32).collect();
            b.reverse();
            let ba = dev.upload(&a).unwrap();
            let bb = dev.upload(&b).unwrap();
            let by = dev.alloc_n::<f32>(N).unwrap();
            dev.launch(
                "k",
                &[Arg::Buffer(ba), Arg::Buffer(bb), Arg::Buffer(by)],
                &Range::d1(N, 64),
            )
            .unwrap();
            let y: Vec<f32> = dev.download(by, N).unwrap();
            for i in 0..N {
                let want = f(a[i] as f64, b[i] as f64);
                if ulps(y[i], want) > 4.0 {
                    failures.push(format!("{name}({}, {}) = {} not {want}", a[i], b[i], y[i]));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{profile}: {} wrong, first: {:?}",
            failures.len(),
            &failures[..failures.len().min(8)]
        );
    }
}

/// Every math builtin the libdevice choice covers (`ir_llvm::math::TABLE`), float and double,
/// compiles along `tgsi` and its PTX assembles: those TGSI can carry from libdevice, the
/// rest (`LIBDEVICE_MATH_NOT_IN_TGSI`) from libclc. A libdevice update that brings a new
/// construct into one of the taken functions shows here.
#[test]
fn every_libdevice_math_builtin_compiles_along_tgsi() {
    let mut failures = Vec::new();
    for &(name, arity) in ir_llvm::math::TABLE {
        for ty in ["float", "double"] {
            let args = if arity == 1 { "x[i]" } else { "x[i], x[i + 1]" };
            let src = format!(
                "#pragma OPENCL EXTENSION cl_khr_fp64 : enable
                 __kernel void k(__global const {ty} *x, __global {ty} *y) {{
                     size_t i = get_global_id(0);
                     y[i] = {name}({args});
                 }}"
            );
            let options = BuildOptions::default();
            let req = CompileRequest {
                file_name: "math.cl",
                source: &src,
                options: &options,
                target: Target::default(),
            };
            let path = backend_llvm_tgsi::TgsiPath::modern();
            match visabench_core::Path::compile(&path, &req) {
                Ok(c) => {
                    if let Err(e) = test_support::ptxas_accepts(&c.artifact) {
                        failures.push(format!("{name}({ty}): ptxas: {e}"));
                    }
                }
                Err(e) => failures.push(format!("{name}({ty}): {e}")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
