//! `vadd`: the simplest streaming kernel, c = a + b.

use crate::device::{Arg, Device, DeviceError, DeviceExt, Range};
use crate::inputs;
use crate::workload::{Data, Feature, Instance, Output, Size, Tolerance, Workload};

pub struct Vadd;

const LOCAL: usize = 256;

fn n_for(size: Size) -> usize {
    match size {
        Size::Tiny => 1000,
        Size::Paper => 1 << 24,
        Size::Large => 1 << 28,
    }
}

impl Workload for Vadd {
    fn name(&self) -> &'static str {
        "vadd"
    }
    fn description(&self) -> &'static str {
        "vector addition c = a + b (streaming, memory bound)"
    }
    fn source(&self) -> (&'static str, &'static str) {
        ("vadd.cl", include_str!("../../cl/vadd.cl"))
    }
    fn kernels(&self) -> &'static [&'static str] {
        &["vadd"]
    }
    fn features(&self) -> &'static [Feature] {
        &[Feature::EarlyReturn]
    }
    fn tolerance(&self) -> Tolerance {
        Tolerance::Exact
    }
    fn size_label(&self, size: Size) -> String {
        format!("n = {}", n_for(size))
    }
    fn prepare(&self, size: Size, seed: u64) -> Box<dyn Instance> {
        let n = n_for(size);
        let mut r = inputs::rng(seed);
        Box::new(VaddInstance {
            a: inputs::f32s(&mut r, n, -1.0, 1.0),
            b: inputs::f32s(&mut r, n, -1.0, 1.0),
        })
    }
}

struct VaddInstance {
    a: Vec<f32>,
    b: Vec<f32>,
}

impl Instance for VaddInstance {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.a.len();
        let a = dev.upload(&self.a)?;
        let b = dev.upload(&self.b)?;
        let c = dev.alloc_n::<f32>(n)?;
        let global = n.div_ceil(LOCAL) * LOCAL;
        dev.launch(
            "vadd",
            &[
                Arg::Buffer(a),
                Arg::Buffer(b),
                Arg::Buffer(c),
                Arg::u32(n as u32),
            ],
            &Range::d1(global, LOCAL),
        )?;
        Ok(vec![Output::new("c", Data::F32(dev.download(c, n)?))])
    }
    fn reference(&self) -> Vec<Output> {
        let c = self.a.iter().zip(&self.b).map(|(x, y)| x + y).collect();
        vec![Output::new("c", Data::F32(c))]
    }
}
