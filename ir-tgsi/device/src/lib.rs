//! [`TgsiDevice`]: a [`kernels::Device`] that runs kernels' TGSI programs
//! ([`ir_tgsi::abi::Kernel`]) on the interpreter ([`ir_tgsi::interp`]), so every workload can
//! run on TGSI without a GPU: the tests' oracle and the harness's `tgsi-interp` device. It needs
//! no LLVM — the programs come from the lowering (`backend_llvm_tgsi::lower_program`) or from a
//! bundle's TGSI text.
//!
//! Buffers are `Vec<u8>`s; a launch builds the `INPUT` block from the kernel's
//! [`InputLayout`] (a global/constant pointer slot holds [`interp::global_address`] of its
//! buffer, a `__local` pointer slot the offset of its dynamic allocation in `SHARED` memory
//! after the static `CS_SHARED_BYTES`, each aligned to 16, a value slot its bytes), binds
//! `BUFFER[k]` to the k-th pointer argument's buffer and runs the NDRange.

use ir_tgsi::abi::ArgClass;
use ir_tgsi::abi::Kernel;
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
    /// A device for `kernels` (e.g. `&lowered.kernels` of a lowered program).
    pub fn new(kernels: &[Kernel]) -> TgsiDevice {
        TgsiDevice { kernels: kernels.to_vec(), buffers: Vec::new(), launches: 0, instructions: 0 }
    }

    fn buffer(&self, b: BufferId) -> Result<usize, DeviceError> {
        let i = b.0 as usize;
        if i < self.buffers.len() {
            Ok(i)
        } else {
            Err(DeviceError::Other(format!("buffer {} was never allocated", b.0)))
        }
    }

    fn check_args(k: &Kernel, args: &[Arg]) -> Result<(), DeviceError> {
        kernels::check_args(&k.name, &k.signature, args)
    }
}

/// The interpreter's grid for an NDRange (OpenCL rules: global must be a multiple of local).
pub fn grid_of(kernel: &str, range: &Range) -> Result<Grid, DeviceError> {
    let launch = |message: String| DeviceError::Launch { kernel: kernel.to_string(), message };
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
    Ok(Grid { groups, group_size, work_dim: dims as u32 })
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
                message: format!("{} bytes into buffer {} of {} bytes", data.len(), buf.0, b.len()),
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
                message: format!("{} bytes from buffer {} of {} bytes", out.len(), buf.0, b.len()),
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
        let stats =
            r.map_err(|e| DeviceError::Launch { kernel: kernel.into(), message: e.to_string() })?;
        self.launches += 1;
        self.instructions += stats.instructions;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ir_tgsi::abi::InputLayout;
    use kernels::DeviceExt;
    use visabench_core::{AddressSpace, ArgKind, KernelArg, KernelSignature};

    /// `c[i] = a[i] + b[i]` for `i < n`, written by hand.
    const VADD: &str = "COMP
DCL SV[0], THREAD_ID
DCL SV[1], BLOCK_ID
DCL SV[2], BLOCK_SIZE
DCL MEMORY[0], GLOBAL
DCL MEMORY[1], INPUT
DCL TEMP[0..3], LOCAL
IMM[0] UINT32 {0, 8, 16, 24}
IMM[1] UINT32 {2, 0, 0, 0}
UMAD TEMP[0].x, SV[1].xxxx, SV[2].xxxx, SV[0].xxxx
LOAD TEMP[1].x, MEMORY[1].xxxx, IMM[0].wwww
USLT TEMP[1].x, TEMP[0].xxxx, TEMP[1].xxxx
UIF TEMP[1].xxxx
  SHL TEMP[0].x, TEMP[0].xxxx, IMM[1].xxxx
  U2I64 TEMP[0].xy, TEMP[0].xxxx
  LOAD TEMP[1].xy, MEMORY[1].xxxx, IMM[0].xxxx
  U64ADD TEMP[1].xy, TEMP[1].xyxy, TEMP[0].xyxy
  LOAD TEMP[2].x, MEMORY[0].xxxx, TEMP[1].xyxy
  LOAD TEMP[1].xy, MEMORY[1].xxxx, IMM[0].yyyy
  U64ADD TEMP[1].xy, TEMP[1].xyxy, TEMP[0].xyxy
  LOAD TEMP[3].x, MEMORY[0].xxxx, TEMP[1].xyxy
  ADD TEMP[2].x, TEMP[2].xxxx, TEMP[3].xxxx
  LOAD TEMP[1].xy, MEMORY[1].xxxx, IMM[0].zzzz
  U64ADD TEMP[1].xy, TEMP[1].xyxy, TEMP[0].xyxy
  STORE MEMORY[0].x, TEMP[1].xyxy, TEMP[2].xxxx
ENDIF
END
";

    fn vadd() -> Kernel {
        let ptr = |name: &str| KernelArg {
            name: name.into(),
            type_name: "float*".into(),
            qualifiers: vec![],
            kind: ArgKind::Pointer { space: AddressSpace::Global, pointee: "float".into() },
        };
        let n = KernelArg {
            name: "n".into(),
            type_name: "uint".into(),
            qualifiers: vec![],
            kind: ArgKind::ByValue { size: 4, align: 4, is_struct: false },
        };
        let signature = KernelSignature {
            name: "vadd".into(),
            args: vec![ptr("a"), ptr("b"), ptr("c"), n],
            reqd_work_group_size: None,
        };
        Kernel {
            name: "vadd".into(),
            layout: InputLayout::from_signature(&signature),
            signature,
            program: ir_tgsi::text::parse(VADD).expect("parses"),
        }
    }

    #[test]
    fn runs_a_kernel_and_checks_its_arguments() {
        let mut dev = TgsiDevice::new(&[vadd()]);
        let a: Vec<f32> = (0..100).map(|i| i as f32).collect();
        let b: Vec<f32> = (0..100).map(|i| 0.5 * i as f32).collect();
        let (ba, bb) = (dev.upload(&a).unwrap(), dev.upload(&b).unwrap());
        let bc = dev.upload(&vec![-1.0f32; 100]).unwrap();
        let args = [Arg::Buffer(ba), Arg::Buffer(bb), Arg::Buffer(bc), Arg::u32(90)];
        dev.launch("vadd", &args, &Range::d1(128, 32)).unwrap();
        let c: Vec<f32> = dev.download(bc, 100).unwrap();
        for (i, &got) in c.iter().enumerate() {
            let want = if i < 90 { 1.5 * i as f32 } else { -1.0 };
            assert_eq!(got, want, "c[{i}]");
        }
        assert_eq!(dev.launches, 1);
        assert!(dev.instructions > 0);
        // A missing argument and an unknown kernel are errors, not panics.
        assert!(dev.launch("vadd", &args[..3], &Range::d1(128, 32)).is_err());
        assert!(matches!(
            dev.launch("nope", &args, &Range::d1(128, 32)),
            Err(DeviceError::NoSuchKernel(_))
        ));
    }
}
