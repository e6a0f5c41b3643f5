/* An ordinary OpenCL host program of our own, used to check the visabench interposer: it knows
 * nothing about visabench. Three programs, five kernels, build-time defines, a __local
 * argument, clCreateKernelsInProgram, clCompileProgram/clLinkProgram with an embedded header,
 * and the queries an application makes about its programs. Every output is checked against a
 * CPU reference; exit status 0 means every check passed.
 *
 * Usage: multiprog [profile]   ("profile": the application enables queue profiling itself
 *                                and waits on its own events)
 * The device: the first GPU, else the first device; MULTIPROG_PLATFORM=substring picks a
 * platform by name.
 */
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 4096
#define WG 64

static int failures = 0;

#define CHECK(call)                                                                  \
    do {                                                                             \
        cl_int err_ = (call);                                                        \
        if (err_ != CL_SUCCESS) {                                                    \
            fprintf(stderr, "multiprog: %s failed: %d (line %d)\n", #call, err_, __LINE__); \
            exit(2);                                                                 \
        }                                                                            \
    } while (0)

static void expect(int ok, const char *what) {
    printf("%s %s\n", ok ? "ok  " : "FAIL", what);
    if (!ok) failures++;
}

/* Program 1, given as two strings (one with an explicit length): FACTOR comes from -D. */
static const char *prog1_a =
    "__kernel void scale(__global const float *x, __global float *y) {\n"
    "    size_t i = get_global_id(0);\n"
    "    y[i] = x[i] * FACTOR;\n"
    "}\n";
static const char *prog1_b =
    "__kernel void saxpy(float a, __global const float *x, __global float *y) {\n"
    "    size_t i = get_global_id(0);\n"
    "    y[i] = a * x[i] + y[i];\n"
    "}\n";

/* Program 2: a work-group tree reduction through a __local argument; two kernels. */
static const char *prog2 =
    "__kernel void block_sum(__global const float *x, __global float *out, __local float *tmp) {\n"
    "    size_t l = get_local_id(0);\n"
    "    tmp[l] = x[get_global_id(0)];\n"
    "    barrier(CLK_LOCAL_MEM_FENCE);\n"
    "    for (size_t s = get_local_size(0) / 2; s > 0; s >>= 1) {\n"
    "        if (l < s) tmp[l] += tmp[l + s];\n"
    "        barrier(CLK_LOCAL_MEM_FENCE);\n"
    "    }\n"
    "    if (l == 0) out[get_group_id(0)] = tmp[0];\n"
    "}\n"
    "__kernel void fill(__global int *v, int base) {\n"
    "    v[get_global_id(0)] = base + (int)get_global_id(0) * STRIDE;\n"
    "}\n";

/* Program 3: compiled and linked separately, with an embedded header. */
static const char *prog3 =
    "#include \"params.h\"\n"
    "__kernel void poly(__global const float *x, __global float *y) {\n"
    "    size_t i = get_global_id(0);\n"
    "    float v = x[i];\n"
    "    y[i] = COEF_A * v * v + COEF_B;\n"
    "}\n";
static const char *prog3_header = "#define COEF_A 2.0f\n#define COEF_B OFFSET\n";

static cl_device_id pick_device(void) {
    cl_platform_id plats[8];
    cl_uint np = 0;
    CHECK(clGetPlatformIDs(8, plats, &np));
    const char *want = getenv("MULTIPROG_PLATFORM");
    cl_device_id fallback = NULL;
    for (cl_uint p = 0; p < np; p++) {
        char name[256] = {0};
        clGetPlatformInfo(plats[p], CL_PLATFORM_NAME, sizeof name - 1, name, NULL);
        if (want && !strstr(name, want)) continue;
        cl_device_id dev;
        cl_uint nd = 0;
        if (clGetDeviceIDs(plats[p], CL_DEVICE_TYPE_GPU, 1, &dev, &nd) == CL_SUCCESS && nd > 0) return dev;
        if (!fallback && clGetDeviceIDs(plats[p], CL_DEVICE_TYPE_ALL, 1, &dev, &nd) == CL_SUCCESS && nd > 0)
            fallback = dev;
    }
    if (!fallback) {
        fprintf(stderr, "multiprog: no OpenCL device\n");
        exit(2);
    }
    return fallback;
}

static void build_or_die(cl_program p, cl_device_id dev, const char *opts, const char *what) {
    cl_int err = clBuildProgram(p, 1, &dev, opts, NULL, NULL);
    cl_build_status st = CL_BUILD_NONE;
    clGetProgramBuildInfo(p, dev, CL_PROGRAM_BUILD_STATUS, sizeof st, &st, NULL);
    if (err != CL_SUCCESS || st != CL_BUILD_SUCCESS) {
        size_t n = 0;
        clGetProgramBuildInfo(p, dev, CL_PROGRAM_BUILD_LOG, 0, NULL, &n);
        char *log = calloc(n + 1, 1);
        clGetProgramBuildInfo(p, dev, CL_PROGRAM_BUILD_LOG, n, log, NULL);
        fprintf(stderr, "multiprog: building %s failed (%d, status %d):\n%s\n", what, err, (int)st, log);
        free(log);
        exit(3);
    }
    char got[256] = {0};
    CHECK(clGetProgramBuildInfo(p, dev, CL_PROGRAM_BUILD_OPTIONS, sizeof got - 1, got, NULL));
    expect(strcmp(got, opts) == 0, "build options read back as given");
}

/* Runs `k` over N items; with profiling, waits on the launch's own event and checks its times. */
static void launch(cl_command_queue q, cl_kernel k, size_t global, size_t local, int profile) {
    cl_event ev = NULL;
    CHECK(clEnqueueNDRangeKernel(q, k, 1, NULL, &global, local ? &local : NULL, 0, NULL, profile ? &ev : NULL));
    if (profile) {
        CHECK(clWaitForEvents(1, &ev));
        cl_ulong s = 0, e = 0;
        CHECK(clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_START, sizeof s, &s, NULL));
        CHECK(clGetEventProfilingInfo(ev, CL_PROFILING_COMMAND_END, sizeof e, &e, NULL));
        expect(e >= s, "own profiling event readable");
        CHECK(clReleaseEvent(ev));
    }
}

int main(int argc, char **argv) {
    int profile = argc > 1 && strcmp(argv[1], "profile") == 0;
    cl_int err;
    cl_device_id dev = pick_device();
    cl_context ctx = clCreateContext(NULL, 1, &dev, NULL, NULL, &err);
    CHECK(err);
    cl_command_queue q = clCreateCommandQueue(ctx, dev, profile ? CL_QUEUE_PROFILING_ENABLE : 0, &err);
    CHECK(err);
    cl_command_queue_properties qp = 0;
    CHECK(clGetCommandQueueInfo(q, CL_QUEUE_PROPERTIES, sizeof qp, &qp, NULL));
    expect(((qp & CL_QUEUE_PROFILING_ENABLE) != 0) == profile, "queue properties as asked");

    float *x = malloc(N * sizeof(float)), *y = malloc(N * sizeof(float)), *r = malloc(N * sizeof(float));
    for (int i = 0; i < N; i++) x[i] = (float)((i * 37) % 101) / 8.0f;
    cl_mem bx = clCreateBuffer(ctx, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, N * sizeof(float), x, &err);
    CHECK(err);
    cl_mem by = clCreateBuffer(ctx, CL_MEM_READ_WRITE, N * sizeof(float), NULL, &err);
    CHECK(err);

    /* Program 1: two strings, -DFACTOR=3. */
    const char *srcs[2] = {prog1_a, prog1_b};
    size_t lens[2] = {0, strlen(prog1_b)};
    cl_program p1 = clCreateProgramWithSource(ctx, 2, srcs, lens, &err);
    CHECK(err);
    build_or_die(p1, dev, "-DFACTOR=3.0f -cl-mad-enable", "program 1");
    size_t nk = 0;
    CHECK(clGetProgramInfo(p1, CL_PROGRAM_NUM_KERNELS, sizeof nk, &nk, NULL));
    expect(nk == 2, "program 1 has two kernels");
    char names[256] = {0};
    CHECK(clGetProgramInfo(p1, CL_PROGRAM_KERNEL_NAMES, sizeof names - 1, names, NULL));
    expect(strstr(names, "scale") && strstr(names, "saxpy"), "program 1 kernel names");
    size_t srclen = 0;
    CHECK(clGetProgramInfo(p1, CL_PROGRAM_SOURCE, 0, NULL, &srclen));
    expect(srclen == strlen(prog1_a) + strlen(prog1_b) + 1, "program 1 source reads back");

    cl_kernel scale = clCreateKernel(p1, "scale", &err);
    CHECK(err);
    cl_program owner = NULL;
    CHECK(clGetKernelInfo(scale, CL_KERNEL_PROGRAM, sizeof owner, &owner, NULL));
    expect(owner == p1, "kernel's program is the application's handle");
    CHECK(clSetKernelArg(scale, 0, sizeof bx, &bx));
    CHECK(clSetKernelArg(scale, 1, sizeof by, &by));
    for (int rep = 0; rep < 3; rep++) launch(q, scale, N, WG, profile);
    CHECK(clEnqueueReadBuffer(q, by, CL_TRUE, 0, N * sizeof(float), y, 0, NULL, NULL));
    int ok = 1;
    for (int i = 0; i < N; i++) ok &= y[i] == x[i] * 3.0f;
    expect(ok, "scale (FACTOR from -D)");

    cl_kernel saxpy = clCreateKernel(p1, "saxpy", &err);
    CHECK(err);
    float a = 0.5f;
    CHECK(clSetKernelArg(saxpy, 0, sizeof a, &a));
    CHECK(clSetKernelArg(saxpy, 1, sizeof bx, &bx));
    CHECK(clSetKernelArg(saxpy, 2, sizeof by, &by));
    launch(q, saxpy, N, 0, profile);
    CHECK(clEnqueueReadBuffer(q, by, CL_TRUE, 0, N * sizeof(float), r, 0, NULL, NULL));
    ok = 1;
    for (int i = 0; i < N; i++) ok &= fabsf(r[i] - (0.5f * x[i] + y[i])) <= 1e-5f * fabsf(r[i]) + 1e-6f;
    expect(ok, "saxpy");

    /* Program 2: clCreateKernelsInProgram, a __local argument, -DSTRIDE. */
    cl_program p2 = clCreateProgramWithSource(ctx, 1, &prog2, NULL, &err);
    CHECK(err);
    CHECK(clRetainProgram(p2));
    build_or_die(p2, dev, "-D STRIDE=3", "program 2");
    cl_kernel ks[4];
    cl_uint made = 0;
    CHECK(clCreateKernelsInProgram(p2, 4, ks, &made));
    expect(made == 2, "program 2 has two kernels");
    cl_kernel block_sum = NULL, fill = NULL;
    for (cl_uint i = 0; i < made; i++) {
        char kn[64] = {0};
        CHECK(clGetKernelInfo(ks[i], CL_KERNEL_FUNCTION_NAME, sizeof kn - 1, kn, NULL));
        if (strcmp(kn, "block_sum") == 0) block_sum = ks[i];
        if (strcmp(kn, "fill") == 0) fill = ks[i];
    }
    expect(block_sum && fill, "kernels found by name");
    if (!block_sum || !fill) return 1;
    cl_mem bs = clCreateBuffer(ctx, CL_MEM_READ_WRITE, (N / WG) * sizeof(float), NULL, &err);
    CHECK(err);
    CHECK(clSetKernelArg(block_sum, 0, sizeof bx, &bx));
    CHECK(clSetKernelArg(block_sum, 1, sizeof bs, &bs));
    CHECK(clSetKernelArg(block_sum, 2, WG * sizeof(float), NULL));
    launch(q, block_sum, N, WG, profile);
    float sums[N / WG];
    CHECK(clEnqueueReadBuffer(q, bs, CL_TRUE, 0, sizeof sums, sums, 0, NULL, NULL));
    ok = 1;
    for (int g = 0; g < N / WG; g++) {
        float want = 0;
        for (int i = 0; i < WG; i++) want += x[g * WG + i];
        ok &= fabsf(sums[g] - want) <= 1e-4f * fabsf(want) + 1e-4f;
    }
    expect(ok, "block_sum (__local tree reduction)");

    cl_mem bi = clCreateBuffer(ctx, CL_MEM_READ_WRITE, N * sizeof(int), NULL, &err);
    CHECK(err);
    int base = 7;
    CHECK(clSetKernelArg(fill, 0, sizeof bi, &bi));
    CHECK(clSetKernelArg(fill, 1, sizeof base, &base));
    launch(q, fill, N, 0, profile);
    int *iv = malloc(N * sizeof(int));
    CHECK(clEnqueueReadBuffer(q, bi, CL_TRUE, 0, N * sizeof(int), iv, 0, NULL, NULL));
    ok = 1;
    for (int i = 0; i < N; i++) ok &= iv[i] == 7 + i * 3;
    expect(ok, "fill (STRIDE from -D)");

    /* Program 3: clCompileProgram with an embedded header, then clLinkProgram. */
    cl_program hdr = clCreateProgramWithSource(ctx, 1, &prog3_header, NULL, &err);
    CHECK(err);
    cl_program p3src = clCreateProgramWithSource(ctx, 1, &prog3, NULL, &err);
    CHECK(err);
    const char *hname = "params.h";
    CHECK(clCompileProgram(p3src, 1, &dev, "-DOFFSET=1.5f", 1, &hdr, &hname, NULL, NULL));
    cl_program p3 = clLinkProgram(ctx, 1, &dev, "", 1, &p3src, NULL, NULL, &err);
    CHECK(err);
    cl_kernel poly = clCreateKernel(p3, "poly", &err);
    CHECK(err);
    CHECK(clSetKernelArg(poly, 0, sizeof bx, &bx));
    CHECK(clSetKernelArg(poly, 1, sizeof by, &by));
    launch(q, poly, N, WG, profile);
    CHECK(clFinish(q));
    CHECK(clEnqueueReadBuffer(q, by, CL_TRUE, 0, N * sizeof(float), y, 0, NULL, NULL));
    ok = 1;
    for (int i = 0; i < N; i++) ok &= fabsf(y[i] - (2.0f * x[i] * x[i] + 1.5f)) <= 1e-5f * fabsf(y[i]) + 1e-5f;
    expect(ok, "poly (compiled and linked, embedded header)");

    /* Release everything, as a tidy application does. */
    for (cl_uint i = 0; i < made; i++) CHECK(clReleaseKernel(ks[i]));
    CHECK(clReleaseKernel(scale));
    CHECK(clReleaseKernel(saxpy));
    CHECK(clReleaseKernel(poly));
    CHECK(clReleaseProgram(p1));
    CHECK(clReleaseProgram(p2));
    CHECK(clReleaseProgram(p2));
    CHECK(clReleaseProgram(p3));
    CHECK(clReleaseProgram(p3src));
    CHECK(clReleaseProgram(hdr));
    clReleaseMemObject(bx);
    clReleaseMemObject(by);
    clReleaseMemObject(bs);
    clReleaseMemObject(bi);
    clReleaseCommandQueue(q);
    clReleaseContext(ctx);
    free(x);
    free(y);
    free(r);
    free(iv);
    printf("%s\n", failures ? "multiprog: FAILED" : "multiprog: all checks passed");
    return failures ? 1 : 0;
}
