// A counted loop around an if/else on the data: odd values are tripled plus one, even
// values halved (Collatz steps), the number of odd steps is written out.
__kernel void collatz_odd_steps(__global const uint *in, __global uint *out, uint steps) {
    uint i = get_global_id(0);
    uint x = in[i];
    uint odd = 0;
    for (uint k = 0; k < steps; k++) {
        if (x & 1) {
            x = 3 * x + 1;
            odd++;
        } else {
            x >>= 1;
        }
    }
    out[i] = odd;
}
