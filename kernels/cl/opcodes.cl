// opcodes: a tiny per-element interpreter. The op byte selects an integer operation through
// a switch; several cases return early, others break to a common epilogue.
__kernel void apply_ops(__global const uchar *ops, __global const int *a, __global const int *b,
                        __global int *out, uint n) {
    uint i = get_global_id(0);
    if (i >= n)
        return;
    int x = a[i];
    int y = b[i];
    int r;
    switch (ops[i]) {
    case 0:
        out[i] = x + y;
        return;
    case 1:
        out[i] = x - y;
        return;
    case 2:
        out[i] = x * y;
        return;
    case 3:
        if (y == 0) {
            out[i] = 0;
            return;
        }
        out[i] = x / y;
        return;
    case 4:
        r = (int)((uint)x << (y & 31));
        break;
    case 5:
        r = max(x, y);
        break;
    case 6:
        r = x ^ y;
        break;
    case 7:
        r = x >> (y & 7);
        break;
    default:
        out[i] = -1;
        return;
    }
    out[i] = r + 1;
}
