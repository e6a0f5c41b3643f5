// conv2d: 2-D convolution of an image with a 5×5 filter held in constant memory (borders
// clamp to the edge).
#define R 2

__kernel void conv2d(__global const float *img, __constant float *filter, __global float *out,
                     int rows, int cols) {
    int c = get_global_id(0);
    int r = get_global_id(1);
    if (r >= rows || c >= cols)
        return;
    float acc = 0.0f;
    for (int dy = -R; dy <= R; dy++) {
        int rr = clamp(r + dy, 0, rows - 1);
        for (int dx = -R; dx <= R; dx++) {
            int cc = clamp(c + dx, 0, cols - 1);
            acc += filter[(dy + R) * (2 * R + 1) + dx + R] * img[rr * cols + cc];
        }
    }
    out[r * cols + c] = acc;
}
