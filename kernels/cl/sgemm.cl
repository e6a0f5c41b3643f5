// sgemm: C = A × B for square row-major matrices (n a multiple of 16), 16×16 tiles of A and
// B staged in static local arrays, inner product loop unrolled.

#define TS 16

__kernel void sgemm_tiled(__global const float *a, __global const float *b, __global float *c,
                          int n) {
    __local float ta[TS][TS];
    __local float tb[TS][TS];
    int tx = get_local_id(0);
    int ty = get_local_id(1);
    int col = get_global_id(0);
    int row = get_global_id(1);
    float acc = 0.0f;
    for (int t = 0; t < n; t += TS) {
        ta[ty][tx] = a[row * n + t + tx];
        tb[ty][tx] = b[(t + ty) * n + col];
        barrier(CLK_LOCAL_MEM_FENCE);
#pragma unroll
        for (int k = 0; k < TS; k++)
            acc += ta[ty][k] * tb[k][tx];
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    c[row * n + col] = acc;
}
