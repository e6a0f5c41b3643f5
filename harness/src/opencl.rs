//! The OpenCL runtime: device discovery and selection, program creation per artifact kind,
//! and [`OpenClDevice`], the [`kernels::Device`] every workload's host code runs on.
//!
//! The OpenCL library (`libOpenCL.so.1`, the ICD loader) is opened at run time, so visabench
//! starts on machines without OpenCL and says what to install ([`ClError::NoRuntime`]).
//! Every launch is timed with profiling events (`CL_QUEUE_PROFILING_ENABLE`).

use kernels::{Arg, BufferId, DeviceError, Range};
use opencl3::command_queue::{CommandQueue, CL_QUEUE_PROFILING_ENABLE};
use opencl3::context::Context;
use opencl3::device::{
    Device as ClDevice, CL_DEVICE_TYPE_ACCELERATOR, CL_DEVICE_TYPE_ALL, CL_DEVICE_TYPE_CPU,
    CL_DEVICE_TYPE_GPU,
};
use opencl3::event::Event;
use opencl3::kernel::Kernel;
use opencl3::memory::{Buffer, ClMem, CL_MEM_READ_WRITE};
use opencl3::program::Program;
use opencl3::types::{cl_device_id, cl_mem, CL_BLOCKING};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ffi::c_void;
use thiserror::Error;
use visabench_core::{ArtifactKind, KernelSignature};

/// How to install an OpenCL runtime, for error messages.
pub const INSTALL_HINT: &str = "install an OpenCL ICD loader and a driver: on Debian/Ubuntu \
`apt-get install ocl-icd-libopencl1 pocl-opencl-icd` (CPU), or NVIDIA's driver with its ICD \
(`echo libnvidia-opencl.so.1 > /etc/OpenCL/vendors/nvidia.icd`); OPENCL_DYLIB_PATH may name \
the library";

/// Errors of the OpenCL runtime layer.
#[derive(Debug, Error)]
pub enum ClError {
    /// `libOpenCL.so.1` could not be loaded.
    #[error("no OpenCL runtime: {message}; {INSTALL_HINT}")]
    NoRuntime { message: String },
    /// The runtime loaded but lists no device.
    #[error("no OpenCL device found (platforms: {platforms}); {INSTALL_HINT}")]
    NoDevice { platforms: String },
    /// `--device` matched nothing.
    #[error("no OpenCL device matches `{spec}` (devices: {available})")]
    NoMatch { spec: String, available: String },
    /// An OpenCL call failed.
    #[error("{what} failed: {code}")]
    Api { what: &'static str, code: String },
    /// The program did not build; `log` is the runtime's build log.
    #[error("program build failed ({code}):\n{log}")]
    Build { code: String, log: String },
}

fn api(what: &'static str) -> impl Fn(opencl3::error_codes::ClError) -> ClError {
    move |e| ClError::Api {
        what,
        code: e.to_string(),
    }
}

/// One OpenCL device as `visabench devices` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceInfo {
    /// Position of the platform in `clGetPlatformIDs`.
    pub platform_index: usize,
    /// Position of the device within its platform.
    pub device_index: usize,
    pub platform_name: String,
    pub platform_vendor: String,
    /// `CL_PLATFORM_VERSION` (`OpenCL 3.0 CUDA 13.0.97`).
    pub platform_version: String,
    pub device_name: String,
    pub device_vendor: String,
    /// `CL_DRIVER_VERSION` (`580.159.04`).
    pub driver_version: String,
    /// `CL_DEVICE_VERSION`.
    pub device_version: String,
    /// `gpu`, `cpu`, `accelerator` or `other`.
    pub kind: String,
}

impl DeviceInfo {
    /// Is this an NVIDIA device?
    pub fn is_nvidia(&self) -> bool {
        let n = |s: &str| s.to_ascii_lowercase().contains("nvidia");
        n(&self.platform_name) || n(&self.platform_vendor) || n(&self.device_vendor)
    }

    /// Is this an NVIDIA GPU (where NVIDIA's OpenCL JIT-compiles PTX and returns its own)?
    pub fn is_nvidia_gpu(&self) -> bool {
        self.kind == "gpu" && self.is_nvidia()
    }

    /// `platform / device`, for messages.
    pub fn label(&self) -> String {
        format!("{} / {}", self.platform_name, self.device_name)
    }
}

/// Loads the OpenCL library, or says why it cannot.
pub fn load_runtime() -> Result<(), ClError> {
    match cl3::load_library() {
        Ok(_) => Ok(()),
        Err(e) => Err(ClError::NoRuntime {
            message: format!("cannot load libOpenCL.so.1 ({e})"),
        }),
    }
}

struct Found {
    info: DeviceInfo,
    id: cl_device_id,
}

fn enumerate() -> Result<Vec<Found>, ClError> {
    load_runtime()?;
    let platforms = match opencl3::platform::get_platforms() {
        Ok(p) => p,
        // The ICD loader answers CL_PLATFORM_NOT_FOUND_KHR (-1001) when no ICD is registered.
        Err(e) if e.0 == -1001 => {
            return Err(ClError::NoDevice {
                platforms: "none registered".into(),
            });
        }
        Err(e) => return Err(api("clGetPlatformIDs")(e)),
    };
    let mut out = Vec::new();
    for (pi, p) in platforms.iter().enumerate() {
        let platform_name = p.name().unwrap_or_default();
        let platform_vendor = p.vendor().unwrap_or_default();
        let platform_version = p.version().unwrap_or_default();
        // A platform without devices answers CL_DEVICE_NOT_FOUND: skip it.
        let ids = p.get_devices(CL_DEVICE_TYPE_ALL).unwrap_or_default();
        for (di, id) in ids.into_iter().enumerate() {
            let d = ClDevice::new(id);
            let t = d.dev_type().unwrap_or(0);
            let kind = if t & CL_DEVICE_TYPE_GPU != 0 {
                "gpu"
            } else if t & CL_DEVICE_TYPE_CPU != 0 {
                "cpu"
            } else if t & CL_DEVICE_TYPE_ACCELERATOR != 0 {
                "accelerator"
            } else {
                "other"
            };
            out.push(Found {
                info: DeviceInfo {
                    platform_index: pi,
                    device_index: di,
                    platform_name: platform_name.clone(),
                    platform_vendor: platform_vendor.clone(),
                    platform_version: platform_version.clone(),
                    device_name: d.name().unwrap_or_default().trim().to_string(),
                    device_vendor: d.vendor().unwrap_or_default(),
                    driver_version: d.driver_version().unwrap_or_default(),
                    device_version: d.version().unwrap_or_default(),
                    kind: kind.into(),
                },
                id,
            });
        }
    }
    if out.is_empty() {
        let names: Vec<String> = platforms
            .iter()
            .map(|p| p.name().unwrap_or_default())
            .collect();
        let platforms = if names.is_empty() {
            "none".into()
        } else {
            names.join(", ")
        };
        return Err(ClError::NoDevice { platforms });
    }
    Ok(out)
}

/// Every OpenCL device of every platform.
pub fn list_devices() -> Result<Vec<DeviceInfo>, ClError> {
    Ok(enumerate()?.into_iter().map(|f| f.info).collect())
}

/// Picks a device from `devices`: the first whose type is `spec` (`gpu`, `cpu`, as `visabench
/// devices` lists them), else the first whose platform or device name contains `spec`
/// (case-insensitive), or `P:D` by indices; without `spec`, the first NVIDIA GPU, else the
/// first GPU, else the first CPU, else the first device.
pub fn choose(devices: &[DeviceInfo], spec: Option<&str>) -> Result<usize, ClError> {
    if devices.is_empty() {
        return Err(ClError::NoDevice {
            platforms: "none".into(),
        });
    }
    if let Some(spec) = spec {
        if let Some((p, d)) = spec.split_once(':') {
            if let (Ok(p), Ok(d)) = (p.trim().parse::<usize>(), d.trim().parse::<usize>()) {
                if let Some(i) = devices
                    .iter()
                    .position(|x| x.platform_index == p && x.device_index == d)
                {
                    return Ok(i);
                }
            }
        }
        let s = spec.to_ascii_lowercase();
        if let Some(i) = devices.iter().position(|x| x.kind == s) {
            return Ok(i);
        }
        let hit = |x: &DeviceInfo| {
            x.device_name.to_ascii_lowercase().contains(&s)
                || x.platform_name.to_ascii_lowercase().contains(&s)
                || x.platform_vendor.to_ascii_lowercase().contains(&s)
        };
        return devices
            .iter()
            .position(hit)
            .ok_or_else(|| ClError::NoMatch {
                spec: spec.to_string(),
                available: devices
                    .iter()
                    .map(DeviceInfo::label)
                    .collect::<Vec<_>>()
                    .join("; "),
            });
    }
    let pick = devices
        .iter()
        .position(DeviceInfo::is_nvidia_gpu)
        .or_else(|| devices.iter().position(|d| d.kind == "gpu"))
        .or_else(|| devices.iter().position(|d| d.kind == "cpu"))
        .unwrap_or(0);
    Ok(pick)
}

/// One device with its context and a profiling command queue.
pub struct Session {
    info: DeviceInfo,
    device: ClDevice,
    context: Context,
    queue: CommandQueue,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("device", &self.info.label())
            .finish()
    }
}

impl Session {
    /// Opens the device [`choose`] picks for `spec`.
    pub fn open(spec: Option<&str>) -> Result<Session, ClError> {
        let found = enumerate()?;
        let infos: Vec<DeviceInfo> = found.iter().map(|f| f.info.clone()).collect();
        let i = choose(&infos, spec)?;
        let device = ClDevice::new(found[i].id);
        let context = Context::from_device(&device).map_err(api("clCreateContext"))?;
        let queue =
            CommandQueue::create_default_with_properties(&context, CL_QUEUE_PROFILING_ENABLE, 0)
                .map_err(api("clCreateCommandQueueWithProperties"))?;
        Ok(Session {
            info: infos[i].clone(),
            device,
            context,
            queue,
        })
    }

    /// The device this session runs on.
    pub fn info(&self) -> &DeviceInfo {
        &self.info
    }

    /// Builds one program: OpenCL C source with `options` (`clCreateProgramWithSource`), or
    /// PTX text as the device "binary" (`clCreateProgramWithBinary`, as NVIDIA's OpenCL takes
    /// it). `signatures`, when given, are checked against every launch's arguments.
    pub fn build(
        &self,
        kind: ArtifactKind,
        artifact: &str,
        options: &str,
        signatures: Option<&[KernelSignature]>,
    ) -> Result<Loaded, ClError> {
        let devices = [self.device.id()];
        let mut program = match kind {
            ArtifactKind::OpenClSource => Program::create_from_source(&self.context, artifact)
                .map_err(api("clCreateProgramWithSource"))?,
            ArtifactKind::Ptx => {
                // NVIDIA's OpenCL runs large NDRanges as several grids; the PTX reads the
                // offsets it passes (visabench_core::ptx_abi).
                let ptx = if visabench_core::ptx_abi::group_offsets_enabled() {
                    visabench_core::ptx_abi::with_group_offsets(artifact)
                } else {
                    std::borrow::Cow::Borrowed(artifact)
                };
                let mut bytes = ptx.as_bytes().to_vec();
                bytes.push(0);
                let bins: [&[u8]; 1] = [&bytes];
                // SAFETY: the device belongs to this session's context.
                unsafe { Program::create_from_binary(&self.context, &devices, &bins) }
                    .map_err(api("clCreateProgramWithBinary"))?
            }
        };
        if options.contains('\0') {
            return Err(ClError::Build {
                code: "bad options".into(),
                log: "NUL in options".into(),
            });
        }
        if let Err(e) = program.build(&devices, options) {
            let log = program.get_build_log(self.device.id()).unwrap_or_default();
            return Err(ClError::Build {
                code: e.to_string(),
                log: log.trim().to_string(),
            });
        }
        let build_log = program.get_build_log(self.device.id()).unwrap_or_default();
        Ok(Loaded {
            program,
            kernels: HashMap::new(),
            signatures: signatures.map(|s| s.iter().map(|k| (k.name.clone(), k.clone())).collect()),
            build_log: build_log.trim().to_string(),
        })
    }

    /// A fresh [`kernels::Device`] over `program`: its own buffers, launch timings recorded.
    pub fn device<'a>(&'a self, program: &'a mut Loaded) -> OpenClDevice<'a> {
        self.device_with(program, Vec::new())
    }

    /// A device whose first buffers are `buffers` (ids 0, 1, … in that order): how a replay
    /// ([`crate::replay`]) reuses the buffers of earlier runs.
    pub(crate) fn device_with<'a>(
        &'a self,
        program: &'a mut Loaded,
        buffers: Vec<Buffer<u8>>,
    ) -> OpenClDevice<'a> {
        OpenClDevice {
            session: self,
            program,
            buffers,
            pending: Vec::new(),
            launches: Vec::new(),
        }
    }

    /// A new device buffer of `bytes` bytes (at least 1), contents undefined.
    pub(crate) fn new_buffer(&self, bytes: usize) -> Result<Buffer<u8>, DeviceError> {
        // SAFETY: no host pointer is passed; the size is non-zero.
        unsafe {
            Buffer::<u8>::create(
                &self.context,
                CL_MEM_READ_WRITE,
                bytes.max(1),
                std::ptr::null_mut(),
            )
        }
        .map_err(|e| DeviceError::Other(format!("allocating {bytes} bytes failed: {}", cl_err(e))))
    }

    /// A new device buffer holding `data` (written before this returns).
    pub(crate) fn buffer_of(&self, data: &[u8]) -> Result<Buffer<u8>, DeviceError> {
        let mut b = self.new_buffer(data.len())?;
        if !data.is_empty() {
            // SAFETY: blocking write from a live slice no longer than the buffer.
            unsafe {
                self.queue
                    .enqueue_write_buffer(&mut b, CL_BLOCKING, 0, data, &[])
            }
            .map_err(|e| DeviceError::Transfer {
                op: "write",
                message: cl_err(e),
            })?;
        }
        Ok(b)
    }
}

/// A built program and its kernels.
pub struct Loaded {
    program: Program,
    kernels: HashMap<String, Kernel>,
    signatures: Option<HashMap<String, KernelSignature>>,
    build_log: String,
}

impl std::fmt::Debug for Loaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loaded")
            .field("kernels", &self.program.kernel_names())
            .finish()
    }
}

impl Loaded {
    /// The build log of a successful build (warnings), trimmed.
    pub fn build_log(&self) -> &str {
        &self.build_log
    }

    /// The program's binary for the session's device (`CL_PROGRAM_BINARIES`); NVIDIA's OpenCL
    /// returns PTX text, which is how `visabench sass --native` sees what NVIDIA's own OpenCL
    /// compiler made.
    pub fn binary(&self) -> Result<Vec<u8>, ClError> {
        let mut bins = self
            .program
            .get_binaries()
            .map_err(api("clGetProgramInfo(CL_PROGRAM_BINARIES)"))?;
        if bins.is_empty() {
            return Err(ClError::Api {
                what: "clGetProgramInfo(CL_PROGRAM_BINARIES)",
                code: "no binary".into(),
            });
        }
        let mut b = bins.swap_remove(0);
        while b.last() == Some(&0) {
            b.pop();
        }
        Ok(b)
    }

    fn kernel(&mut self, name: &str) -> Result<&Kernel, DeviceError> {
        if !self.kernels.contains_key(name) {
            let k = Kernel::create(&self.program, name)
                .map_err(|_| DeviceError::NoSuchKernel(name.to_string()))?;
            self.kernels.insert(name.to_string(), k);
        }
        Ok(&self.kernels[name])
    }
}

/// One kernel launch and its GPU time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Launch {
    pub kernel: String,
    /// `CL_PROFILING_COMMAND_END - CL_PROFILING_COMMAND_START`, in nanoseconds.
    pub ns: u64,
}

/// [`kernels::Device`] on an OpenCL session: allocations, transfers, timed launches.
pub struct OpenClDevice<'a> {
    session: &'a Session,
    program: &'a mut Loaded,
    buffers: Vec<Buffer<u8>>,
    pending: Vec<(String, Event)>,
    launches: Vec<Launch>,
}

impl std::fmt::Debug for OpenClDevice<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenClDevice")
            .field("device", &self.session.info.label())
            .field("buffers", &self.buffers.len())
            .finish()
    }
}

fn cl_err(e: opencl3::error_codes::ClError) -> String {
    format!("{e} ({})", e.0)
}

impl OpenClDevice<'_> {
    /// Waits for every launch and returns them all, in order, with their GPU times.
    pub fn finish(&mut self) -> Result<Vec<Launch>, DeviceError> {
        self.wait()?;
        self.collect()?;
        Ok(std::mem::take(&mut self.launches))
    }

    /// Waits until everything queued so far has finished.
    pub(crate) fn wait(&mut self) -> Result<(), DeviceError> {
        self.session
            .queue
            .finish()
            .map_err(|e| DeviceError::Other(format!("clFinish failed: {}", cl_err(e))))
    }

    fn collect(&mut self) -> Result<(), DeviceError> {
        for (kernel, ev) in self.pending.drain(..) {
            let start = ev.profiling_command_start();
            let end = ev.profiling_command_end();
            let (start, end) = match (start, end) {
                (Ok(s), Ok(e)) => (s, e),
                (Err(e), _) | (_, Err(e)) => {
                    return Err(DeviceError::Launch {
                        kernel,
                        message: format!("no profiling data: {}", cl_err(e)),
                    })
                }
            };
            self.launches.push(Launch {
                kernel,
                ns: end.saturating_sub(start),
            });
        }
        Ok(())
    }

    /// Copies the first `len` bytes of `src` into the start of `dst` on the device, queued
    /// behind what is queued (the queue is in order) without waiting.
    pub(crate) fn copy_from(
        &mut self,
        dst: BufferId,
        src: &Buffer<u8>,
        len: usize,
    ) -> Result<(), DeviceError> {
        self.buffer(dst)?;
        if len == 0 {
            return Ok(());
        }
        let queue = &self.session.queue;
        let d = &mut self.buffers[dst.0 as usize];
        // SAFETY: both buffers are live; the range is checked by OpenCL.
        unsafe { queue.enqueue_copy_buffer(src, d, 0, 0, len, &[]) }.map_err(|e| {
            DeviceError::Transfer {
                op: "copy",
                message: cl_err(e),
            }
        })?;
        Ok(())
    }

    /// The device's buffers, in id order, for the next run to reuse.
    pub(crate) fn into_buffers(self) -> Vec<Buffer<u8>> {
        self.buffers
    }

    fn buffer(&self, b: BufferId) -> Result<&Buffer<u8>, DeviceError> {
        self.buffers
            .get(b.0 as usize)
            .ok_or_else(|| DeviceError::Other(format!("buffer {} was never allocated", b.0)))
    }

    fn check_args(&self, kernel: &str, args: &[Arg]) -> Result<(), DeviceError> {
        let Some(sigs) = &self.program.signatures else {
            return Ok(());
        };
        let Some(sig) = sigs.get(kernel) else {
            return Err(DeviceError::NoSuchKernel(kernel.to_string()));
        };
        kernels::check_args(kernel, sig, args)
    }
}

impl kernels::Device for OpenClDevice<'_> {
    fn alloc(&mut self, bytes: usize) -> Result<BufferId, DeviceError> {
        let b = self.session.new_buffer(bytes)?;
        let id = u32::try_from(self.buffers.len())
            .map_err(|_| DeviceError::Other("too many buffers".into()))?;
        self.buffers.push(b);
        Ok(BufferId(id))
    }

    fn write(&mut self, buf: BufferId, data: &[u8]) -> Result<(), DeviceError> {
        let i = buf.0 as usize;
        self.buffer(buf)?;
        let queue = &self.session.queue;
        let b = &mut self.buffers[i];
        // SAFETY: blocking write from a live slice; the range is checked by OpenCL.
        unsafe { queue.enqueue_write_buffer(b, CL_BLOCKING, 0, data, &[]) }.map_err(|e| {
            DeviceError::Transfer {
                op: "write",
                message: cl_err(e),
            }
        })?;
        Ok(())
    }

    fn read(&mut self, buf: BufferId, out: &mut [u8]) -> Result<(), DeviceError> {
        let b = self.buffer(buf)?;
        // SAFETY: blocking read into a live slice; the range is checked by OpenCL.
        unsafe {
            self.session
                .queue
                .enqueue_read_buffer(b, CL_BLOCKING, 0, out, &[])
        }
        .map_err(|e| DeviceError::Transfer {
            op: "read",
            message: cl_err(e),
        })?;
        self.collect()
    }

    fn launch(&mut self, kernel: &str, args: &[Arg], range: &Range) -> Result<(), DeviceError> {
        self.check_args(kernel, args)?;
        let dims = range.global.len();
        if !(1..=3).contains(&dims) || range.local.as_ref().is_some_and(|l| l.len() != dims) {
            return Err(DeviceError::Launch {
                kernel: kernel.to_string(),
                message: format!("bad NDRange {range:?} (1 to 3 dimensions, local like global)"),
            });
        }
        let mems: Vec<Option<cl_mem>> = args
            .iter()
            .map(|a| match a {
                Arg::Buffer(b) => self.buffer(*b).map(|b| Some(b.get())),
                Arg::Local(_) | Arg::Value(_) => Ok(None),
            })
            .collect::<Result<_, _>>()?;
        let k = self.program.kernel(kernel)?.get();
        for (i, (a, mem)) in args.iter().zip(&mems).enumerate() {
            let idx = i as u32;
            // SAFETY: each pointer is live for the call and the size is its exact size.
            let r = unsafe {
                match (a, mem) {
                    (Arg::Buffer(_), Some(m)) => cl3::kernel::set_kernel_arg(
                        k,
                        idx,
                        std::mem::size_of::<cl_mem>(),
                        (m as *const cl_mem).cast::<c_void>(),
                    ),
                    (Arg::Local(n), _) => cl3::kernel::set_kernel_arg(k, idx, *n, std::ptr::null()),
                    (Arg::Value(v), _) => {
                        cl3::kernel::set_kernel_arg(k, idx, v.len(), v.as_ptr().cast::<c_void>())
                    }
                    (Arg::Buffer(_), None) => Ok(()),
                }
            };
            r.map_err(|code| DeviceError::BadArgument {
                kernel: kernel.to_string(),
                index: i,
                name: String::new(),
                message: format!("clSetKernelArg failed: {}", cl_err(code.into())),
            })?;
        }
        let local_ptr = range
            .local
            .as_ref()
            .map_or(std::ptr::null(), |l| l.as_ptr());
        // SAFETY: the sizes live across the call and have `dims` entries each.
        let ev = unsafe {
            self.session.queue.enqueue_nd_range_kernel(
                k,
                dims as u32,
                std::ptr::null(),
                range.global.as_ptr(),
                local_ptr,
                &[],
            )
        }
        .map_err(|e| DeviceError::Launch {
            kernel: kernel.to_string(),
            message: cl_err(e),
        })?;
        self.pending.push((kernel.to_string(), ev));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dev(p: usize, name: &str, platform: &str, kind: &str) -> DeviceInfo {
        DeviceInfo {
            platform_index: p,
            device_index: 0,
            platform_name: platform.into(),
            platform_vendor: platform.into(),
            platform_version: String::new(),
            device_name: name.into(),
            device_vendor: String::new(),
            driver_version: String::new(),
            device_version: String::new(),
            kind: kind.into(),
        }
    }

    #[test]
    fn default_prefers_nvidia_gpu_then_gpu_then_cpu() {
        let pocl = dev(0, "pthread-cpu", "Portable Computing Language", "cpu");
        let other_gpu = dev(1, "Radeon", "AMD Accelerated Parallel Processing", "gpu");
        let nv = dev(2, "NVIDIA H100 80GB HBM3", "NVIDIA CUDA", "gpu");
        let all = vec![pocl.clone(), other_gpu.clone(), nv];
        assert_eq!(choose(&all, None).unwrap(), 2);
        assert_eq!(choose(&all[..2], None).unwrap(), 1);
        assert_eq!(choose(&[pocl], None).unwrap(), 0);
        assert_eq!(choose(&all, Some("portable")).unwrap(), 0);
        assert_eq!(choose(&all, Some("h100")).unwrap(), 2);
        assert_eq!(choose(&all, Some("1:0")).unwrap(), 1);
        // The type, as `visabench devices` lists it, matches too.
        assert_eq!(choose(&all, Some("cpu")).unwrap(), 0);
        assert_eq!(choose(&all, Some("GPU")).unwrap(), 1);
        let e = choose(&all, Some("tpu")).unwrap_err().to_string();
        assert!(
            e.contains("no OpenCL device matches `tpu`") && e.contains("NVIDIA CUDA / NVIDIA H100"),
            "{e}"
        );
        assert!(choose(&[], None).is_err());
    }
}
