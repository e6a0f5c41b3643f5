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
  b = ((a - min(a, b)) / (min((68845u + lid), 848192u) | 1u));
  a = (uint)(((int)(((12651u * d) * 716260u) & 0xffffu) - (int)(c & 0xffffu)) / 3);
  switch (((lid / (c | 1u)) ^ a) & 3u) { case 0: a += 1u; break; case 1: a ^= 977u; /* falls through */ case 2: a = ((b - lid) + gid); break; default: a = rotate(a, 3u); }
  switch ((uint)(((int)((a + gid) & 0xffffu) - (int)((gid + 986280u) & 0xffffu)) / 3) & 3u) { case 0: b += 1u; break; case 1: b ^= 950u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  b = 720857u;
  switch (((max(c, d) < d) ? max(c, d) : (d ^ 0x55u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 425u; /* falls through */ case 2: a = ((c % (a | 1u)) * rotate(c, c)); break; default: a = rotate(a, 3u); }
  b = (((669877u >> (815610u & 31u)) < (min(d, b) * 512164u)) ? (669877u >> (815610u & 31u)) : ((min(d, b) * 512164u) ^ 0x55u));
  a = d;
  a ^= convert_uint_sat(fabs((f / (fabs((f * (float)(a & 255u))) + 1.0f))) * 16.0f);
  g = clamp(fmax(g, fmax((f * f), sqrt(fabs(f)))), -1000.0f, 1000.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
