// gemm_naive: C = A × B, one work-item per element reading rows and columns from global
// memory.
__kernel void gemm_naive(__global const float *a, __global const float *b, __global float *c,
                         int n) {
    int col = get_global_id(0);
    int row = get_global_id(1);
    if (row >= n || col >= n)
        return;
    float acc = 0.0f;
    for (int k = 0; k < n; k++)
        acc += a[row * n + k] * b[k * n + col];
    c[row * n + col] = acc;
}
