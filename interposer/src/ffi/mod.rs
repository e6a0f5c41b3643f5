//! Everything that touches C: the OpenCL types and constants the interposer needs, the real
//! implementation's entry points (found with `dlsym(RTLD_NEXT, …)`), safe wrappers over them,
//! and ([`exports`]) the entry points the interposer itself exports.
//!
//! OpenCL handles cross into the rest of the crate as [`Handle`] (an address), so the logic
//! modules are safe Rust and the tables are `Send`.

pub mod exports;

use std::ffi::{c_char, c_void, CStr};
use std::sync::OnceLock;

/// `cl_int`.
pub type ClInt = i32;
/// `cl_uint`.
pub type ClUint = u32;
/// Any OpenCL object handle (`cl_program`, `cl_kernel`, …).
pub type RawHandle = *mut c_void;
/// `void (CL_CALLBACK *)(cl_program, void *)`, the build-completion callback.
pub type BuildNotify = Option<unsafe extern "C" fn(RawHandle, *mut c_void)>;
/// `void (CL_CALLBACK *)(const char *, const void *, size_t, void *)`, a context's error callback.
pub type ContextNotify =
    Option<unsafe extern "C" fn(*const c_char, *const c_void, usize, *mut c_void)>;

/// An OpenCL object handle as a plain address, for the interposer's tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Handle(pub usize);

impl Handle {
    /// The handle of a raw pointer.
    pub fn of(p: RawHandle) -> Handle {
        Handle(p as usize)
    }
    /// Back to the raw pointer.
    pub fn raw(self) -> RawHandle {
        self.0 as RawHandle
    }
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
}

/// Status and parameter names used by the interposer (values from the OpenCL headers).
pub mod cl {
    #![allow(missing_docs)] // the names are the OpenCL spec's.
    use super::{ClInt, ClUint};
    pub const SUCCESS: ClInt = 0;
    pub const COMPLETE: ClInt = 0;
    pub const BUILD_PROGRAM_FAILURE: ClInt = -11;
    pub const LINK_PROGRAM_FAILURE: ClInt = -17;
    pub const INVALID_VALUE: ClInt = -30;
    pub const INVALID_PLATFORM: ClInt = -32;
    pub const PLATFORM_NOT_FOUND_KHR: ClInt = -1001;
    pub const INVALID_OPERATION: ClInt = -59;
    pub const OUT_OF_HOST_MEMORY: ClInt = -6;
    pub const BUILD_ERROR: ClInt = -2;

    pub const PLATFORM_NAME: ClUint = 0x0902;
    pub const PLATFORM_VENDOR: ClUint = 0x0903;
    pub const CONTEXT_PLATFORM: isize = 0x1084;

    pub const DEVICE_NAME: ClUint = 0x102B;
    pub const DEVICE_COMPUTE_CAPABILITY_MAJOR_NV: ClUint = 0x4000;
    pub const DEVICE_COMPUTE_CAPABILITY_MINOR_NV: ClUint = 0x4001;

    pub const QUEUE_PROPERTIES: ClUint = 0x1093;
    pub const QUEUE_PROFILING_ENABLE: u64 = 1 << 1;

    pub const PROGRAM_REFERENCE_COUNT: ClUint = 0x1160;
    pub const PROGRAM_CONTEXT: ClUint = 0x1161;
    pub const PROGRAM_DEVICES: ClUint = 0x1163;
    pub const PROGRAM_SOURCE: ClUint = 0x1164;

    pub const PROGRAM_BUILD_STATUS: ClUint = 0x1181;
    pub const PROGRAM_BUILD_OPTIONS: ClUint = 0x1182;
    pub const PROGRAM_BUILD_LOG: ClUint = 0x1183;

    pub const KERNEL_FUNCTION_NAME: ClUint = 0x1190;
    pub const KERNEL_REFERENCE_COUNT: ClUint = 0x1192;
    pub const KERNEL_PROGRAM: ClUint = 0x1194;

    pub const EVENT_COMMAND_EXECUTION_STATUS: ClUint = 0x11D3;
    pub const PROFILING_COMMAND_START: ClUint = 0x1282;
    pub const PROFILING_COMMAND_END: ClUint = 0x1283;
}

macro_rules! real_functions {
    ($($name:ident: fn($($arg:ty),* $(,)?) -> $ret:ty;)*) => {
        /// The real OpenCL entry points (the ICD loader's or the vendor library's). `None` where
        /// the symbol could not be found.
        #[allow(non_snake_case)] // the fields are the C symbol names.
        #[derive(Debug)]
        pub struct Real {
            $(pub $name: Option<unsafe extern "C" fn($($arg),*) -> $ret>,)*
        }

        impl Real {
            fn resolve() -> Real {
                Real {
                    $($name: {
                        let p = lookup(concat!(stringify!($name), "\0"));
                        // SAFETY: the symbol of that name has this C signature (OpenCL 1.2/2.0).
                        (!p.is_null()).then(|| unsafe {
                            std::mem::transmute::<*mut c_void, unsafe extern "C" fn($($arg),*) -> $ret>(p)
                        })
                    },)*
                }
            }
        }
    };
}

real_functions! {
    clGetPlatformIDs: fn(ClUint, *mut RawHandle, *mut ClUint) -> ClInt;
    clGetPlatformInfo: fn(RawHandle, ClUint, usize, *mut c_void, *mut usize) -> ClInt;
    clGetDeviceIDs: fn(RawHandle, u64, ClUint, *mut RawHandle, *mut ClUint) -> ClInt;
    clCreateContextFromType: fn(*const isize, u64, ContextNotify, *mut c_void, *mut ClInt) -> RawHandle;
    clCreateProgramWithSource: fn(RawHandle, ClUint, *const *const c_char, *const usize, *mut ClInt) -> RawHandle;
    clCreateProgramWithBinary: fn(RawHandle, ClUint, *const RawHandle, *const usize, *const *const u8, *mut ClInt, *mut ClInt) -> RawHandle;
    clBuildProgram: fn(RawHandle, ClUint, *const RawHandle, *const c_char, BuildNotify, *mut c_void) -> ClInt;
    clCompileProgram: fn(RawHandle, ClUint, *const RawHandle, *const c_char, ClUint, *const RawHandle, *const *const c_char, BuildNotify, *mut c_void) -> ClInt;
    clLinkProgram: fn(RawHandle, ClUint, *const RawHandle, *const c_char, ClUint, *const RawHandle, BuildNotify, *mut c_void, *mut ClInt) -> RawHandle;
    clGetProgramInfo: fn(RawHandle, ClUint, usize, *mut c_void, *mut usize) -> ClInt;
    clGetProgramBuildInfo: fn(RawHandle, RawHandle, ClUint, usize, *mut c_void, *mut usize) -> ClInt;
    clReleaseProgram: fn(RawHandle) -> ClInt;
    clCreateKernel: fn(RawHandle, *const c_char, *mut ClInt) -> RawHandle;
    clCreateKernelsInProgram: fn(RawHandle, ClUint, *mut RawHandle, *mut ClUint) -> ClInt;
    clGetKernelInfo: fn(RawHandle, ClUint, usize, *mut c_void, *mut usize) -> ClInt;
    clReleaseKernel: fn(RawHandle) -> ClInt;
    clEnqueueNDRangeKernel: fn(RawHandle, RawHandle, ClUint, *const usize, *const usize, *const usize, ClUint, *const RawHandle, *mut RawHandle) -> ClInt;
    clFinish: fn(RawHandle) -> ClInt;
    clEnqueueReadBuffer: fn(RawHandle, RawHandle, ClUint, usize, usize, *mut c_void, ClUint, *const RawHandle, *mut RawHandle) -> ClInt;
    clCreateCommandQueue: fn(RawHandle, RawHandle, u64, *mut ClInt) -> RawHandle;
    clCreateCommandQueueWithProperties: fn(RawHandle, RawHandle, *const u64, *mut ClInt) -> RawHandle;
    clGetCommandQueueInfo: fn(RawHandle, ClUint, usize, *mut c_void, *mut usize) -> ClInt;
    clGetDeviceInfo: fn(RawHandle, ClUint, usize, *mut c_void, *mut usize) -> ClInt;
    clGetEventInfo: fn(RawHandle, ClUint, usize, *mut c_void, *mut usize) -> ClInt;
    clGetEventProfilingInfo: fn(RawHandle, ClUint, usize, *mut c_void, *mut usize) -> ClInt;
    clRetainEvent: fn(RawHandle) -> ClInt;
    clReleaseEvent: fn(RawHandle) -> ClInt;
}

/// Finds `name` (NUL-terminated) in the next object after this library; failing that (the
/// application loaded OpenCL without putting it in the global scope), in `libOpenCL.so.1`.
fn lookup(name: &str) -> *mut c_void {
    let sym = name.as_ptr() as *const c_char;
    // SAFETY: `name` is NUL-terminated; dlsym/dlopen only read it.
    unsafe {
        let p = libc::dlsym(libc::RTLD_NEXT, sym);
        if !p.is_null() {
            return p;
        }
        let lib = libc::dlopen(
            c"libOpenCL.so.1".as_ptr(),
            libc::RTLD_NOW | libc::RTLD_LOCAL,
        );
        if lib.is_null() {
            return std::ptr::null_mut();
        }
        libc::dlsym(lib, sym)
    }
}

/// The real implementation, resolved on first use.
pub fn real() -> &'static Real {
    static REAL: OnceLock<Real> = OnceLock::new();
    REAL.get_or_init(Real::resolve)
}

/// A failed real call: which function, and its status.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{call} returned {code}")]
pub struct ClFailure {
    /// The OpenCL function.
    pub call: &'static str,
    /// Its status (`CL_SUCCESS` never appears here; `-59` also stands for "symbol missing").
    pub code: ClInt,
}

fn check(call: &'static str, code: ClInt) -> Result<(), ClFailure> {
    if code == cl::SUCCESS {
        Ok(())
    } else {
        Err(ClFailure { call, code })
    }
}

macro_rules! real_or {
    ($f:ident) => {
        match real().$f {
            Some(f) => f,
            None => {
                return Err(ClFailure {
                    call: stringify!($f),
                    code: cl::INVALID_OPERATION,
                })
            }
        }
    };
}

/// The devices a program is associated with (`CL_PROGRAM_DEVICES`).
pub fn program_devices(program: Handle) -> Result<Vec<Handle>, ClFailure> {
    let f = real_or!(clGetProgramInfo);
    let mut size = 0usize;
    // SAFETY: size query with a null value pointer.
    check("clGetProgramInfo", unsafe {
        f(
            program.raw(),
            cl::PROGRAM_DEVICES,
            0,
            std::ptr::null_mut(),
            &mut size,
        )
    })?;
    let mut devs = vec![std::ptr::null_mut::<c_void>(); size / std::mem::size_of::<RawHandle>()];
    // SAFETY: `devs` holds `size` bytes.
    check("clGetProgramInfo", unsafe {
        f(
            program.raw(),
            cl::PROGRAM_DEVICES,
            size,
            devs.as_mut_ptr().cast(),
            std::ptr::null_mut(),
        )
    })?;
    Ok(devs.into_iter().map(Handle::of).collect())
}

/// The context of a program.
pub fn program_context(program: Handle) -> Result<Handle, ClFailure> {
    let f = real_or!(clGetProgramInfo);
    let mut ctx: RawHandle = std::ptr::null_mut();
    // SAFETY: the value is one handle.
    check("clGetProgramInfo", unsafe {
        f(
            program.raw(),
            cl::PROGRAM_CONTEXT,
            std::mem::size_of::<RawHandle>(),
            (&mut ctx as *mut RawHandle).cast(),
            std::ptr::null_mut(),
        )
    })?;
    Ok(Handle::of(ctx))
}

/// A `cl_uint` info value of a program, kernel or device, through `query`.
fn uint_info(
    call: &'static str,
    query: Option<unsafe extern "C" fn(RawHandle, ClUint, usize, *mut c_void, *mut usize) -> ClInt>,
    obj: Handle,
    param: ClUint,
) -> Result<ClUint, ClFailure> {
    let f = query.ok_or(ClFailure {
        call,
        code: cl::INVALID_OPERATION,
    })?;
    let mut v: ClUint = 0;
    // SAFETY: the value is one cl_uint.
    check(call, unsafe {
        f(
            obj.raw(),
            param,
            4,
            (&mut v as *mut ClUint).cast(),
            std::ptr::null_mut(),
        )
    })?;
    Ok(v)
}

/// `CL_PROGRAM_REFERENCE_COUNT`.
pub fn program_refcount(program: Handle) -> Result<ClUint, ClFailure> {
    uint_info(
        "clGetProgramInfo",
        real().clGetProgramInfo,
        program,
        cl::PROGRAM_REFERENCE_COUNT,
    )
}

/// `CL_KERNEL_REFERENCE_COUNT`.
pub fn kernel_refcount(kernel: Handle) -> Result<ClUint, ClFailure> {
    uint_info(
        "clGetKernelInfo",
        real().clGetKernelInfo,
        kernel,
        cl::KERNEL_REFERENCE_COUNT,
    )
}

/// NVIDIA's compute capability of a device (`sm` as a number), if the device reports it.
pub fn nv_compute_capability(device: Handle) -> Option<u32> {
    let major = uint_info(
        "clGetDeviceInfo",
        real().clGetDeviceInfo,
        device,
        cl::DEVICE_COMPUTE_CAPABILITY_MAJOR_NV,
    )
    .ok()?;
    let minor = uint_info(
        "clGetDeviceInfo",
        real().clGetDeviceInfo,
        device,
        cl::DEVICE_COMPUTE_CAPABILITY_MINOR_NV,
    )
    .ok()?;
    Some(major * 10 + minor)
}

/// A string info value through `query` (trailing NUL removed, invalid UTF-8 replaced).
fn string_info(
    call: &'static str,
    query: impl Fn(usize, *mut c_void, *mut usize) -> ClInt,
) -> Result<String, ClFailure> {
    let mut size = 0usize;
    check(call, query(0, std::ptr::null_mut(), &mut size))?;
    let mut buf = vec![0u8; size];
    check(
        call,
        query(size, buf.as_mut_ptr().cast(), std::ptr::null_mut()),
    )?;
    while buf.last() == Some(&0) {
        buf.pop();
    }
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// `CL_KERNEL_FUNCTION_NAME`.
pub fn kernel_name(kernel: Handle) -> Result<String, ClFailure> {
    let f = real_or!(clGetKernelInfo);
    // SAFETY: `string_info` passes a buffer of the size it names.
    string_info("clGetKernelInfo", |s, v, r| unsafe {
        f(kernel.raw(), cl::KERNEL_FUNCTION_NAME, s, v, r)
    })
}

/// `CL_DEVICE_NAME`.
pub fn device_name(device: Handle) -> Result<String, ClFailure> {
    let f = real_or!(clGetDeviceInfo);
    // SAFETY: as above.
    string_info("clGetDeviceInfo", |s, v, r| unsafe {
        f(device.raw(), cl::DEVICE_NAME, s, v, r)
    })
}

/// Every platform the real library has (`clGetPlatformIDs`; none is not an error here).
pub fn platform_ids() -> Result<Vec<Handle>, ClFailure> {
    let f = real_or!(clGetPlatformIDs);
    let mut n: ClUint = 0;
    // SAFETY: count query.
    let rc = unsafe { f(0, std::ptr::null_mut(), &mut n) };
    if rc == cl::PLATFORM_NOT_FOUND_KHR || (rc == cl::SUCCESS && n == 0) {
        return Ok(Vec::new());
    }
    check("clGetPlatformIDs", rc)?;
    let mut ids = vec![std::ptr::null_mut::<c_void>(); n as usize];
    let mut got: ClUint = 0;
    // SAFETY: `ids` holds `n` handles.
    check("clGetPlatformIDs", unsafe {
        f(n, ids.as_mut_ptr(), &mut got)
    })?;
    ids.truncate(got.min(n) as usize);
    Ok(ids.into_iter().map(Handle::of).collect())
}

/// A string of a platform (`CL_PLATFORM_NAME`, `CL_PLATFORM_VENDOR`).
pub fn platform_string(platform: Handle, param: ClUint) -> Result<String, ClFailure> {
    let f = real_or!(clGetPlatformInfo);
    // SAFETY: `string_info` passes a buffer of the size it names.
    string_info("clGetPlatformInfo", |s, v, r| unsafe {
        f(platform.raw(), param, s, v, r)
    })
}

/// The build log of `program` on `device`.
pub fn build_log(program: Handle, device: Handle) -> Result<String, ClFailure> {
    let f = real_or!(clGetProgramBuildInfo);
    // SAFETY: as above.
    string_info("clGetProgramBuildInfo", |s, v, r| unsafe {
        f(program.raw(), device.raw(), cl::PROGRAM_BUILD_LOG, s, v, r)
    })
}

/// Creates a program from one binary (PTX) per device. Returns the program, or the failure
/// with any per-device status that explains it.
pub fn create_program_with_binary(
    context: Handle,
    devices: &[Handle],
    binary: &[u8],
) -> Result<Handle, ClFailure> {
    let f = real_or!(clCreateProgramWithBinary);
    let raw: Vec<RawHandle> = devices.iter().map(|d| d.raw()).collect();
    let lengths = vec![binary.len(); devices.len()];
    let ptrs = vec![binary.as_ptr(); devices.len()];
    let mut status = vec![0 as ClInt; devices.len()];
    let mut err: ClInt = 0;
    // SAFETY: every array has one entry per device; the binary outlives the call.
    let p = unsafe {
        f(
            context.raw(),
            raw.len() as ClUint,
            raw.as_ptr(),
            lengths.as_ptr(),
            ptrs.as_ptr(),
            status.as_mut_ptr(),
            &mut err,
        )
    };
    if p.is_null() || err != cl::SUCCESS {
        let code = if err != cl::SUCCESS {
            err
        } else {
            status
                .iter()
                .copied()
                .find(|s| *s != 0)
                .unwrap_or(cl::INVALID_OPERATION)
        };
        return Err(ClFailure {
            call: "clCreateProgramWithBinary",
            code,
        });
    }
    Ok(Handle::of(p))
}

/// Creates a program from OpenCL C source.
pub fn create_program_with_source(context: Handle, source: &str) -> Result<Handle, ClFailure> {
    let f = real_or!(clCreateProgramWithSource);
    let ptr = source.as_ptr() as *const c_char;
    let len = source.len();
    let mut err: ClInt = 0;
    // SAFETY: one string with an explicit length.
    let p = unsafe { f(context.raw(), 1, &ptr, &len, &mut err) };
    if p.is_null() {
        return Err(ClFailure {
            call: "clCreateProgramWithSource",
            code: err,
        });
    }
    Ok(Handle::of(p))
}

/// Builds `program` for `devices` (empty: all of its devices) with `options`, synchronously
/// and without a callback.
pub fn build_program(program: Handle, devices: &[Handle], options: &str) -> Result<(), ClFailure> {
    let f = real_or!(clBuildProgram);
    let raw: Vec<RawHandle> = devices.iter().map(|d| d.raw()).collect();
    let opts = std::ffi::CString::new(options.replace('\0', " ")).unwrap_or_default();
    let list = if raw.is_empty() {
        std::ptr::null()
    } else {
        raw.as_ptr()
    };
    // SAFETY: the device list and option string outlive the call; no callback.
    check("clBuildProgram", unsafe {
        f(
            program.raw(),
            raw.len() as ClUint,
            list,
            opts.as_ptr(),
            None,
            std::ptr::null_mut(),
        )
    })
}

/// Releases a program the interposer owns.
pub fn release_program(program: Handle) -> Result<(), ClFailure> {
    let f = real_or!(clReleaseProgram);
    // SAFETY: the interposer holds one reference to `program`.
    check("clReleaseProgram", unsafe { f(program.raw()) })
}

/// The queue's real `CL_QUEUE_PROPERTIES`.
pub fn queue_properties(queue: Handle) -> Result<u64, ClFailure> {
    let f = real_or!(clGetCommandQueueInfo);
    let mut v: u64 = 0;
    // SAFETY: the value is one cl_bitfield.
    check("clGetCommandQueueInfo", unsafe {
        f(
            queue.raw(),
            cl::QUEUE_PROPERTIES,
            8,
            (&mut v as *mut u64).cast(),
            std::ptr::null_mut(),
        )
    })?;
    Ok(v)
}

/// What became of an event the interposer holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventState {
    /// Still queued or running.
    Pending,
    /// Completed; GPU nanoseconds between start and end, if profiling info was available.
    Done(Option<u64>),
    /// The command failed (negative status).
    Failed(ClInt),
}

/// Polls an event without waiting.
pub fn poll_event(event: Handle) -> EventState {
    let Some(info) = real().clGetEventInfo else {
        return EventState::Failed(cl::INVALID_OPERATION);
    };
    let mut status: ClInt = 0;
    // SAFETY: the value is one cl_int.
    let rc = unsafe {
        info(
            event.raw(),
            cl::EVENT_COMMAND_EXECUTION_STATUS,
            4,
            (&mut status as *mut ClInt).cast(),
            std::ptr::null_mut(),
        )
    };
    if rc != cl::SUCCESS {
        return EventState::Failed(rc);
    }
    if status < 0 {
        return EventState::Failed(status);
    }
    if status != cl::COMPLETE {
        return EventState::Pending;
    }
    let Some(prof) = real().clGetEventProfilingInfo else {
        return EventState::Done(None);
    };
    let read = |param| {
        let mut v: u64 = 0;
        // SAFETY: the value is one cl_ulong.
        let rc = unsafe {
            prof(
                event.raw(),
                param,
                8,
                (&mut v as *mut u64).cast(),
                std::ptr::null_mut(),
            )
        };
        (rc == cl::SUCCESS).then_some(v)
    };
    match (
        read(cl::PROFILING_COMMAND_START),
        read(cl::PROFILING_COMMAND_END),
    ) {
        (Some(s), Some(e)) if e >= s => EventState::Done(Some(e - s)),
        _ => EventState::Done(None),
    }
}

/// Releases an event the interposer holds a reference to.
pub fn release_event(event: Handle) {
    if let Some(f) = real().clReleaseEvent {
        // SAFETY: the interposer holds one reference.
        unsafe { f(event.raw()) };
    }
}

/// Takes a reference to an event the application owns.
pub fn retain_event(event: Handle) -> bool {
    match real().clRetainEvent {
        // SAFETY: `event` is a valid event the application just got back.
        Some(f) => unsafe { f(event.raw()) == cl::SUCCESS },
        None => false,
    }
}

/// Reads `count` C strings (with optional lengths, 0 = NUL-terminated) into one string, as
/// `clCreateProgramWithSource` concatenates them.
///
/// # Safety
/// `strings` must point to `count` valid pointers; `lengths` is null or points to `count`
/// lengths; each string is NUL-terminated where its length is 0 or absent.
pub unsafe fn join_sources(
    count: ClUint,
    strings: *const *const c_char,
    lengths: *const usize,
) -> Option<String> {
    if strings.is_null() {
        return None;
    }
    let mut bytes = Vec::new();
    for i in 0..count as usize {
        // SAFETY: caller's contract.
        let s = unsafe { *strings.add(i) };
        if s.is_null() {
            return None;
        }
        // SAFETY: caller's contract.
        let len = if lengths.is_null() {
            0
        } else {
            unsafe { *lengths.add(i) }
        };
        if len == 0 {
            // SAFETY: NUL-terminated by contract.
            bytes.extend_from_slice(unsafe { CStr::from_ptr(s) }.to_bytes());
        } else {
            // SAFETY: `len` readable bytes by contract.
            bytes.extend_from_slice(unsafe { std::slice::from_raw_parts(s as *const u8, len) });
        }
    }
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// A C string argument as Rust text (`None` for null).
///
/// # Safety
/// `s` is null or NUL-terminated.
pub unsafe fn c_str(s: *const c_char) -> Option<String> {
    // SAFETY: caller's contract.
    (!s.is_null()).then(|| unsafe { CStr::from_ptr(s) }.to_string_lossy().into_owned())
}

/// Writes an info value the way `clGet*Info` does: `size_ret` gets the size; `value` (when
/// not null) gets the bytes if `size` is large enough, else `CL_INVALID_VALUE`.
///
/// # Safety
/// `value` is null or points to `size` writable bytes; `size_ret` is null or writable.
pub unsafe fn write_info(
    bytes: &[u8],
    size: usize,
    value: *mut c_void,
    size_ret: *mut usize,
) -> ClInt {
    if !size_ret.is_null() {
        // SAFETY: caller's contract.
        unsafe { *size_ret = bytes.len() };
    }
    if !value.is_null() {
        if size < bytes.len() {
            return cl::INVALID_VALUE;
        }
        // SAFETY: `size >= bytes.len()` writable bytes.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), value as *mut u8, bytes.len()) };
    }
    cl::SUCCESS
}

/// Registers `f` to run at process exit.
pub fn at_exit(f: extern "C" fn()) {
    // SAFETY: `f` is a plain function that stays loaded (a preloaded library is never unloaded).
    unsafe { libc::atexit(f) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_join_with_and_without_lengths() {
        let a = c"kernel void a(){}\n";
        let b = "kernel void b(){}XXX";
        let strings = [a.as_ptr(), b.as_ptr() as *const c_char];
        let lengths = [0usize, b.len() - 3];
        // SAFETY: two valid strings; the second has an explicit length.
        let s = unsafe { join_sources(2, strings.as_ptr(), lengths.as_ptr()) };
        assert_eq!(s.as_deref(), Some("kernel void a(){}\nkernel void b(){}"));
        // SAFETY: null lengths: both must be NUL-terminated (the first is).
        let s = unsafe { join_sources(1, strings.as_ptr(), std::ptr::null()) };
        assert_eq!(s.as_deref(), Some("kernel void a(){}\n"));
        // SAFETY: a null string array is rejected without reading.
        assert_eq!(
            unsafe { join_sources(1, std::ptr::null(), std::ptr::null()) },
            None
        );
    }

    #[test]
    fn info_values_report_size_and_refuse_short_buffers() {
        let mut size = 0usize;
        let mut buf = [0u8; 4];
        // SAFETY: valid buffers of the sizes given.
        unsafe {
            assert_eq!(
                write_info(b"abc\0", 0, std::ptr::null_mut(), &mut size),
                cl::SUCCESS
            );
            assert_eq!(size, 4);
            assert_eq!(
                write_info(b"abc\0", 4, buf.as_mut_ptr().cast(), std::ptr::null_mut()),
                cl::SUCCESS
            );
            assert_eq!(&buf, b"abc\0");
            assert_eq!(
                write_info(b"abcdef\0", 4, buf.as_mut_ptr().cast(), &mut size),
                cl::INVALID_VALUE
            );
        }
        assert_eq!(size, 7);
    }
}
