// histogram: 256-bin byte histogram. Each group counts into a static local histogram with
// local atomics (grid-stride loop), then merges it into the global one with global atomics.

#define BINS 256

__kernel void histogram256(__global const uchar *data, __global uint *hist, uint n) {
    __local uint local_hist[BINS];
    uint lid = get_local_id(0);
    for (uint b = lid; b < BINS; b += get_local_size(0))
        local_hist[b] = 0;
    barrier(CLK_LOCAL_MEM_FENCE);

    for (uint i = get_global_id(0); i < n; i += get_global_size(0))
        atomic_inc(&local_hist[data[i]]);
    barrier(CLK_LOCAL_MEM_FENCE);

    for (uint b = lid; b < BINS; b += get_local_size(0)) {
        uint c = local_hist[b];
        if (c != 0)
            atomic_add(&hist[b], c);
    }
}
