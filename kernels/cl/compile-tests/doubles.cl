// y = a * x + y in double precision.
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
__kernel void daxpy(double a, __global const double *x, __global double *y, int n) {
    int i = get_global_id(0);
    if (i < n)
        y[i] = a * x[i] + y[i];
}
