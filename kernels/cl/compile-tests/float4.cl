// float4 through vload4/vstore4 and through float4 pointers.
__kernel void scale_vload(__global const float *in, __global float *out, float4 k) {
    size_t i = get_global_id(0);
    float4 v = vload4(i, in);
    vstore4(v * k + (float4)(1.0f, 2.0f, 3.0f, 4.0f), i, out);
}

__kernel void dot4(__global const float4 *a, __global const float4 *b, __global float *out) {
    size_t i = get_global_id(0);
    out[i] = dot(a[i], b[i]);
}
