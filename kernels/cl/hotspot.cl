// hotspot: one explicit time step of the chip thermal model (Rodinia's algorithm, our code).
// Each 16×16 work-group stages its tile plus a one-cell halo in local memory; cells on the
// chip's edge use themselves as their missing neighbours.

#define BS 16

__kernel void hotspot_step(__global const float *power, __global const float *t_in,
                           __global float *t_out, int rows, int cols, float cap_inv,
                           float rx_inv, float ry_inv, float rz_inv, float ambient) {
    __local float tile[BS + 2][BS + 2];
    int tx = get_local_id(0);
    int ty = get_local_id(1);
    int c = get_global_id(0);
    int r = get_global_id(1);
    int cc = min(c, cols - 1);
    int rr = min(r, rows - 1);

    tile[ty + 1][tx + 1] = t_in[rr * cols + cc];
    if (tx == 0)
        tile[ty + 1][0] = t_in[rr * cols + max(cc - 1, 0)];
    if (tx == BS - 1)
        tile[ty + 1][BS + 1] = t_in[rr * cols + min(cc + 1, cols - 1)];
    if (ty == 0)
        tile[0][tx + 1] = t_in[max(rr - 1, 0) * cols + cc];
    if (ty == BS - 1)
        tile[BS + 1][tx + 1] = t_in[min(rr + 1, rows - 1) * cols + cc];
    barrier(CLK_LOCAL_MEM_FENCE);

    if (r >= rows || c >= cols)
        return;
    float center = tile[ty + 1][tx + 1];
    float horiz = (tile[ty + 1][tx] + tile[ty + 1][tx + 2] - 2.0f * center) * rx_inv;
    float vert = (tile[ty][tx + 1] + tile[ty + 2][tx + 1] - 2.0f * center) * ry_inv;
    float delta = cap_inv * (power[r * cols + c] + horiz + vert + (ambient - center) * rz_inv);
    t_out[r * cols + c] = center + delta;
}
