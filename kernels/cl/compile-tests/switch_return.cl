// A switch whose cases return early.
__kernel void classify(__global const int *op, __global int *out, int n) {
    int i = get_global_id(0);
    if (i >= n)
        return;
    int x = op[i];
    switch (x & 7) {
    case 0:
        out[i] = 0;
        return;
    case 1:
        out[i] = x * 3;
        break;
    case 2:
    case 3:
        if (x > 100) {
            out[i] = -1;
            return;
        }
        out[i] = x >> 1;
        break;
    case 5:
        out[i] = x ^ 0x55;
        return;
    default:
        out[i] = x + 7;
        break;
    }
    out[i] += 1;
}
