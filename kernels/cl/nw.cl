// nw: Needleman-Wunsch global alignment scores (Rodinia's algorithm, our code).
// score is (n+1) × (n+1), row 0 and column 0 preset to -i*penalty. The matrix is cut in
// 16×16 tiles; the host walks the tile anti-diagonals, one launch each: nw_upper for the
// upper-left half, nw_lower for the lower-right half. Within a tile the 16 work-items sweep
// the cell anti-diagonals with a barrier between them.

#define T 16

static void tile(__global const int *sim, __global int *score, __local int *cells,
                 __local int *ref, int cols, int penalty, int bx, int by) {
    int tx = get_local_id(0);
    int row0 = by * T + 1;
    int col0 = bx * T + 1;

    // cells is (T+1) × (T+1): row 0 / column 0 hold the tile's north / west neighbours.
    if (tx == 0)
        cells[0] = score[(row0 - 1) * cols + col0 - 1];
    cells[(tx + 1) * (T + 1)] = score[(row0 + tx) * cols + col0 - 1];
    cells[tx + 1] = score[(row0 - 1) * cols + col0 + tx];
    for (int r = 0; r < T; r++)
        ref[r * T + tx] = sim[(row0 + r) * cols + col0 + tx];
    barrier(CLK_LOCAL_MEM_FENCE);

    for (int d = 0; d < 2 * T - 1; d++) {
        int y = d - tx + 1;
        if (y >= 1 && y <= T) {
            int x = tx + 1;
            int diag = cells[(y - 1) * (T + 1) + x - 1] + ref[(y - 1) * T + x - 1];
            int west = cells[y * (T + 1) + x - 1] - penalty;
            int north = cells[(y - 1) * (T + 1) + x] - penalty;
            cells[y * (T + 1) + x] = max(diag, max(west, north));
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }

    for (int r = 0; r < T; r++)
        score[(row0 + r) * cols + col0 + tx] = cells[(r + 1) * (T + 1) + tx + 1];
}

// Anti-diagonal `blk` (1-based) of the upper-left half: group g takes tile (g, blk-1-g).
__kernel void nw_upper(__global const int *sim, __global int *score, __local int *cells,
                       __local int *ref, int cols, int penalty, int blk) {
    int g = get_group_id(0);
    tile(sim, score, cells, ref, cols, penalty, g, blk - 1 - g);
}

// Lower-right half: `blk` counts down from width-1; group g takes tile
// (g + width - blk, width - 1 - g).
__kernel void nw_lower(__global const int *sim, __global int *score, __local int *cells,
                       __local int *ref, int cols, int penalty, int blk, int width) {
    int g = get_group_id(0);
    tile(sim, score, cells, ref, cols, penalty, g + width - blk, width - 1 - g);
}
