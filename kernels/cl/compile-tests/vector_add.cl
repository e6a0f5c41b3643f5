// c[i] = a[i] + b[i] for i < n.
__kernel void vector_add(__global const float *restrict a, __global const float *restrict b,
                         __global float *restrict c, uint n) {
    size_t i = get_global_id(0);
    if (i < n)
        c[i] = a[i] + b[i];
}
