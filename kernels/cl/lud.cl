// lud: blocked LU decomposition in place, without pivoting, block 16 (Rodinia's algorithm,
// our code). L has a unit diagonal and is stored below it; U on and above it. Per step `off`:
// lud_diagonal factors the diagonal block, lud_perimeter solves the blocks right of it (U)
// and below it (L), lud_internal updates the trailing blocks.

#define B 16

__kernel void lud_diagonal(__global float *m, __local float *tile, uint n, uint off) {
    uint tx = get_local_id(0);
    uint base = off * n + off;
    for (uint r = 0; r < B; r++)
        tile[r * B + tx] = m[base + r * n + tx];
    barrier(CLK_LOCAL_MEM_FENCE);

    for (uint k = 0; k < B - 1; k++) {
        if (tx > k) {
            float l = tile[tx * B + k] / tile[k * B + k];
            tile[tx * B + k] = l;
            for (uint c = k + 1; c < B; c++)
                tile[tx * B + c] -= l * tile[k * B + c];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }

    for (uint r = 0; r < B; r++)
        m[base + r * n + tx] = tile[r * B + tx];
}

// 2*B work-items per group; group g handles the blocks (off, off + (g+1)*B) with its first
// B work-items (one column each) and (off + (g+1)*B, off) with the others (one row each).
__kernel void lud_perimeter(__global float *m, __local float *dia, __local float *row_blk,
                            __local float *col_blk, uint n, uint off) {
    uint tx = get_local_id(0);
    uint jb = off + (get_group_id(0) + 1) * B;

    if (tx < B) {
        for (uint r = 0; r < B; r++) {
            dia[r * B + tx] = m[(off + r) * n + off + tx];
            row_blk[r * B + tx] = m[(off + r) * n + jb + tx];
        }
    } else {
        uint t = tx - B;
        for (uint r = 0; r < B; r++)
            col_blk[r * B + t] = m[(jb + r) * n + off + t];
    }
    barrier(CLK_LOCAL_MEM_FENCE);

    if (tx < B) {
        uint c = tx;
        for (uint r = 1; r < B; r++)
            for (uint k = 0; k < r; k++)
                row_blk[r * B + c] -= dia[r * B + k] * row_blk[k * B + c];
    } else {
        uint r = tx - B;
        for (uint c = 0; c < B; c++) {
            for (uint k = 0; k < c; k++)
                col_blk[r * B + c] -= col_blk[r * B + k] * dia[k * B + c];
            col_blk[r * B + c] /= dia[c * B + c];
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);

    if (tx < B) {
        for (uint r = 0; r < B; r++)
            m[(off + r) * n + jb + tx] = row_blk[r * B + tx];
    } else {
        uint t = tx - B;
        for (uint r = 0; r < B; r++)
            m[(jb + r) * n + off + t] = col_blk[r * B + t];
    }
}

// One B×B group per trailing block: a[i][j] -= sum_k L[i][k] * U[k][j] over the step's block.
__kernel void lud_internal(__global float *m, __local float *row_blk, __local float *col_blk,
                           uint n, uint off) {
    uint tx = get_local_id(0);
    uint ty = get_local_id(1);
    uint ib = off + (get_group_id(1) + 1) * B;
    uint jb = off + (get_group_id(0) + 1) * B;

    row_blk[ty * B + tx] = m[(off + ty) * n + jb + tx];
    col_blk[ty * B + tx] = m[(ib + ty) * n + off + tx];
    barrier(CLK_LOCAL_MEM_FENCE);

    float sum = 0.0f;
    for (uint k = 0; k < B; k++)
        sum += col_blk[ty * B + k] * row_blk[k * B + tx];
    m[(ib + ty) * n + jb + tx] -= sum;
}
