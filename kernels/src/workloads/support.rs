//! Small helpers shared by the workloads' host code and CPU references.

use crate::device::{Arg, BufferId, Device, DeviceError, DeviceExt, Pod, Range};
use crate::workload::{Data, Instance, Output};

/// `n` rounded up to a multiple of `m`.
pub fn round_up(n: usize, m: usize) -> usize {
    n.div_ceil(m) * m
}

/// A 1-D NDRange of work-groups of `local` that covers `n` work-items.
pub fn cover(n: usize, local: usize) -> Range {
    Range::d1(round_up(n, local), local)
}

/// A 2-D NDRange of `bs × bs` work-groups that covers an `n × n` grid.
pub fn cover_square(n: usize, bs: usize) -> Range {
    let g = round_up(n, bs);
    Range::d2([g, g], [bs, bs])
}

/// Kernel arguments: one buffer argument for each of `buffers`, then `rest`.
pub fn args(buffers: &[BufferId], rest: &[Arg]) -> Vec<Arg> {
    let mut v: Vec<Arg> = buffers.iter().map(|b| Arg::Buffer(*b)).collect();
    v.extend_from_slice(rest);
    v
}

/// The bytes of a slice of plain data (for [`map_kernel`]'s inputs).
pub fn bytes<T: Pod>(data: &[T]) -> &[u8] {
    T::as_bytes(data)
}

/// The launch of a kernel that maps input arrays to output arrays: uploads each of `inputs`,
/// allocates one buffer of `len` values of `T` for each length of `outputs`, launches `kernel`
/// over `range` with the input buffers, then the output buffers, then `scalars` as its
/// arguments, and downloads the outputs.
pub fn map_kernel<T: Pod, const N: usize>(
    dev: &mut dyn Device,
    kernel: &str,
    inputs: &[&[u8]],
    outputs: [usize; N],
    scalars: &[Arg],
    range: &Range,
) -> Result<[Vec<T>; N], DeviceError> {
    let mut buffers = Vec::with_capacity(inputs.len() + N);
    for data in inputs {
        buffers.push(dev.upload::<u8>(data)?);
    }
    let mut bufs = [BufferId(0); N];
    for (buf, len) in bufs.iter_mut().zip(outputs) {
        *buf = dev.alloc_n::<T>(len)?;
        buffers.push(*buf);
    }
    dev.launch(kernel, &args(&buffers, scalars), range)?;
    let mut out = outputs.map(|_| Vec::new());
    for ((o, buf), len) in out.iter_mut().zip(bufs).zip(outputs) {
        *o = dev.download(buf, len)?;
    }
    Ok(out)
}

/// An instance of an element-wise kernel over two float arrays: `kernel(a, b, out, uint n)`
/// on a 1-D range of work-groups of `local`; the CPU reference computes each element with `f`.
/// The output is called `output`.
#[derive(Debug)]
pub struct ZipF32 {
    pub kernel: &'static str,
    pub output: &'static str,
    pub local: usize,
    pub a: Vec<f32>,
    pub b: Vec<f32>,
    pub f: fn(f32, f32) -> f32,
}

impl Instance for ZipF32 {
    fn run(&self, dev: &mut dyn Device) -> Result<Vec<Output>, DeviceError> {
        let n = self.a.len();
        let inputs = [bytes(&self.a), bytes(&self.b)];
        let range = cover(n, self.local);
        let [out] = map_kernel(
            dev,
            self.kernel,
            &inputs,
            [n],
            &[Arg::u32(n as u32)],
            &range,
        )?;
        Ok(vec![Output::new(self.output, Data::F32(out))])
    }
    fn reference(&self) -> Vec<Output> {
        let out = self.a.iter().zip(&self.b).map(|(x, y)| (self.f)(*x, *y));
        vec![Output::new(self.output, Data::F32(out.collect()))]
    }
}

/// The logistic function, as the host code of `backprop` computes it.
pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Indices of the `k` smallest values, ascending by value then index (NaNs last).
pub fn smallest_k(values: &[f32], k: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..values.len()).collect();
    let key = |i: &usize| (values[*i].is_nan(), values[*i]);
    let k = k.min(values.len());
    if k == 0 {
        return vec![];
    }
    idx.select_nth_unstable_by(k - 1, |a, b| {
        let (na, va) = key(a);
        let (nb, vb) = key(b);
        na.cmp(&nb).then(va.total_cmp(&vb)).then(a.cmp(b))
    });
    idx.truncate(k);
    idx.sort_by(|a, b| values[*a].total_cmp(&values[*b]).then(a.cmp(b)));
    idx
}

/// Little-endian bytes of a `#[repr(C)]`-style record, built field by field with explicit
/// padding so that the layout matches OpenCL C's.
#[derive(Debug, Default)]
pub struct CStruct {
    bytes: Vec<u8>,
}

impl CStruct {
    /// An empty record.
    pub fn new() -> CStruct {
        CStruct::default()
    }
    /// Pads with zero bytes to a multiple of `align`.
    pub fn align(mut self, align: usize) -> CStruct {
        while self.bytes.len() % align != 0 {
            self.bytes.push(0);
        }
        self
    }
    /// Appends a `uint`.
    pub fn u32(self, v: u32) -> CStruct {
        self.align(4).raw(&v.to_le_bytes())
    }
    /// Appends a `float`.
    pub fn f32(self, v: f32) -> CStruct {
        self.align(4).raw(&v.to_le_bytes())
    }
    /// Appends a `ulong`.
    pub fn u64(self, v: u64) -> CStruct {
        self.align(8).raw(&v.to_le_bytes())
    }
    /// Appends a `float4`.
    pub fn f32x4(self, v: [f32; 4]) -> CStruct {
        let mut s = self.align(16);
        for x in v {
            s = s.raw(&x.to_le_bytes());
        }
        s
    }
    fn raw(mut self, b: &[u8]) -> CStruct {
        self.bytes.extend_from_slice(b);
        self
    }
    /// The record's bytes, padded to a multiple of its alignment `align`.
    pub fn finish(self, align: usize) -> Vec<u8> {
        self.align(align).bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smallest_k_orders_by_value_then_index() {
        let v = [3.0, 1.0, 2.0, 1.0, 0.5];
        assert_eq!(smallest_k(&v, 3), vec![4, 1, 3]);
        assert_eq!(smallest_k(&v, 10).len(), 5);
    }

    #[test]
    fn cstruct_pads_like_c() {
        let b = CStruct::new()
            .u32(1)
            .u64(2)
            .f32(3.0)
            .f32x4([0.0; 4])
            .finish(16);
        assert_eq!(b.len(), 48);
        assert_eq!(&b[8..16], &2u64.to_le_bytes());
        assert_eq!(&b[16..20], &3.0f32.to_le_bytes());
    }
}
