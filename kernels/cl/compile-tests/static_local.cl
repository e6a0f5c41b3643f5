// Reverses each 64-element block through a statically sized __local array.
#define BLOCK 64
__kernel __attribute__((reqd_work_group_size(BLOCK, 1, 1)))
void reverse_blocks(__global int *data) {
    __local int tile[BLOCK];
    uint lid = get_local_id(0);
    size_t base = get_group_id(0) * BLOCK;
    tile[lid] = data[base + lid];
    barrier(CLK_LOCAL_MEM_FENCE);
    data[base + lid] = tile[BLOCK - 1 - lid];
}
