// particles: explicit particle integration with the parameters passed as one struct by value
// (C layout with padding: uint, 4 bytes of padding, ulong, two floats, 8 bytes of padding,
// float4 — 48 bytes, 16-byte aligned). Particles bounce off the walls of a 2-D box.

typedef struct {
    uint n;
    ulong seed;
    float dt;
    float damping;
    float4 box; // (xmin, ymin, xmax, ymax)
} Params;

__kernel void particles_step(__global float4 *state, Params p) {
    uint i = get_global_id(0);
    if (i >= p.n)
        return;
    float4 s = state[i]; // (x, y, vx, vy)
    // A per-particle deterministic kick from the 64-bit seed.
    ulong h = (p.seed ^ (ulong)i) * 0x9E3779B97F4A7C15UL;
    float kick = (float)(uint)(h >> 40) * (1.0f / 16777216.0f) - 0.5f;
    s.z += kick * p.dt;
    s.w -= 9.81f * p.dt;
    s.x += s.z * p.dt;
    s.y += s.w * p.dt;
    if (s.x < p.box.x) {
        s.x = 2.0f * p.box.x - s.x;
        s.z = -s.z * p.damping;
    } else if (s.x > p.box.z) {
        s.x = 2.0f * p.box.z - s.x;
        s.z = -s.z * p.damping;
    }
    if (s.y < p.box.y) {
        s.y = 2.0f * p.box.y - s.y;
        s.w = -s.w * p.damping;
    } else if (s.y > p.box.w) {
        s.y = 2.0f * p.box.w - s.y;
        s.w = -s.w * p.damping;
    }
    state[i] = s;
}
