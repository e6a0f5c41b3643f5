struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min((max(x, x) + (57277u / (511750u | 1u))), ((514926u | 120061u) >> (x & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  b = h0(((uint)(((int)(a & 0xffffu) - (int)(a & 0xffffu)) / 3) & rotate(a, b)), (gid & ((b < a) ? b : (a ^ 0x55u))));
  f = clamp(fmax(fmax(clamp(f, -4.0f, 4.0f), fmax(1.26f, f)), fmax(((float)(a & 255u) + g), (f / (fabs((float)(a & 255u)) + 1.0f)))), -1000.0f, 1000.0f);
  p[(mul_hi(lid, lid) + 3u) & 7u] = lid; c += p[4u & 7u];
  switch (max(min(516731u, d), (d / (171129u | 1u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 876u; /* falls through */ case 2: d = c; break; default: d = rotate(d, 3u); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
