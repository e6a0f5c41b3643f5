// hash64: 64-bit integer mixing. Every work-item runs a splitmix-style generator for
// `rounds` rounds from its index and keeps a running combination, using 64-bit multiplies,
// shifts, rotates, compares and a 64-bit modulo.

__kernel void hash64(__global ulong *out, ulong seed, uint rounds, uint n) {
    uint i = get_global_id(0);
    if (i >= n)
        return;
    ulong state = seed ^ ((ulong)i * 0x9E3779B97F4A7C15UL);
    ulong acc = 0;
    for (uint r = 0; r < rounds; r++) {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        acc = rotate(acc, (ulong)13) ^ z;
        if (z > acc)
            acc += z % 1000003UL;
    }
    out[i] = acc;
}
