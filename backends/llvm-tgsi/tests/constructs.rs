//! Constructs real OpenCL code uses that TGSI has no instruction for, run on the interpreter
//! ([`TgsiDevice`]) under both profiles and checked against Rust, and their PTX checked by
//! `ptxas`: struct copies between address spaces (`llvm.memcpy`), large helpers LLVM would not
//! inline, by-value structs indexed at run time, `memset` of private arrays; recursion stays a
//! refusal naming the call.

use backend_llvm_tgsi::{lower_program, Profile, TgsiPath};
use kernels::{Arg, Device, DeviceExt, Range};
use tgsi_device::TgsiDevice;
use visabench_core::{BuildOptions, CompileRequest, Path, PathError, Target};

const PROFILES: [&str; 2] = ["modern", "trillium2019"];

fn request<'a>(source: &'a str, options: &'a BuildOptions) -> CompileRequest<'a> {
    CompileRequest {
        file_name: "constructs.cl",
        source,
        options,
        target: Target::default(),
    }
}

fn device(source: &str, profile: &str) -> TgsiDevice {
    let options = BuildOptions::default();
    let profile = Profile::parse(profile).expect("profile");
    let lowered = lower_program(&request(source, &options), &profile, "tgsi")
        .unwrap_or_else(|e| panic!("{e}"));
    TgsiDevice::new(&lowered.kernels)
}

/// The program's PTX along both TGSI paths, accepted by `ptxas` when it is installed.
fn ptx_compiles(source: &str) {
    let options = BuildOptions::default();
    for path in [TgsiPath::modern(), TgsiPath::trillium2019()] {
        let c = path
            .compile(&request(source, &options))
            .unwrap_or_else(|e| panic!("{}: {e}", path.name()));
        let Ok(ptxas) = visabench_core::tools::ptxas() else {
            eprintln!("no ptxas: PTX not checked");
            return;
        };
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("k.ptx");
        std::fs::write(&f, &c.artifact).unwrap();
        let o = std::process::Command::new(ptxas)
            .args(["-arch=sm_90", "-o"])
            .arg(d.path().join("k.cubin"))
            .arg(&f)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{}: ptxas: {}",
            path.name(),
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

const STRUCT_COPY: &str = "
typedef struct { float a[6]; int b; } S;
__kernel void copy_struct(__global const S *in, __global float *out) {
  __local S tile[4];
  int l = get_local_id(0);
  tile[l] = in[get_global_id(0)];
  barrier(CLK_LOCAL_MEM_FENCE);
  S s = tile[(l + 1) & 3];
  out[get_global_id(0)] = s.a[2] + s.a[5] + (float)s.b;
}";

#[test]
fn struct_copies_between_global_local_and_private_memory() {
    ptx_compiles(STRUCT_COPY);
    const N: usize = 16;
    // S is 6 floats and an int: 28 bytes, no padding.
    let mut bytes = Vec::new();
    for i in 0..N {
        for k in 0..6 {
            bytes.extend_from_slice(&((i * 10 + k) as f32).to_le_bytes());
        }
        bytes.extend_from_slice(&((i as i32) * 3 - 7).to_le_bytes());
    }
    for profile in PROFILES {
        let mut dev = device(STRUCT_COPY, profile);
        let bin = dev.upload(&bytes).unwrap();
        let bout = dev.alloc_n::<f32>(N).unwrap();
        dev.launch(
            "copy_struct",
            &[Arg::Buffer(bin), Arg::Buffer(bout)],
            &Range::d1(N, 4),
        )
        .unwrap();
        let out: Vec<f32> = dev.download(bout, N).unwrap();
        for (i, got) in out.iter().enumerate() {
            let j = (i & !3) | ((i + 1) & 3);
            let want = (j * 10 + 2) as f32 + (j * 10 + 5) as f32 + ((j as i32) * 3 - 7) as f32;
            assert_eq!(*got, want, "{profile}: out[{i}]");
        }
    }
}

const BIG_HELPERS: &str = "
float big(float x, int n) {
  float acc = 0.0f;
  #pragma unroll 1
  for (int i = 0; i < n; i++) { acc += x * i + 1.0f; if (acc > 100.0f) acc -= 50.0f; }
  #pragma unroll 1
  for (int i = 0; i < n; i++) { acc = acc * 0.5f + (float)(i * i); if (acc > 70.0f) acc -= 7.0f; }
  #pragma unroll 1
  for (int i = 0; i < n; i++) { acc = fma(acc, 0.25f, x - i); }
  return acc;
}
__attribute__((noinline)) float helper(float x) { return big(x, 3) + big(x + 1.0f, 4) + big(x + 2.0f, 5); }
__kernel void k(__global float *a) {
  size_t i = get_global_id(0);
  a[i] = helper(a[i]) + helper(a[i] * 2.0f);
}";

fn big(x: f32, n: i32) -> f32 {
    let mut acc = 0.0f32;
    for i in 0..n {
        acc += x * i as f32 + 1.0;
        if acc > 100.0 {
            acc -= 50.0;
        }
    }
    for i in 0..n {
        acc = acc * 0.5 + (i * i) as f32;
        if acc > 70.0 {
            acc -= 7.0;
        }
    }
    for i in 0..n {
        acc = acc.mul_add(0.25, x - i as f32);
    }
    acc
}

#[test]
fn helpers_llvm_keeps_out_of_line_are_inlined() {
    ptx_compiles(BIG_HELPERS);
    const N: usize = 32;
    let x: Vec<f32> = (0..N).map(|i| i as f32 * 0.75 - 9.0).collect();
    let helper = |v: f32| big(v, 3) + big(v + 1.0, 4) + big(v + 2.0, 5);
    for profile in PROFILES {
        let mut dev = device(BIG_HELPERS, profile);
        let b = dev.upload(&x).unwrap();
        dev.launch("k", &[Arg::Buffer(b)], &Range::d1(N, 8))
            .unwrap();
        let out: Vec<f32> = dev.download(b, N).unwrap();
        for i in 0..N {
            let want = helper(x[i]) + helper(x[i] * 2.0);
            // `fma-as-mad` (2019) may round the fused products twice.
            let tol = if profile == "modern" { 1e-5 } else { 1e-3 };
            assert!(
                (out[i] - want).abs() <= tol * want.abs().max(1.0),
                "{profile}: a[{i}] = {} not {want}",
                out[i]
            );
        }
    }
}

const BY_VALUE: &str = "
typedef struct { int v[8]; float w[4]; } Table;
__kernel void lookup(__global int *out, Table t) {
  size_t i = get_global_id(0);
  int scratch[16];
  for (int k = 0; k < 16; k++) scratch[k] = 0;
  scratch[i & 15] = t.v[i & 7];
  out[i] = scratch[i & 15] + (int)t.w[i & 3];
}";

#[test]
fn by_value_structs_indexed_at_run_time_and_private_memsets() {
    ptx_compiles(BY_VALUE);
    const N: usize = 24;
    let v: [i32; 8] = [5, -3, 11, 0, 7, 100, -42, 9];
    let w: [f32; 4] = [1.5, -2.0, 30.25, 4.0];
    let mut table = Vec::new();
    for x in v {
        table.extend_from_slice(&x.to_le_bytes());
    }
    for x in w {
        table.extend_from_slice(&x.to_le_bytes());
    }
    for profile in PROFILES {
        let mut dev = device(BY_VALUE, profile);
        let b = dev.alloc_n::<i32>(N).unwrap();
        dev.launch(
            "lookup",
            &[Arg::Buffer(b), Arg::Value(table.clone())],
            &Range::d1(N, 8),
        )
        .unwrap();
        let out: Vec<i32> = dev.download(b, N).unwrap();
        for (i, got) in out.iter().enumerate() {
            assert_eq!(*got, v[i & 7] + w[i & 3] as i32, "{profile}: out[{i}]");
        }
    }
}

#[test]
fn recursion_stays_a_named_refusal() {
    let src = "int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
               __kernel void k(__global int *a) { a[get_global_id(0)] = fib(a[get_global_id(0)]); }";
    let options = BuildOptions::default();
    match TgsiPath::modern().compile(&request(src, &options)) {
        Err(PathError::Unsupported {
            construct,
            location,
            ..
        }) => {
            assert!(construct.contains("call to `fib`"), "{construct}");
            assert!(construct.contains("recursion"), "{construct}");
            assert!(location.is_some_and(|l| l.contains("constructs.cl:")));
        }
        other => panic!("expected Unsupported, got {other:?}"),
    }
}

/// The front half is the `llvm` path's (`ir_llvm::prepare`): `-cl-denorms-are-zero` sets
/// libdevice's flush-to-zero reflection, and `reqd_work_group_size` annotates the kernel.
#[test]
fn the_front_half_is_shared_with_the_llvm_path() {
    let src = "__attribute__((reqd_work_group_size(64, 1, 1)))
               __kernel void k(__global float *a) { a[get_global_id(0)] = tanh(a[get_global_id(0)]); }";
    let llvm_stage = |opts: &str| {
        let options = BuildOptions::parse(opts).unwrap();
        let c = TgsiPath::modern()
            .compile(&request(src, &options))
            .unwrap_or_else(|e| panic!("{e}"));
        c.stage("llvm").expect("llvm stage").text.clone()
    };
    let plain = llvm_stage("");
    let ftz = llvm_stage("-cl-denorms-are-zero");
    assert!(plain.contains("!\"nvvm-reflect-ftz\", i32 0"), "{plain}");
    assert!(ftz.contains("!\"nvvm-reflect-ftz\", i32 1"), "{ftz}");
    assert!(plain.contains("\"nvvm.reqntid\"=\"64,1,1\""), "{plain}");
}

/// A `double4` access aligned to 32 bytes is two `.xyzw` accesses of two doubles each (one
/// `ld/st.v4.b32` apiece in PTX), and the values come out right on the interpreter.
#[test]
fn double4_moves_two_doubles_per_access() {
    let source = "#pragma OPENCL EXTENSION cl_khr_fp64 : enable
        __kernel void k(__global const double4 *a, __global double4 *b) {
            size_t i = get_global_id(0);
            b[i] = a[i] * 2.0 + (double4)(1.0, 2.0, 3.0, 4.0);
        }";
    let options = BuildOptions::default();
    let ptx = TgsiPath::modern()
        .compile(&request(source, &options))
        .unwrap_or_else(|e| panic!("{e}"))
        .artifact;
    assert_eq!(ptx.matches("ld.global.v4.b32").count(), 2, "{ptx}");
    assert_eq!(ptx.matches("st.global.v4.b32").count(), 2, "{ptx}");
    let mut dev = device(source, "modern");
    let n = 64;
    let a: Vec<f64> = (0..4 * n).map(|v| v as f64 * 0.5 - 7.25).collect();
    let ba = dev.upload(&a).unwrap();
    let bb = dev.alloc_n::<f64>(4 * n).unwrap();
    dev.launch("k", &[Arg::Buffer(ba), Arg::Buffer(bb)], &Range::d1(n, 32))
        .unwrap();
    let b: Vec<f64> = dev.download(bb, 4 * n).unwrap();
    for (j, (x, y)) in a.iter().zip(&b).enumerate() {
        assert_eq!(*y, x * 2.0 + (j % 4 + 1) as f64, "element {j}");
    }
}
