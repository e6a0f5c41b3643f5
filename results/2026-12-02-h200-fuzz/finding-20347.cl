struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y + x)); y ^= x >> 3; x = x * 31u + ((y * (403103u >> ((x >> (x & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + ((312331u >> (((x / (x | 1u)) - mul_hi(y, 710307u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((95238u << (596209u & 31u)) + 7u) & 7u] = 797917u; b += p[3u & 7u];
  c = 903587u;
  b = rotate(573777u, lid);
  f = clamp(((float)(a & 255u) * sqrt(fabs(((float)(a & 255u) + (float)(a & 255u))))), -1000.0f, 1000.0f);
  d = mul_hi((max(454790u, lid) << (b & 31u)), b);
  switch (mul_hi((277256u | gid), 803108u) & 3u) { case 0: b += 1u; break; case 1: b ^= 319u; /* falls through */ case 2: b = d; break; default: b = rotate(b, 3u); }
  p[(rotate(c, 1026823u) + 0u) & 7u] = rotate(lid, (a & d)); c += p[1u & 7u];
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
