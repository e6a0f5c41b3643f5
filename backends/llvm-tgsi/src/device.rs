//! [`TgsiDevice`]: a [`kernels::Device`] that runs a [`Lowered`] program's TGSI on the
//! interpreter ([`ir_tgsi::interp`]).
//!
//! Buffers are `Vec<u8>`s; a launch builds the `INPUT` block from the kernel's
//! [`InputLayout`] (a global/constant pointer slot holds [`interp::global_address`] of its
//! buffer, a `__local` pointer slot the offset of its dynamic allocation in `SHARED` memory
//! after the static `CS_SHARED_BYTES`, each aligned to 16, a value slot its bytes), binds
//! `BUFFER[k]` to the k-th pointer argument's buffer and runs the NDRange.

use crate::{Kernel, Lowered};
use ir_tgsi::abi::ArgClass;
use ir_tgsi::interp::{self, Env, Grid};
use ir_tgsi::program::Property;
use kernels::{Arg, BufferId, Device, DeviceError, Range};

/// Work-group size used when a launch gives none (or the whole range if it is smaller and
/// divides nothing better).
pub const DEFAULT_GROUP: usize = 64;

/// Alignment of each dynamic `__local` allocation in `SHARED` memory.
const LOCAL_ALIGN: u32 = 16;

/// A device that interprets a lowered program's TGSI on the CPU.
#[derive(Clone, Debug)]
pub struct TgsiDevice {
    kernels: Vec<Kernel>,
    buffers: Vec<Vec<u8>>,
    /// Launches run and instructions executed so far.
    pub launches: u64,
    pub instructions: u64,
}

impl TgsiDevice {
    /// A device for the kernels of `lowered`.
    pub fn new(lowered: &Lowered) -> TgsiDevice {
        TgsiDevice {
            kernels: lowered.kernels.clone(),
            buffers: Vec::new(),
            launches: 0,
            instructions: 0,
        }
    }

    fn buffer(&self, b: BufferId) -> Result<usize, DeviceError> {
        let i = b.0 as usize;
        if i < self.buffers.len() {
            Ok(i)
        } else {
            Err(DeviceError::Other(format!(
                "buffer {} was never allocated",
                b.0
            )))
        }
    }

    fn check_args(k: &Kernel, args: &[Arg]) -> Result<(), DeviceError> {
        kernels::check_args(&k.name, &k.signature, args)
    }
}

/// The interpreter's grid for an NDRange (OpenCL rules: global must be a multiple of local).
pub fn grid_of(kernel: &str, range: &Range) -> Result<Grid, DeviceError> {
    let launch = |message: String| DeviceError::Launch {
        kernel: kernel.to_string(),
        message,
    };
    let dims = range.global.len();
    if !(1..=3).contains(&dims) {
        return Err(launch(format!("{dims}-dimensional range")));
    }
    let mut groups = [1u32; 3];
    let mut group_size = [1u32; 3];
    for d in 0..dims {
        let g = range.global[d];
        let l = match &range.local {
            Some(l) => {
                if l.len() != dims {
                    return Err(launch(format!(
                        "local size has {} dimensions, global size {dims}",
                        l.len()
                    )));
                }
                l[d]
            }
            None if d == 0 => {
                if g <= DEFAULT_GROUP || g % DEFAULT_GROUP != 0 {
                    g.max(1)
                } else {
                    DEFAULT_GROUP
                }
            }
            None => 1,
        };
        if l == 0 || g % l != 0 {
            return Err(launch(format!(
                "global size {g} in dimension {d} is not a multiple of the local size {l}"
            )));
        }
        let n = u32::try_from(g / l).map_err(|_| launch(format!("global size {g} too large")))?;
        let l = u32::try_from(l).map_err(|_| launch(format!("local size {l} too large")))?;
        groups[d] = n;
        group_size[d] = l;
    }
    Ok(Grid {
        groups,
        group_size,
        work_dim: dims as u32,
    })
}

impl Device for TgsiDevice {
    fn alloc(&mut self, bytes: usize) -> Result<BufferId, DeviceError> {
        if bytes > u32::MAX as usize {
            return Err(DeviceError::Other(format!(
                "buffer of {bytes} bytes exceeds the 32-bit offsets of TGSI buffers"
            )));
        }
        let id = u32::try_from(self.buffers.len())
            .map_err(|_| DeviceError::Other("too many buffers".into()))?;
        // TGSI memory is accessed in 32-bit words (byte stores are read-modify-write of the
        // containing word), so round the allocation up as a GPU driver's granularity would.
        self.buffers.push(vec![0; bytes.div_ceil(4) * 4]);
        Ok(BufferId(id))
    }

    fn write(&mut self, buf: BufferId, data: &[u8]) -> Result<(), DeviceError> {
        let i = self.buffer(buf)?;
        let b = &mut self.buffers[i];
        if data.len() > b.len() {
            return Err(DeviceError::Transfer {
                op: "write",
                message: format!(
                    "{} bytes into buffer {} of {} bytes",
                    data.len(),
                    buf.0,
                    b.len()
                ),
            });
        }
        b[..data.len()].copy_from_slice(data);
        Ok(())
    }

    fn read(&mut self, buf: BufferId, out: &mut [u8]) -> Result<(), DeviceError> {
        let i = self.buffer(buf)?;
        let b = &self.buffers[i];
        if out.len() > b.len() {
            return Err(DeviceError::Transfer {
                op: "read",
                message: format!(
                    "{} bytes from buffer {} of {} bytes",
                    out.len(),
                    buf.0,
                    b.len()
                ),
            });
        }
        out.copy_from_slice(&b[..out.len()]);
        Ok(())
    }

    fn launch(&mut self, kernel: &str, args: &[Arg], range: &Range) -> Result<(), DeviceError> {
        let k = self
            .kernels
            .iter()
            .find(|k| k.name == kernel)
            .ok_or_else(|| DeviceError::NoSuchKernel(kernel.to_string()))?;
        Self::check_args(k, args)?;
        let grid = grid_of(kernel, range)?;
        let static_shared = k.program.property(Property::SharedBytes).unwrap_or(0);
        let mut shared_end = static_shared;
        let mut input = vec![0u8; k.layout.size as usize];
        let mut bindings = Vec::new();
        for (i, (arg, slot)) in args.iter().zip(&k.layout.slots).enumerate() {
            let off = slot.offset as usize;
            let bytes: Vec<u8> = match (arg, slot.class) {
                (Arg::Buffer(b), ArgClass::GlobalPtr { .. }) => {
                    let idx = self.buffer(*b)?;
                    bindings.push(idx);
                    interp::global_address(idx).to_le_bytes().to_vec()
                }
                (Arg::Local(n), ArgClass::LocalPtr) => {
                    let start = shared_end.div_ceil(LOCAL_ALIGN) * LOCAL_ALIGN;
                    let n = u32::try_from(*n).ok().and_then(|n| start.checked_add(n));
                    let Some(end) = n else {
                        return Err(DeviceError::BadArgument {
                            kernel: kernel.into(),
                            index: i,
                            name: k.signature.args[i].name.clone(),
                            message: "`__local` size too large".into(),
                        });
                    };
                    shared_end = end;
                    start.to_le_bytes().to_vec()
                }
                (Arg::Value(v), ArgClass::Value { .. }) => v.clone(),
                _ => {
                    return Err(DeviceError::BadArgument {
                        kernel: kernel.into(),
                        index: i,
                        name: k.signature.args[i].name.clone(),
                        message: "argument does not match the kernel's argument block".into(),
                    })
                }
            };
            let end = off + bytes.len();
            if end > input.len() || bytes.len() != slot.size as usize {
                return Err(DeviceError::Launch {
                    kernel: kernel.into(),
                    message: format!("argument {i} does not fit its slot in the argument block"),
                });
            }
            input[off..end].copy_from_slice(&bytes);
        }
        let mut env = Env {
            buffers: std::mem::take(&mut self.buffers),
            bindings,
            input,
            dynamic_shared: shared_end - static_shared,
        };
        let r = interp::run(&k.program, &grid, &mut env);
        self.buffers = env.buffers;
        let stats = r.map_err(|e| DeviceError::Launch {
            kernel: kernel.into(),
            message: e.to_string(),
        })?;
        self.launches += 1;
        self.instructions += stats.instructions;
        Ok(())
    }
}
