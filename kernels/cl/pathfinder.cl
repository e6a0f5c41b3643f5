// pathfinder: minimum-cost path down a grid (Rodinia's algorithm, our code). Each launch
// advances `iteration` rows at once: a work-group loads a block of the current row into local
// memory and computes a shrinking pyramid of rows, so that the HALO-wide borders it loses per
// row were loaded redundantly by its neighbours.

#define HALO 1

__kernel void dynproc(int iteration, __global const int *wall, __global const int *src,
                      __global int *dst, int cols, int start_step, int border,
                      __local int *prev, __local int *result) {
    int bs = get_local_size(0);
    int tx = get_local_id(0);
    int small_block = bs - iteration * HALO * 2;
    int blk_x = small_block * (int)get_group_id(0) - border;
    int blk_x_max = blk_x + bs - 1;
    int xidx = blk_x + tx;

    int valid_min = blk_x < 0 ? -blk_x : 0;
    int valid_max = blk_x_max > cols - 1 ? bs - 1 - (blk_x_max - cols + 1) : bs - 1;
    int w = max(tx - 1, valid_min);
    int e = min(tx + 1, valid_max);
    bool is_valid = tx >= valid_min && tx <= valid_max;

    if (xidx >= 0 && xidx < cols)
        prev[tx] = src[xidx];
    barrier(CLK_LOCAL_MEM_FENCE);

    bool computed = false;
    for (int i = 0; i < iteration; i++) {
        computed = false;
        if (tx >= i + 1 && tx <= bs - i - 2 && is_valid) {
            computed = true;
            int shortest = min(prev[w], min(prev[tx], prev[e]));
            result[tx] = shortest + wall[cols * (start_step + i) + xidx];
        }
        barrier(CLK_LOCAL_MEM_FENCE);
        if (i == iteration - 1)
            break;
        if (computed)
            prev[tx] = result[tx];
        barrier(CLK_LOCAL_MEM_FENCE);
    }

    if (computed)
        dst[xidx] = result[tx];
}
