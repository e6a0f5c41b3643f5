/* An OpenCL application that builds one program and then crashes, as real applications do
 * when they ignore a failed build and use what they did not get. It knows nothing about
 * visabench; the interposer's tests check that its record survives the crash.
 *
 * Usage: crashapp segv|abort [launch]
 *   segv   dies of a real SIGSEGV (a store through a null pointer)
 *   abort  dies of SIGABRT (abort())
 *   launch first, if the build succeeded: create the kernel, launch it once and clFinish
 * The device: the first device of the first platform.
 */
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *source =
    "__kernel void crash_probe(__global int *v) {\n"
    "    v[get_global_id(0)] = CRASH_VALUE;\n"
    "}\n";

int main(int argc, char **argv) {
    if (argc < 2 || (strcmp(argv[1], "segv") != 0 && strcmp(argv[1], "abort") != 0)) {
        fprintf(stderr, "usage: crashapp segv|abort [launch]\n");
        return 64;
    }
    int launch = argc > 2 && strcmp(argv[2], "launch") == 0;
    cl_platform_id platform;
    cl_device_id dev;
    cl_int err = clGetPlatformIDs(1, &platform, NULL);
    if (err != CL_SUCCESS || clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 1, &dev, NULL) != CL_SUCCESS) {
        fprintf(stderr, "crashapp: no OpenCL device (%d)\n", err);
        return 2;
    }
    cl_context ctx = clCreateContext(NULL, 1, &dev, NULL, NULL, &err);
    cl_command_queue q = clCreateCommandQueue(ctx, dev, 0, &err);
    cl_program p = clCreateProgramWithSource(ctx, 1, &source, NULL, &err);
    err = clBuildProgram(p, 1, &dev, "-DCRASH_VALUE=7", NULL, NULL);
    printf("crashapp: build returned %d\n", err);
    fflush(stdout);
    if (launch && err == CL_SUCCESS) {
        cl_kernel k = clCreateKernel(p, "crash_probe", &err);
        cl_mem buf = clCreateBuffer(ctx, CL_MEM_READ_WRITE, 64 * sizeof(int), NULL, &err);
        size_t global = 64;
        clSetKernelArg(k, 0, sizeof buf, &buf);
        err = clEnqueueNDRangeKernel(q, k, 1, NULL, &global, NULL, 0, NULL, NULL);
        clFinish(q);
        printf("crashapp: launch returned %d\n", err);
        fflush(stdout);
    }
    if (strcmp(argv[1], "abort") == 0) abort();
    volatile int *volatile nowhere = NULL; /* volatile both: the store is not optimized away */
    *nowhere = 42; /* SIGSEGV */
    return 0;
}
