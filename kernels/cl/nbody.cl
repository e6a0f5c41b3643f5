// nbody: one leapfrog step of gravitational N-body in double precision. Bodies are double4
// (x, y, z, mass); each group stages a tile of bodies in a static local array.

#define TILE 128

__kernel void nbody_step(__global const double4 *pos, __global const double4 *vel,
                         __global double4 *pos_out, __global double4 *vel_out, int n,
                         double dt, double soft2) {
    __local double4 tile[TILE];
    int i = get_global_id(0);
    int lid = get_local_id(0);
    double4 p = i < n ? pos[i] : (double4)(0.0);
    double ax = 0.0, ay = 0.0, az = 0.0;
    for (int base = 0; base < n; base += TILE) {
        int j = base + lid;
        tile[lid] = j < n ? pos[j] : (double4)(0.0);
        barrier(CLK_LOCAL_MEM_FENCE);
        int count = min(TILE, n - base);
        for (int k = 0; k < count; k++) {
            double4 q = tile[k];
            double dx = q.x - p.x;
            double dy = q.y - p.y;
            double dz = q.z - p.z;
            double r2 = dx * dx + dy * dy + dz * dz + soft2;
            double inv = 1.0 / sqrt(r2);
            double s = q.w * inv * inv * inv;
            ax += dx * s;
            ay += dy * s;
            az += dz * s;
        }
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (i < n) {
        double4 v = vel[i];
        v.x += ax * dt;
        v.y += ay * dt;
        v.z += az * dt;
        vel_out[i] = v;
        pos_out[i] = (double4)(p.x + v.x * dt, p.y + v.y * dt, p.z + v.z * dt, p.w);
    }
}
