#!/usr/bin/env python3
"""Runs the cases written by `cargo run -p backend-tgsi-ptx --example gpu_diff -- DIR` on an
NVIDIA GPU through the CUDA driver API (ctypes; no CUDA toolkit needed) and compares every
buffer with the TGSI interpreter's. Usage: gpu_diff.py DIR"""
import ctypes as C, struct, sys, os, math

cu = C.CDLL("libcuda.so.1")

def ck(r, what):
    if r != 0:
        s = C.c_char_p()
        cu.cuGetErrorString(r, C.byref(s))
        raise RuntimeError(f"{what}: {r} {s.value}")

ck(cu.cuInit(0), "cuInit")
dev = C.c_int()
ck(cu.cuDeviceGet(C.byref(dev), 0), "cuDeviceGet")
ctx = C.c_void_p()
ck(cu.cuDevicePrimaryCtxRetain(C.byref(ctx), dev), "ctx")
ck(cu.cuCtxSetCurrent(ctx), "ctx current")

def load(ptx, name):
    mod = C.c_void_p()
    log = C.create_string_buffer(8192)
    # CU_JIT_ERROR_LOG_BUFFER = 5, CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES = 6
    opts = (C.c_int * 2)(5, 6)
    vals = (C.c_void_p * 2)(C.cast(log, C.c_void_p), C.c_void_p(8192))
    r = cu.cuModuleLoadDataEx(C.byref(mod), C.c_char_p(ptx + b"\0"), 2, opts, vals)
    if r != 0:
        raise RuntimeError(f"load {name}: {r} {log.value.decode(errors='replace')}")
    fn = C.c_void_p()
    ck(cu.cuModuleGetFunction(C.byref(fn), mod, name.encode()), "getfunc")
    return fn

def alloc(data):
    p = C.c_uint64()
    ck(cu.cuMemAlloc_v2(C.byref(p), max(len(data), 4)), "alloc")
    if data:
        ck(cu.cuMemcpyHtoD_v2(p, C.c_char_p(bytes(data)), len(data)), "htod")
    return p

def launch(fn, grid, block, args, shmem):
    holders = []
    for kind, v in args:
        holders.append(C.c_uint64(v) if kind == 64 else C.c_uint32(v))
    arr = (C.c_void_p * len(holders))(*[C.cast(C.byref(h), C.c_void_p) for h in holders])
    ck(cu.cuLaunchKernel(fn, grid, 1, 1, block, 1, 1, shmem, None, arr, None), "launch")
    ck(cu.cuCtxSynchronize(), "sync")

# Shared-window address of a 16-byte static block (where tgsi_smem lands).
PROBE = b""".version 8.5
.target sm_90, texmode_independent
.address_size 64
.entry probe(.param .u64 .ptr .global .align 4 out)
{
\t.shared .align 16 .b8 s[16];
\t.reg .b32 %r<2>;
\t.reg .b64 %d<2>;
\tmov.u32 %r0, s;
\tld.param.u64 %d0, [out];
\tst.global.u32 [%d0], %r0;
\tret;
}
"""
pf = load(PROBE, "probe")
pb = alloc(b"\0" * 4)
launch(pf, 1, 1, [(64, pb.value)], 0)
o = C.create_string_buffer(4)
ck(cu.cuMemcpyDtoH_v2(o, pb, 4), "dtoh")
SMEM0 = struct.unpack("<I", o.raw)[0]
print(f"static shared block at shared address {SMEM0:#x}")

def close(kind, a, b):
    if kind == "exact":
        return a == b
    width = 4 if kind.startswith("f32") else 8
    fmt = "<f" if width == 4 else "<d"
    tol = float(kind.split(":")[1])
    x = struct.unpack(fmt, a)[0]
    y = struct.unpack(fmt, b)[0]
    if math.isnan(x) and math.isnan(y):
        return True
    if x == y:
        return a == b or x == 0  # +0/-0 must match unless tolerant
    if tol == 0:
        return False
    if math.isinf(x) or math.isinf(y) or math.isnan(x) or math.isnan(y):
        return False
    if "rel" in kind:
        return abs(x - y) <= tol * max(abs(x), abs(y))
    return abs(x - y) <= tol * max(1.0, abs(y))

d = sys.argv[1]
bad = 0
oks = []
for line in open(os.path.join(d, "manifest.txt")):
    name, kind, groups, block, nbuf, args = line.split()
    groups, block, nbuf = int(groups), int(block), int(nbuf)
    ptx = open(os.path.join(d, name + ".ptx"), "rb").read()
    # The CUDA driver (unlike NVIDIA's OpenCL) rejects `.ptr .shared` kernel parameters; the
    # value passed is the same shared-window address either way.
    ptx = ptx.replace(b".ptr .shared .align 4 ", b"")
    fn = load(ptx, name)
    bufs = [alloc(open(os.path.join(d, f"{name}.in{k}.bin"), "rb").read()) for k in range(nbuf)]
    largs, shmem = [], 0
    for a in args.split(","):
        t, v = a.split(":")
        if t == "buf":
            largs.append((64, bufs[int(v)].value))
        elif t == "u32":
            largs.append((32, int(v)))
        else:
            # Dynamic shared memory follows the static block (16 bytes in our cases here).
            static = 16
            largs.append((64, SMEM0 + static))
            shmem = int(v)
    launch(fn, groups, block, largs, shmem)
    mism = []
    for k in range(nbuf):
        exp = open(os.path.join(d, f"{name}.out{k}.bin"), "rb").read()
        inp = open(os.path.join(d, f"{name}.in{k}.bin"), "rb").read()
        got = C.create_string_buffer(len(exp))
        ck(cu.cuMemcpyDtoH_v2(got, bufs[k], len(exp)), "dtoh")
        got = got.raw
        w = 8 if kind.startswith("f64") else 4
        for i in range(0, len(exp), w):
            if not close(kind, got[i:i + w], exp[i:i + w]):
                mism.append((k, i, got[i:i + w].hex(), exp[i:i + w].hex()))
    if mism:
        bad += 1
        print(f"MISMATCH {name} ({kind}): {len(mism)} words; first: " +
              "; ".join(f"buf{k}@{i} gpu={g} interp={e}" for k, i, g, e in mism[:4]))
    else:
        oks.append(name)
print(f"{len(oks)} cases matched the interpreter: {' '.join(oks)}")
print(f"{bad} cases mismatched")
