// scan: exclusive prefix sum of uints (wrapping), work-efficient up-sweep/down-sweep over
// 2 × local-size elements per group in a `__local` argument; each group also writes its
// total. The host scans the totals recursively and add_offsets adds them back.

__kernel void scan_block(__global const uint *in, __global uint *out, __global uint *totals,
                         __local uint *tmp, uint n) {
    uint lid = get_local_id(0);
    uint m = 2 * get_local_size(0);
    uint base = get_group_id(0) * m;
    uint a = base + lid;
    uint b = base + lid + m / 2;
    tmp[lid] = a < n ? in[a] : 0u;
    tmp[lid + m / 2] = b < n ? in[b] : 0u;

    uint off = 1;
    for (uint d = m / 2; d > 0; d >>= 1) {
        barrier(CLK_LOCAL_MEM_FENCE);
        if (lid < d) {
            uint i = off * (2 * lid + 1) - 1;
            uint j = off * (2 * lid + 2) - 1;
            tmp[j] += tmp[i];
        }
        off <<= 1;
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (lid == 0) {
        totals[get_group_id(0)] = tmp[m - 1];
        tmp[m - 1] = 0;
    }
    for (uint d = 1; d < m; d <<= 1) {
        off >>= 1;
        barrier(CLK_LOCAL_MEM_FENCE);
        if (lid < d) {
            uint i = off * (2 * lid + 1) - 1;
            uint j = off * (2 * lid + 2) - 1;
            uint t = tmp[i];
            tmp[i] = tmp[j];
            tmp[j] += t;
        }
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if (a < n)
        out[a] = tmp[lid];
    if (b < n)
        out[b] = tmp[lid + m / 2];
}

__kernel void add_offsets(__global uint *data, __global const uint *offsets, uint n) {
    uint i = get_global_id(0);
    if (i < n)
        data[i] += offsets[i / (2 * get_local_size(0))];
}
