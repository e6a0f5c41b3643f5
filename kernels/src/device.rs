//! The device a workload's host code drives.
//!
//! A workload's launch sequence is ordinary Rust code written against [`Device`]: it allocates
//! buffers, uploads inputs, launches kernels (in host loops if it needs to, reading buffers
//! back to decide), and downloads outputs. The harness implements [`Device`] on an OpenCL
//! runtime (timing every launch); the TGSI interpreter implements it on the CPU. So one
//! description of the host program serves every path and every executor.

use thiserror::Error;
use visabench_core::{AddressSpace, ArgKind, KernelSignature};

/// A buffer allocated on a [`Device`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BufferId(pub u32);

/// One kernel argument, positional.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A `__global` or `__constant` pointer argument.
    Buffer(BufferId),
    /// A `__local` pointer argument: the size of the local allocation in bytes.
    Local(usize),
    /// Anything passed by value (scalar, vector, struct): its bytes, little-endian, with the
    /// struct's padding; the length must equal the argument's size.
    Value(Vec<u8>),
}

/// `Arg::u32(v)` and the like: a scalar passed by value, little-endian.
macro_rules! scalar_args {
    ($($t:ident),*) => {$(
        #[doc = concat!("A `", stringify!($t), "` passed by value.")]
        pub fn $t(v: $t) -> Arg {
            Arg::Value(v.to_le_bytes().to_vec())
        }
    )*};
}

impl Arg {
    scalar_args!(u32, i32, u64, i64, f32, f64);
    /// `__local` memory for `n` elements of `T`.
    pub fn local<T>(n: usize) -> Arg {
        Arg::Local(n * std::mem::size_of::<T>())
    }
}

/// An NDRange: global size, optional work-group size (1 to 3 dimensions).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Range {
    pub global: Vec<usize>,
    pub local: Option<Vec<usize>>,
}

impl Range {
    pub fn d1(global: usize, local: usize) -> Range {
        Range {
            global: vec![global],
            local: Some(vec![local]),
        }
    }
    pub fn d2(global: [usize; 2], local: [usize; 2]) -> Range {
        Range {
            global: global.to_vec(),
            local: Some(local.to_vec()),
        }
    }
}

/// Errors a device reports. They abort the workload's run on this device; the harness
/// records them for the (workload, path) and goes on.
#[derive(Debug, Error)]
pub enum DeviceError {
    #[error("kernel `{0}` is not in the program")]
    NoSuchKernel(String),
    #[error("kernel `{kernel}`, argument {index} (`{name}`): {message}")]
    BadArgument {
        kernel: String,
        index: usize,
        name: String,
        message: String,
    },
    #[error("launch of `{kernel}` failed: {message}")]
    Launch { kernel: String, message: String },
    #[error("buffer {op} failed: {message}")]
    Transfer { op: &'static str, message: String },
    #[error("{0}")]
    Other(String),
}

/// What a workload's host code can do with a device.
pub trait Device {
    /// Allocates a buffer of `bytes` bytes (contents undefined).
    fn alloc(&mut self, bytes: usize) -> Result<BufferId, DeviceError>;
    /// Copies `data` into the start of `buf`.
    fn write(&mut self, buf: BufferId, data: &[u8]) -> Result<(), DeviceError>;
    /// Copies the start of `buf` into `out`.
    fn read(&mut self, buf: BufferId, out: &mut [u8]) -> Result<(), DeviceError>;
    /// Launches `kernel` with `args` over `range`. May return before the kernel finishes;
    /// `read` waits for all launches before it.
    fn launch(&mut self, kernel: &str, args: &[Arg], range: &Range) -> Result<(), DeviceError>;
}

/// Typed helpers over [`Device`].
pub trait DeviceExt: Device {
    /// Allocates a buffer and uploads `data` into it.
    fn upload<T: Pod>(&mut self, data: &[T]) -> Result<BufferId, DeviceError> {
        let bytes = T::as_bytes(data);
        let b = self.alloc(bytes.len().max(1))?;
        self.write(b, bytes)?;
        Ok(b)
    }
    /// Allocates room for `n` values of `T`.
    fn alloc_n<T: Pod>(&mut self, n: usize) -> Result<BufferId, DeviceError> {
        self.alloc((n * std::mem::size_of::<T>()).max(1))
    }
    /// Reads `n` values of `T` from the start of `buf`.
    fn download<T: Pod>(&mut self, buf: BufferId, n: usize) -> Result<Vec<T>, DeviceError> {
        let mut v = vec![T::zeroed(); n];
        self.read(buf, T::as_bytes_mut(&mut v))?;
        Ok(v)
    }
    /// Overwrites the start of `buf` with `data`.
    fn write_slice<T: Pod>(&mut self, buf: BufferId, data: &[T]) -> Result<(), DeviceError> {
        self.write(buf, T::as_bytes(data))
    }
}

impl<D: Device + ?Sized> DeviceExt for D {}

/// Plain old data that can be viewed as bytes.
///
/// # Safety
/// Implementors must have no padding and accept every bit pattern.
pub unsafe trait Pod: Copy + 'static {
    fn zeroed() -> Self;
    fn as_bytes(s: &[Self]) -> &[u8] {
        // SAFETY: Pod types have no padding; any initialized value is valid bytes.
        unsafe { std::slice::from_raw_parts(s.as_ptr().cast::<u8>(), std::mem::size_of_val(s)) }
    }
    fn as_bytes_mut(s: &mut [Self]) -> &mut [u8] {
        // SAFETY: Pod types accept every bit pattern.
        unsafe {
            std::slice::from_raw_parts_mut(s.as_mut_ptr().cast::<u8>(), std::mem::size_of_val(s))
        }
    }
}

macro_rules! pod {
    ($($t:ty),*) => {$(
        // SAFETY: primitive numeric types and arrays of them have no padding.
        unsafe impl Pod for $t { fn zeroed() -> Self { 0 as $t } }
    )*};
}
pod!(u8, i8, u16, i16, u32, i32, u64, i64, f32, f64);

// SAFETY: arrays of Pod have no padding between elements.
unsafe impl<T: Pod, const N: usize> Pod for [T; N] {
    fn zeroed() -> Self {
        [T::zeroed(); N]
    }
}

/// Checks a launch's arguments against the kernel's signature (from the frontend): a buffer for
/// each `__global`/`__constant` pointer, a size for each `__local` pointer, and exactly the
/// argument's size in bytes for everything passed by value. Every [`Device`] that knows the
/// signatures calls this before launching.
pub fn check_args(kernel: &str, sig: &KernelSignature, args: &[Arg]) -> Result<(), DeviceError> {
    if sig.args.len() != args.len() {
        return Err(DeviceError::BadArgument {
            kernel: kernel.to_string(),
            index: args.len().min(sig.args.len()),
            name: sig
                .args
                .get(args.len())
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            message: format!(
                "kernel takes {} arguments, {} given",
                sig.args.len(),
                args.len()
            ),
        });
    }
    for (i, (arg, p)) in args.iter().zip(&sig.args).enumerate() {
        let bad = |message: String| DeviceError::BadArgument {
            kernel: kernel.to_string(),
            index: i,
            name: p.name.clone(),
            message,
        };
        match (arg, &p.kind) {
            (
                Arg::Buffer(_),
                ArgKind::Pointer {
                    space: AddressSpace::Global | AddressSpace::Constant,
                    ..
                },
            )
            | (
                Arg::Local(_),
                ArgKind::Pointer {
                    space: AddressSpace::Local,
                    ..
                },
            ) => {}
            (Arg::Value(bytes), ArgKind::ByValue { size, .. }) => {
                if bytes.len() != *size as usize {
                    return Err(bad(format!(
                        "{} bytes given for `{}`, which is {size} bytes",
                        bytes.len(),
                        p.type_name
                    )));
                }
            }
            (arg, kind) => {
                let given = match arg {
                    Arg::Buffer(_) => "a buffer",
                    Arg::Local(_) => "a `__local` size",
                    Arg::Value(_) => "a value",
                };
                let wants = match kind {
                    ArgKind::Pointer { space, .. } => format!("a `{}` pointer", space.as_str()),
                    ArgKind::ByValue { size, .. } => format!("{size} bytes by value"),
                };
                return Err(bad(format!(
                    "{given} given for `{}`, which takes {wants}",
                    p.type_name
                )));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use visabench_core::KernelArg;

    fn sig() -> KernelSignature {
        let arg = |name: &str, kind| KernelArg {
            name: name.into(),
            type_name: "t".into(),
            qualifiers: vec![],
            kind,
        };
        KernelSignature {
            name: "k".into(),
            args: vec![
                arg(
                    "a",
                    ArgKind::Pointer {
                        space: AddressSpace::Global,
                        pointee: "float".into(),
                    },
                ),
                arg(
                    "l",
                    ArgKind::Pointer {
                        space: AddressSpace::Local,
                        pointee: "float".into(),
                    },
                ),
                arg(
                    "n",
                    ArgKind::ByValue {
                        size: 4,
                        align: 4,
                        is_struct: false,
                    },
                ),
            ],
            reqd_work_group_size: None,
        }
    }

    #[test]
    fn arguments_are_checked_against_the_signature() {
        let good = [Arg::Buffer(BufferId(0)), Arg::Local(64), Arg::u32(7)];
        assert!(check_args("k", &sig(), &good).is_ok());
        let wrong_size = [Arg::Buffer(BufferId(0)), Arg::Local(64), Arg::u64(7)];
        let e = check_args("k", &sig(), &wrong_size)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("argument 2 (`n`)") && e.contains("8 bytes given"),
            "{e}"
        );
        let swapped = [Arg::Local(64), Arg::Buffer(BufferId(0)), Arg::u32(7)];
        let e = check_args("k", &sig(), &swapped).unwrap_err().to_string();
        assert!(e.contains("a `__local` size given"), "{e}");
        let e = check_args("k", &sig(), &good[..2]).unwrap_err().to_string();
        assert!(e.contains("kernel takes 3 arguments, 2 given"), "{e}");
    }
}
