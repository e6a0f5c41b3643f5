struct pair { uint u; float f; };
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
  f = clamp(fmax((g - sqrt(fabs(f))), fmin((float)(a & 255u), (g - g))), -1000.0f, 1000.0f);
  switch (((max(c, 780897u) < (uint)(((int)(b & 0xffffu) - (int)(b & 0xffffu)) / 3)) ? max(c, 780897u) : ((uint)(((int)(b & 0xffffu) - (int)(b & 0xffffu)) / 3) ^ 0x55u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 466u; /* falls through */ case 2: b = max((b % (a | 1u)), max(lid, gid)); break; default: b = rotate(b, 3u); }
  switch (a & 3u) { case 0: b += 1u; break; case 1: b ^= 491u; /* falls through */ case 2: b = gid; break; default: b = rotate(b, 3u); }
  for (int k = 0; k < 4; k++) { if ((d & 7u) == 2u) break; switch (((uint)(((int)(lid & 0xffffu) - (int)(221807u & 0xffffu)) / 3) / ((d * d) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 755u; /* falls through */ case 2: b = min(rotate(838338u, c), (a << (b & 31u))); break; default: b = rotate(b, 3u); } }
  g = clamp(fmax(((1.56f + 0.23f) - (float)(a & 255u)), 3.73f), -1000.0f, 1000.0f);
  g = clamp(((clamp(2.23f, -4.0f, 4.0f) * sqrt(fabs(g))) / (fabs((float)(a & 255u)) + 1.0f)), -1000.0f, 1000.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
