// atomics64: 64-bit global atomics (cl_khr_int64_base_atomics). Every work-item adds a
// 64-bit value derived from its index into one of 64 buckets and counts itself there with
// a 64-bit increment; the results do not depend on the order.
#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable

#define BUCKETS 64

__kernel void bucket_sums(__global ulong *sums, __global ulong *count, uint n) {
    uint i = get_global_id(0);
    if (i >= n)
        return;
    ulong v = ((ulong)i * 0x9E3779B97F4A7C15UL) >> 20;
    uint b = (uint)(v % BUCKETS);
    atom_add(&sums[b], v);
    atom_inc(&count[b]);
}
