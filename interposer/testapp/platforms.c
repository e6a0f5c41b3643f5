/* Prints what an OpenCL application sees of the platforms, one line per question, through the
 * calls real applications use to find a device: the platform count, the first platform,
 * devices of the loader's default (null) platform and a context from type without a platform.
 * It knows nothing about visabench; the interposer's tests run it with VISABENCH_PLATFORM.
 */
#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <stdio.h>

int main(void) {
    cl_uint n = 0;
    cl_int rc = clGetPlatformIDs(0, NULL, &n);
    printf("count %u rc %d\n", n, rc);
    cl_platform_id first = NULL;
    cl_uint got = 99;
    rc = clGetPlatformIDs(1, &first, &got);
    char name[256] = "-";
    if (rc == CL_SUCCESS) clGetPlatformInfo(first, CL_PLATFORM_NAME, sizeof name - 1, name, NULL);
    printf("first rc %d got %u name %s\n", rc, got, name);
    cl_uint nd = 0;
    rc = clGetDeviceIDs(NULL, CL_DEVICE_TYPE_ALL, 0, NULL, &nd);
    printf("null-platform rc %d devices %u\n", rc, rc == CL_SUCCESS ? nd : 0);
    cl_int err = 0;
    cl_context ctx = clCreateContextFromType(NULL, CL_DEVICE_TYPE_ALL, NULL, NULL, &err);
    printf("from-type rc %d context %s\n", err, ctx ? "yes" : "no");
    if (ctx) clReleaseContext(ctx);
    return 0;
}
