// vec4: float4 loads and stores with swizzles: out = a * x + y.yxwz, and a per-element dot
// product of x and y.
__kernel void axpy4(__global const float4 *x, __global const float4 *y, __global float4 *out,
                    __global float *dots, float a, uint n4) {
    uint i = get_global_id(0);
    if (i < n4) {
        float4 xv = x[i];
        float4 yv = y[i];
        out[i] = a * xv + yv.yxwz;
        dots[i] = dot(xv, yv);
    }
}
