// spmv: y = A x for a sparse matrix in CSR form, one work-item per row (gathers from x).
__kernel void spmv_csr(__global const int *row_start, __global const int *col,
                       __global const float *val, __global const float *x, __global float *y,
                       int rows) {
    int r = get_global_id(0);
    if (r >= rows)
        return;
    float sum = 0.0f;
    for (int e = row_start[r]; e < row_start[r + 1]; e++)
        sum += val[e] * x[col[e]];
    y[r] = sum;
}
