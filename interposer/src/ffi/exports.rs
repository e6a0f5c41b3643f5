//! The entry points the interposer exports. Each one shadows the OpenCL function of the same
//! name for the whole process (the library is preloaded); every other OpenCL function is not
//! defined here and reaches the real library untouched.
//!
//! Every entry point catches panics of the interposer's own logic; a panic (a bug) falls back
//! to what the real function would have done, so the application never crashes because of the
//! interposer. Calls into the real library happen outside the caught sections where they have
//! side effects, so nothing is done twice.

// These are C entry points; the OpenCL specification is their contract.
#![allow(clippy::missing_safety_doc, non_snake_case)]

use super::{
    c_str, cl, join_sources, real, write_info, BuildNotify, ClInt, ClUint, Handle, RawHandle,
};
use crate::route::Decision;
use crate::{state, TAG};
use std::ffi::{c_char, c_void, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

/// Runs the interposer's logic `f`; a panic prints one line and gives `fallback`.
fn guard<R>(entry: &str, fallback: R, f: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(_) => {
            eprintln!("{TAG}: internal error in {entry}; passing the call through");
            fallback
        }
    }
}

unsafe fn set_err(errcode_ret: *mut ClInt, code: ClInt) {
    if !errcode_ret.is_null() {
        // SAFETY: the application passes a writable cl_int or null.
        unsafe { *errcode_ret = code };
    }
}

/// The device list of a call, as handles.
unsafe fn devices_of(num: ClUint, list: *const RawHandle) -> Vec<Handle> {
    if list.is_null() {
        return Vec::new();
    }
    // SAFETY: the application passes `num` devices.
    unsafe { std::slice::from_raw_parts(list, num as usize) }
        .iter()
        .map(|d| Handle::of(*d))
        .collect()
}

macro_rules! real_fn {
    ($name:ident, $missing:expr) => {
        match real().$name {
            Some(f) => f,
            None => {
                eprintln!("{TAG}: the real {} was not found", stringify!($name));
                return $missing;
            }
        }
    };
}

#[no_mangle]
pub unsafe extern "C" fn clCreateProgramWithSource(
    context: RawHandle,
    count: ClUint,
    strings: *const *const c_char,
    lengths: *const usize,
    errcode_ret: *mut ClInt,
) -> RawHandle {
    let f = real_fn!(clCreateProgramWithSource, {
        // SAFETY: as the application passed it.
        unsafe { set_err(errcode_ret, cl::INVALID_OPERATION) };
        std::ptr::null_mut()
    });
    // SAFETY: the application's arguments, unchanged.
    let program = unsafe { f(context, count, strings, lengths, errcode_ret) };
    if !program.is_null() {
        guard("clCreateProgramWithSource", (), || {
            crate::init();
            // SAFETY: the real call accepted these strings.
            if let Some(source) = unsafe { join_sources(count, strings, lengths) } {
                state().add_program(Handle::of(program), Handle::of(context), source);
            }
        });
    }
    program
}

#[no_mangle]
pub unsafe extern "C" fn clBuildProgram(
    program: RawHandle,
    num_devices: ClUint,
    device_list: *const RawHandle,
    options: *const c_char,
    pfn_notify: BuildNotify,
    user_data: *mut c_void,
) -> ClInt {
    let f = real_fn!(clBuildProgram, cl::INVALID_OPERATION);
    let app = Handle::of(program);
    let decision = guard("clBuildProgram", None, || {
        crate::init();
        // (`build_tracked` gives `None` for programs not built from source.)
        // SAFETY: the application's device list and option string.
        let devices = unsafe { devices_of(num_devices, device_list) };
        let opts = unsafe { c_str(options) }.unwrap_or_default();
        crate::build_tracked(app, &devices, &opts, None)
    });
    match decision {
        None => {
            // SAFETY: the application's arguments, unchanged.
            unsafe {
                f(
                    program,
                    num_devices,
                    device_list,
                    options,
                    pfn_notify,
                    user_data,
                )
            }
        }
        Some(Decision::Native { options: opts }) => {
            let opts = CString::new(opts.replace('\0', " ")).unwrap_or_default();
            let start = Instant::now();
            // SAFETY: the application's arguments with the routed options.
            let rc = unsafe {
                f(
                    program,
                    num_devices,
                    device_list,
                    opts.as_ptr(),
                    pfn_notify,
                    user_data,
                )
            };
            let secs = start.elapsed().as_secs_f64();
            guard("clBuildProgram", (), || crate::native_built(app, rc, secs));
            rc
        }
        Some(Decision::Replaced(_)) => {
            if let Some(notify) = pfn_notify {
                // SAFETY: the application's callback, with its own handle, after the build.
                unsafe { notify(program, user_data) };
            }
            cl::SUCCESS
        }
        Some(Decision::Fail(_)) => {
            if let Some(notify) = pfn_notify {
                // SAFETY: as above.
                unsafe { notify(program, user_data) };
            }
            cl::BUILD_PROGRAM_FAILURE
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn clCompileProgram(
    program: RawHandle,
    num_devices: ClUint,
    device_list: *const RawHandle,
    options: *const c_char,
    num_input_headers: ClUint,
    input_headers: *const RawHandle,
    header_include_names: *const *const c_char,
    pfn_notify: BuildNotify,
    user_data: *mut c_void,
) -> ClInt {
    let f = real_fn!(clCompileProgram, cl::INVALID_OPERATION);
    guard("clCompileProgram", (), || {
        crate::init();
        let app = Handle::of(program);
        let mut s = state();
        if s.program(app).is_none() {
            return;
        }
        let mut headers = Vec::new();
        if !input_headers.is_null() && !header_include_names.is_null() {
            for i in 0..num_input_headers as usize {
                // SAFETY: the application passes `num_input_headers` of each.
                let (h, name) =
                    unsafe { (*input_headers.add(i), c_str(*header_include_names.add(i))) };
                if let (Some(name), Some(p)) = (name, s.program(Handle::of(h))) {
                    headers.push((name, p.source.clone()));
                }
            }
        }
        // SAFETY: the application's option string.
        let opts = unsafe { c_str(options) }.unwrap_or_default();
        if let Some(p) = s.program_mut(app) {
            p.compile = Some(crate::state::CompileInfo {
                options: opts,
                headers,
            });
        }
    });
    // SAFETY: the application's arguments, unchanged: the native object stays valid, so a
    // fallback needs no second compilation.
    unsafe {
        f(
            program,
            num_devices,
            device_list,
            options,
            num_input_headers,
            input_headers,
            header_include_names,
            pfn_notify,
            user_data,
        )
    }
}

#[no_mangle]
pub unsafe extern "C" fn clLinkProgram(
    context: RawHandle,
    num_devices: ClUint,
    device_list: *const RawHandle,
    options: *const c_char,
    num_input_programs: ClUint,
    input_programs: *const RawHandle,
    pfn_notify: BuildNotify,
    user_data: *mut c_void,
    errcode_ret: *mut ClInt,
) -> RawHandle {
    let f = real_fn!(clLinkProgram, {
        // SAFETY: as the application passed it.
        unsafe { set_err(errcode_ret, cl::INVALID_OPERATION) };
        std::ptr::null_mut()
    });
    // SAFETY: the application's arguments, unchanged.
    let linked = unsafe {
        f(
            context,
            num_devices,
            device_list,
            options,
            num_input_programs,
            input_programs,
            pfn_notify,
            user_data,
            errcode_ret,
        )
    };
    if linked.is_null() || input_programs.is_null() {
        return linked;
    }
    let fail = guard("clLinkProgram", false, || {
        crate::init();
        // SAFETY: the application passes `num_input_programs` programs.
        let inputs = unsafe { devices_of(num_input_programs, input_programs) };
        let devices = unsafe { devices_of(num_devices, device_list) };
        crate::link_tracked(Handle::of(linked), Handle::of(context), &inputs, &devices)
    });
    if fail {
        let _ = super::release_program(Handle::of(linked));
        // SAFETY: as the application passed it.
        unsafe { set_err(errcode_ret, cl::LINK_PROGRAM_FAILURE) };
        return std::ptr::null_mut();
    }
    linked
}

#[no_mangle]
pub unsafe extern "C" fn clCreateKernel(
    program: RawHandle,
    kernel_name: *const c_char,
    errcode_ret: *mut ClInt,
) -> RawHandle {
    let f = real_fn!(clCreateKernel, {
        // SAFETY: as the application passed it.
        unsafe { set_err(errcode_ret, cl::INVALID_OPERATION) };
        std::ptr::null_mut()
    });
    let app = Handle::of(program);
    let target = guard("clCreateKernel", app, || state().swap(app));
    // SAFETY: the application's arguments, with the program the driver built.
    let kernel = unsafe { f(target.raw(), kernel_name, errcode_ret) };
    if !kernel.is_null() {
        guard("clCreateKernel", (), || {
            // SAFETY: the real call accepted the name.
            if let Some(name) = unsafe { c_str(kernel_name) } {
                state().add_kernel(Handle::of(kernel), app, &name);
            }
        });
    }
    kernel
}

#[no_mangle]
pub unsafe extern "C" fn clCreateKernelsInProgram(
    program: RawHandle,
    num_kernels: ClUint,
    kernels: *mut RawHandle,
    num_kernels_ret: *mut ClUint,
) -> ClInt {
    let f = real_fn!(clCreateKernelsInProgram, cl::INVALID_OPERATION);
    let app = Handle::of(program);
    let target = guard("clCreateKernelsInProgram", app, || state().swap(app));
    // SAFETY: the application's arguments, with the program the driver built.
    let rc = unsafe { f(target.raw(), num_kernels, kernels, num_kernels_ret) };
    if rc == cl::SUCCESS && !kernels.is_null() {
        guard("clCreateKernelsInProgram", (), || {
            let mut made: ClUint = 0;
            // SAFETY: count query; the real call just succeeded on this program.
            if unsafe { f(target.raw(), 0, std::ptr::null_mut(), &mut made) } != cl::SUCCESS {
                return;
            }
            for i in 0..made.min(num_kernels) as usize {
                // SAFETY: the real call wrote `min(num_kernels, made)` kernels.
                let k = Handle::of(unsafe { *kernels.add(i) });
                if let Ok(name) = super::kernel_name(k) {
                    state().add_kernel(k, app, &name);
                }
            }
        });
    }
    rc
}

#[no_mangle]
pub unsafe extern "C" fn clGetProgramInfo(
    program: RawHandle,
    param_name: ClUint,
    param_value_size: usize,
    param_value: *mut c_void,
    param_value_size_ret: *mut usize,
) -> ClInt {
    let f = real_fn!(clGetProgramInfo, cl::INVALID_OPERATION);
    let app = Handle::of(program);
    let target = guard("clGetProgramInfo", app, || match param_name {
        // What belongs to the application's object itself.
        cl::PROGRAM_REFERENCE_COUNT | cl::PROGRAM_SOURCE | cl::PROGRAM_CONTEXT => app,
        _ => state().swap(app),
    });
    // SAFETY: the application's arguments, with the program the driver built.
    unsafe {
        f(
            target.raw(),
            param_name,
            param_value_size,
            param_value,
            param_value_size_ret,
        )
    }
}

#[no_mangle]
pub unsafe extern "C" fn clGetProgramBuildInfo(
    program: RawHandle,
    device: RawHandle,
    param_name: ClUint,
    param_value_size: usize,
    param_value: *mut c_void,
    param_value_size_ret: *mut usize,
) -> ClInt {
    let f = real_fn!(clGetProgramBuildInfo, cl::INVALID_OPERATION);
    let app = Handle::of(program);
    // (the program the driver built, the failure log, the application's options)
    let (target, failure, options) = guard("clGetProgramBuildInfo", (app, None, None), || {
        let s = state();
        match s.program(app) {
            Some(p) => (
                p.replacement.unwrap_or(app),
                p.failure.clone(),
                Some(p.options.clone()),
            ),
            None => (app, None, None),
        }
    });
    let text = |t: &str| {
        let mut bytes = t.as_bytes().to_vec();
        bytes.push(0);
        // SAFETY: the application's output arguments.
        unsafe { write_info(&bytes, param_value_size, param_value, param_value_size_ret) }
    };
    match (param_name, &failure, &options) {
        (cl::PROGRAM_BUILD_STATUS, Some(_), _) => {
            // SAFETY: the application's output arguments.
            unsafe {
                write_info(
                    &cl::BUILD_ERROR.to_ne_bytes(),
                    param_value_size,
                    param_value,
                    param_value_size_ret,
                )
            }
        }
        (cl::PROGRAM_BUILD_LOG, Some(log), _) => text(log),
        // The options as the application gave them, whatever the path handed the driver.
        (cl::PROGRAM_BUILD_OPTIONS, _, Some(o)) => text(o),
        // SAFETY: the application's arguments, with the program the driver built.
        _ => unsafe {
            f(
                target.raw(),
                device,
                param_name,
                param_value_size,
                param_value,
                param_value_size_ret,
            )
        },
    }
}

#[no_mangle]
pub unsafe extern "C" fn clReleaseProgram(program: RawHandle) -> ClInt {
    let f = real_fn!(clReleaseProgram, cl::INVALID_OPERATION);
    let app = Handle::of(program);
    let last = guard("clReleaseProgram", false, || {
        state().program(app).is_some() && super::program_refcount(app).ok() == Some(1)
    });
    // SAFETY: the application's argument.
    let rc = unsafe { f(program) };
    if rc == cl::SUCCESS && last {
        guard("clReleaseProgram", (), || {
            let replacement = state().remove_program(app);
            if let Some(r) = replacement {
                let _ = super::release_program(r);
            }
        });
    }
    rc
}

#[no_mangle]
pub unsafe extern "C" fn clGetKernelInfo(
    kernel: RawHandle,
    param_name: ClUint,
    param_value_size: usize,
    param_value: *mut c_void,
    param_value_size_ret: *mut usize,
) -> ClInt {
    let f = real_fn!(clGetKernelInfo, cl::INVALID_OPERATION);
    // SAFETY: the application's arguments, unchanged.
    let rc = unsafe {
        f(
            kernel,
            param_name,
            param_value_size,
            param_value,
            param_value_size_ret,
        )
    };
    if rc == cl::SUCCESS
        && param_name == cl::KERNEL_PROGRAM
        && !param_value.is_null()
        && param_value_size >= std::mem::size_of::<RawHandle>()
    {
        guard("clGetKernelInfo", (), || {
            let slot = param_value as *mut RawHandle;
            // SAFETY: the real call wrote one handle there.
            let p = Handle::of(unsafe { slot.read_unaligned() });
            let app = state().app_handle(p);
            // SAFETY: as above.
            unsafe { slot.write_unaligned(app.raw()) };
        });
    }
    rc
}

#[no_mangle]
pub unsafe extern "C" fn clReleaseKernel(kernel: RawHandle) -> ClInt {
    let f = real_fn!(clReleaseKernel, cl::INVALID_OPERATION);
    let k = Handle::of(kernel);
    let last = guard("clReleaseKernel", false, || {
        state().kernel(k).is_some() && super::kernel_refcount(k).ok() == Some(1)
    });
    // SAFETY: the application's argument.
    let rc = unsafe { f(kernel) };
    if rc == cl::SUCCESS && last {
        guard("clReleaseKernel", (), || state().remove_kernel(k));
    }
    rc
}

#[no_mangle]
pub unsafe extern "C" fn clEnqueueNDRangeKernel(
    queue: RawHandle,
    kernel: RawHandle,
    work_dim: ClUint,
    global_work_offset: *const usize,
    global_work_size: *const usize,
    local_work_size: *const usize,
    num_events_in_wait_list: ClUint,
    event_wait_list: *const RawHandle,
    event: *mut RawHandle,
) -> ClInt {
    let f = real_fn!(clEnqueueNDRangeKernel, cl::INVALID_OPERATION);
    let call = |ev: *mut RawHandle| {
        // SAFETY: the application's arguments; `ev` is its event slot or the interposer's.
        unsafe {
            f(
                queue,
                kernel,
                work_dim,
                global_work_offset,
                global_work_size,
                local_work_size,
                num_events_in_wait_list,
                event_wait_list,
                ev,
            )
        }
    };
    // The launch's shape, copied out of the application's arrays (`work_dim` ≤ 3 is the
    // runtime's to check; a bad one records no shape).
    let dims = if (1..=3).contains(&work_dim) {
        work_dim as usize
    } else {
        0
    };
    let read = |p: *const usize| -> Option<Vec<u64>> {
        // SAFETY: OpenCL requires `dims` readable entries when the pointer is not null.
        (!p.is_null()).then(|| (0..dims).map(|d| unsafe { *p.add(d) } as u64).collect())
    };
    let global = read(global_work_size).unwrap_or_default();
    let local = read(local_work_size);
    let shape = (global.as_slice(), local.as_deref());
    let plan = guard("clEnqueueNDRangeKernel", None, || {
        let idx = state().kernel(Handle::of(kernel))?;
        let profiled = super::queue_properties(Handle::of(queue))
            .is_ok_and(|p| p & cl::QUEUE_PROFILING_ENABLE != 0);
        Some((idx, profiled))
    });
    let Some((idx, profiled)) = plan else {
        return call(event);
    };
    if !profiled {
        let rc = call(event);
        if rc == cl::SUCCESS {
            guard("clEnqueueNDRangeKernel", (), || {
                state().launched(idx, shape, None)
            });
        }
        return rc;
    }
    let mut own: RawHandle = std::ptr::null_mut();
    let slot = if event.is_null() {
        &mut own as *mut RawHandle
    } else {
        event
    };
    let rc = call(slot);
    if rc == cl::SUCCESS {
        guard("clEnqueueNDRangeKernel", (), || {
            // SAFETY: the real call wrote the event into `slot`.
            let ev = Handle::of(unsafe { *slot });
            // The application's own event gets one more reference, released once timed.
            let timed = !ev.is_null() && (event.is_null() || super::retain_event(ev));
            let many = {
                let mut s = state();
                s.launched(idx, shape, timed.then_some(ev));
                s.pending_len() >= 1024
            };
            if many {
                crate::drain_events();
            }
        });
    }
    rc
}

#[no_mangle]
pub unsafe extern "C" fn clFinish(queue: RawHandle) -> ClInt {
    let f = real_fn!(clFinish, cl::INVALID_OPERATION);
    // SAFETY: the application's argument.
    let rc = unsafe { f(queue) };
    guard("clFinish", (), crate::drain_events);
    if rc == cl::SUCCESS && crate::reads::enabled() {
        guard("clFinish", (), crate::reads::flush_deferred);
    }
    rc
}

/// Passed through; with `VISABENCH_READS` the bytes read are saved ([`crate::reads`]).
#[no_mangle]
pub unsafe extern "C" fn clEnqueueReadBuffer(
    queue: RawHandle,
    buffer: RawHandle,
    blocking_read: ClUint,
    offset: usize,
    size: usize,
    ptr: *mut c_void,
    num_events_in_wait_list: ClUint,
    event_wait_list: *const RawHandle,
    event: *mut RawHandle,
) -> ClInt {
    let f = real_fn!(clEnqueueReadBuffer, cl::INVALID_OPERATION);
    // SAFETY: the application's arguments, unchanged.
    let rc = unsafe {
        f(
            queue,
            buffer,
            blocking_read,
            offset,
            size,
            ptr,
            num_events_in_wait_list,
            event_wait_list,
            event,
        )
    };
    if rc == cl::SUCCESS && crate::reads::enabled() {
        guard("clEnqueueReadBuffer", (), || {
            // SAFETY: the read succeeded: `ptr` is its destination, `size` bytes long.
            unsafe { crate::reads::enqueued(ptr as *const u8, size, blocking_read != 0) }
        });
    }
    rc
}

#[no_mangle]
pub unsafe extern "C" fn clCreateCommandQueue(
    context: RawHandle,
    device: RawHandle,
    properties: u64,
    errcode_ret: *mut ClInt,
) -> RawHandle {
    let f = real_fn!(clCreateCommandQueue, {
        // SAFETY: as the application passed it.
        unsafe { set_err(errcode_ret, cl::INVALID_OPERATION) };
        std::ptr::null_mut()
    });
    let add = guard("clCreateCommandQueue", false, || {
        crate::init();
        crate::config().profile_queues && properties & cl::QUEUE_PROFILING_ENABLE == 0
    });
    if add {
        let mut err: ClInt = 0;
        // SAFETY: the application's arguments plus profiling.
        let q = unsafe {
            f(
                context,
                device,
                properties | cl::QUEUE_PROFILING_ENABLE,
                &mut err,
            )
        };
        if !q.is_null() {
            // SAFETY: as the application passed it.
            unsafe { set_err(errcode_ret, cl::SUCCESS) };
            guard("clCreateCommandQueue", (), || {
                state().set_queue_profiling_added(Handle::of(q), true)
            });
            return q;
        }
    }
    // SAFETY: the application's arguments, unchanged.
    let q = unsafe { f(context, device, properties, errcode_ret) };
    if !q.is_null() {
        guard("clCreateCommandQueue", (), || {
            state().set_queue_profiling_added(Handle::of(q), false)
        });
    }
    q
}

#[no_mangle]
pub unsafe extern "C" fn clCreateCommandQueueWithProperties(
    context: RawHandle,
    device: RawHandle,
    properties: *const u64,
    errcode_ret: *mut ClInt,
) -> RawHandle {
    let f = real_fn!(clCreateCommandQueueWithProperties, {
        // SAFETY: as the application passed it.
        unsafe { set_err(errcode_ret, cl::INVALID_OPERATION) };
        std::ptr::null_mut()
    });
    let with_profiling = guard("clCreateCommandQueueWithProperties", None, || {
        crate::init();
        if !crate::config().profile_queues {
            return None;
        }
        let mut list = Vec::new();
        if !properties.is_null() {
            let mut i = 0;
            // SAFETY: a zero-terminated list of (name, value) pairs, as the spec requires.
            while unsafe { *properties.add(i) } != 0 {
                list.push(unsafe { (*properties.add(i), *properties.add(i + 1)) });
                i += 2;
            }
        }
        match list
            .iter_mut()
            .find(|(k, _)| *k == u64::from(cl::QUEUE_PROPERTIES))
        {
            Some((_, v)) if *v & cl::QUEUE_PROFILING_ENABLE != 0 => return None,
            Some((_, v)) => *v |= cl::QUEUE_PROFILING_ENABLE,
            None => list.push((u64::from(cl::QUEUE_PROPERTIES), cl::QUEUE_PROFILING_ENABLE)),
        }
        let mut flat: Vec<u64> = list.into_iter().flat_map(|(k, v)| [k, v]).collect();
        flat.push(0);
        Some(flat)
    });
    if let Some(list) = with_profiling {
        let mut err: ClInt = 0;
        // SAFETY: the application's properties plus profiling, zero-terminated.
        let q = unsafe { f(context, device, list.as_ptr(), &mut err) };
        if !q.is_null() {
            // SAFETY: as the application passed it.
            unsafe { set_err(errcode_ret, cl::SUCCESS) };
            guard("clCreateCommandQueueWithProperties", (), || {
                state().set_queue_profiling_added(Handle::of(q), true)
            });
            return q;
        }
    }
    // SAFETY: the application's arguments, unchanged.
    let q = unsafe { f(context, device, properties, errcode_ret) };
    if !q.is_null() {
        guard("clCreateCommandQueueWithProperties", (), || {
            state().set_queue_profiling_added(Handle::of(q), false)
        });
    }
    q
}

#[no_mangle]
pub unsafe extern "C" fn clGetCommandQueueInfo(
    queue: RawHandle,
    param_name: ClUint,
    param_value_size: usize,
    param_value: *mut c_void,
    param_value_size_ret: *mut usize,
) -> ClInt {
    let f = real_fn!(clGetCommandQueueInfo, cl::INVALID_OPERATION);
    // SAFETY: the application's arguments, unchanged.
    let rc = unsafe {
        f(
            queue,
            param_name,
            param_value_size,
            param_value,
            param_value_size_ret,
        )
    };
    if rc == cl::SUCCESS
        && param_name == cl::QUEUE_PROPERTIES
        && !param_value.is_null()
        && param_value_size >= 8
    {
        guard("clGetCommandQueueInfo", (), || {
            if state().queue_profiling_added(Handle::of(queue)) {
                let v = param_value as *mut u64;
                // SAFETY: the real call wrote one cl_bitfield there; hide the interposer's bit.
                unsafe { v.write_unaligned(v.read_unaligned() & !cl::QUEUE_PROFILING_ENABLE) };
            }
        });
    }
    rc
}

// ---- VISABENCH_PLATFORM (see `crate::platform`) ----

#[no_mangle]
pub unsafe extern "C" fn clGetPlatformIDs(
    num_entries: ClUint,
    platforms: *mut RawHandle,
    num_platforms: *mut ClUint,
) -> ClInt {
    let f = real_fn!(clGetPlatformIDs, cl::INVALID_OPERATION);
    let view = guard("clGetPlatformIDs", None, || {
        crate::init();
        crate::platform::view().and_then(|v| v.as_ref().ok())
    });
    let Some(view) = view else {
        // SAFETY: the application's arguments, unchanged.
        return unsafe { f(num_entries, platforms, num_platforms) };
    };
    if (num_entries == 0 && !platforms.is_null())
        || (platforms.is_null() && num_platforms.is_null())
    {
        return cl::INVALID_VALUE;
    }
    if !platforms.is_null() {
        for (i, p) in view.visible.iter().take(num_entries as usize).enumerate() {
            // SAFETY: the application passes room for `num_entries` platforms.
            unsafe { *platforms.add(i) = p.raw() };
        }
    }
    if !num_platforms.is_null() {
        // SAFETY: a writable cl_uint.
        unsafe { *num_platforms = view.visible.len() as ClUint };
    }
    if view.visible.is_empty() {
        // What the ICD loader answers when there is no platform at all.
        cl::PLATFORM_NOT_FOUND_KHR
    } else {
        cl::SUCCESS
    }
}

#[no_mangle]
pub unsafe extern "C" fn clGetDeviceIDs(
    platform: RawHandle,
    device_type: u64,
    num_entries: ClUint,
    devices: *mut RawHandle,
    num_devices: *mut ClUint,
) -> ClInt {
    let f = real_fn!(clGetDeviceIDs, cl::INVALID_OPERATION);
    let p = Handle::of(platform);
    let target = guard("clGetDeviceIDs", Some(p), || {
        match crate::platform::view() {
            Some(Ok(view)) => view.admit(p),
            _ => Some(p),
        }
    });
    let Some(target) = target else {
        return cl::INVALID_PLATFORM;
    };
    // SAFETY: the application's arguments, with a visible platform for the null one.
    unsafe { f(target.raw(), device_type, num_entries, devices, num_devices) }
}

#[no_mangle]
pub unsafe extern "C" fn clCreateContextFromType(
    properties: *const isize,
    device_type: u64,
    pfn_notify: super::ContextNotify,
    user_data: *mut c_void,
    errcode_ret: *mut ClInt,
) -> RawHandle {
    let f = real_fn!(clCreateContextFromType, {
        // SAFETY: as the application passed it.
        unsafe { set_err(errcode_ret, cl::INVALID_OPERATION) };
        std::ptr::null_mut()
    });
    let props = guard("clCreateContextFromType", Ok(None), || {
        let Some(Ok(view)) = crate::platform::view() else {
            return Ok(None);
        };
        let mut pairs = Vec::new();
        if !properties.is_null() {
            let mut i = 0;
            // SAFETY: a zero-terminated list of (name, value) pairs, as the spec requires.
            while unsafe { *properties.add(i) } != 0 {
                pairs.push(unsafe { (*properties.add(i), *properties.add(i + 1)) });
                i += 2;
            }
        }
        view.context_properties(&pairs)
    });
    match props {
        Err(()) => {
            // SAFETY: as the application passed it.
            unsafe { set_err(errcode_ret, cl::INVALID_PLATFORM) };
            std::ptr::null_mut()
        }
        // SAFETY: the application's arguments, with a visible platform named.
        Ok(Some(list)) => unsafe {
            f(
                list.as_ptr(),
                device_type,
                pfn_notify,
                user_data,
                errcode_ret,
            )
        },
        // SAFETY: the application's arguments, unchanged.
        Ok(None) => unsafe { f(properties, device_type, pfn_notify, user_data, errcode_ret) },
    }
}
