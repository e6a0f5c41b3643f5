// Math builtins that come from libclc/libdevice.
__kernel void math_mix(__global const float *x, __global float *y, __global double *yd) {
    size_t i = get_global_id(0);
    float v = x[i];
    float r = exp(v) + log(fabs(v) + 1.0f) + sqrt(fabs(v)) + pow(fabs(v), 1.5f);
    r += sin(v) * cos(v);
    y[i] = fma(r, v, 0.5f);
#ifdef cl_khr_fp64
    double d = (double)v;
    yd[i] = sqrt(d) + exp(d);
#endif
}
