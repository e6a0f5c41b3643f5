// gaussian: Gaussian elimination without pivoting (Rodinia's algorithm, our code).
// For each pivot t the host launches fan1 (multipliers of column t) and then fan2 (update of
// the trailing rows and of b). Like Rodinia, dimension 0 runs over rows.

// m[r][t] = a[r][t] / a[t][t] for every row r below the pivot.
__kernel void fan1(__global float *m, __global const float *a, uint n, uint t) {
    uint i = get_global_id(0);
    if (i >= n - 1 - t)
        return;
    uint row = t + 1 + i;
    m[row * n + t] = a[row * n + t] / a[t * n + t];
}

// a[r][c] -= m[r][t] * a[t][c] for rows r > t and columns c >= t; b[r] likewise.
__kernel void fan2(__global const float *m, __global float *a, __global float *b, uint n,
                   uint t) {
    uint i = get_global_id(0);
    uint j = get_global_id(1);
    if (i >= n - 1 - t || j >= n - t)
        return;
    uint row = t + 1 + i;
    uint col = t + j;
    float mult = m[row * n + t];
    a[row * n + col] -= mult * a[t * n + col];
    if (j == 0)
        b[row] -= mult * b[t];
}
