//! Workload lookup: the public registry ([`kernels::registry`]) plus, only when the
//! environment variable [`TEST_WORKLOADS_VAR`] is `1`, the harness's fault fixtures (a wrong
//! kernel, one that does not compile, one that crashes, one that hangs, one called with a bad
//! argument). The fixtures exist to test the harness's fault handling end to end through
//! worker processes; they are never listed otherwise.

use kernels::{
    Arg, Data, Device, DeviceError, DeviceExt, Feature, Instance, Output, Range, Size, Tolerance,
    Workload,
};

/// Set to `1` to make the fault fixtures visible.
pub const TEST_WORKLOADS_VAR: &str = "VISABENCH_TEST_WORKLOADS";

/// Every workload visible in this process.
pub fn all() -> Vec<&'static dyn Workload> {
    let mut v = kernels::registry();
    if std::env::var(TEST_WORKLOADS_VAR).is_ok_and(|s| s == "1") {
        v.extend(FIXTURES.iter().map(|f| f as &dyn Workload));
    }
    v
}

/// The fault fixtures, whether or not [`TEST_WORKLOADS_VAR`] is set (for tests that make
/// bundles in-process).
pub fn fixtures() -> Vec<&'static dyn Workload> {
    FIXTURES.iter().map(|f| f as &dyn Workload).collect()
}

/// Finds a visible workload by name.
pub fn find(name: &str) -> Option<&'static dyn Workload> {
    all().into_iter().find(|w| w.name() == name)
}

/// A fault fixture: `c = a + b` host code over a kernel that misbehaves in one way.
#[derive(Debug)]
pub struct Fixture {
    name: &'static str,
    description: &'static str,
    source: &'static str,
    /// Pass `n` as 8 bytes (the kernel takes a 4-byte `uint`).
    wide_n: bool,
}

static FIXTURES: [Fixture; 5] = [
    Fixture {
        name: "test-wrong",
        description: "fixture: adds one too many (verification must fail)",
        source: "__kernel void add(__global const float *a, __global const float *b,\n\
                 __global float *c, uint n) {\n\
                 uint i = get_global_id(0);\n\
                 if (i < n) c[i] = a[i] + b[i] + (i == 3 ? 1.0f : 0.0f);\n}\n",
        wide_n: false,
    },
    Fixture {
        name: "test-broken",
        description: "fixture: does not compile",
        source: "__kernel void add(__global const float *a, __global const float *b,\n\
                 __global float *c, uint n) {\n\
                 c[get_global_id(0)] = a[get_global_id(0)] + undeclared_variable;\n}\n",
        wide_n: false,
    },
    Fixture {
        name: "test-fault",
        description: "fixture: writes through a wild pointer (the worker crashes)",
        source: "__kernel void add(__global const float *a, __global const float *b,\n\
                 __global float *c, uint n) {\n\
                 uint i = get_global_id(0);\n\
                 volatile __global float *wild = c - (1ul << 40) + i * (1ul << 30);\n\
                 *wild = a[i] + b[i];\n}\n",
        wide_n: false,
    },
    Fixture {
        name: "test-hang",
        description: "fixture: never terminates (the time limit must end it)",
        source: "__kernel void add(__global const float *a, __global const float *b,\n\
                 __global float *c, uint n) {\n\
                 volatile __global float *p = c;\n\
                 while (n > 0u) { p[0] = p[0] + 1.0f; }\n}\n",
        wide_n: false,
    },
    Fixture {
        name: "test-badarg",
        description: "fixture: passes 8 bytes for a 4-byte `uint` (argument check must refuse)",
        source: "__kernel void add(__global const float *a, __global const float *b,\n\
                 __global float *c, uint n) {\n\
                 uint i = get_global_id(0);\n\
                 if (i < n) c[i] = a[i] + b[i];\n}\n",
        wide_n: true,
    },
];

const N: usize = 64;

impl Workload for Fixture {
    fn name(&self) -> &'static str {
        self.name
    }
    fn description(&self) -> &'static str {
        self.description
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("fixture.cl", self.source)
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["add"]
    }
    fn features(&self) -> &'static [Feature] {
        &[]
    }
    fn tolerance(&self) -> Tolerance {
        Tolerance::Exact
    }
    fn size_label(&self, _size: Size) -> String {
        format!("n = {N}")
    }
    fn prepare(&self, _size: Size, seed: u64) -> Box<dyn Instance> {
        let mut r = kernels::inputs::rng(seed);
        Box::new(FixtureInstance {
            a: kernels::inputs::f32s(&mut r, N, -1.0, 1.0),
            b: kernels::inputs::f32s(&mut r, N, -1.0, 1.0),
            wide_n: self.wide_n,
        })
    }
}

struct FixtureInstance {
    a: Vec<f32>,
    b: Vec<f32>,
    wide_n: bool,
}

impl Instance for FixtureInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let a = dev.upload(&self.a)?;
        let b = dev.upload(&self.b)?;
        let c = dev.alloc_n::<f32>(N)?;
        let n = if self.wide_n {
            Arg::u64(N as u64)
        } else {
            Arg::u32(N as u32)
        };
        dev.launch(
            "add",
            &[Arg::Buffer(a), Arg::Buffer(b), Arg::Buffer(c), n],
            &Range::d1(N, 16),
        )?;
        Ok(vec![Output::new("c", Data::F32(dev.download(c, N)?))])
    }
    fn reference(&self) -> Vec<Output> {
        let c = self.a.iter().zip(&self.b).map(|(x, y)| x + y).collect();
        vec![Output::new("c", Data::F32(c))]
    }
}
