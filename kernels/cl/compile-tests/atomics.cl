// Histogram with 32-bit atomics; a 64-bit total with cl_khr_int64_base_atomics.
#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable
__kernel void histogram(__global const uint *values, __global uint *bins, uint nbins,
                        __global long *total, uint n) {
    uint i = get_global_id(0);
    if (i >= n)
        return;
    uint v = values[i];
    atomic_add(&bins[v % nbins], 1u);
    atomic_max(&bins[nbins], v);
    atom_add(total, (long)v);
}
