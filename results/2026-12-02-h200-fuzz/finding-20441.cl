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
  for (int k = 0; k < 4; k++) { if ((b & 7u) == 2u) break; p[((a >> (a & 31u)) + 7u) & 7u] = (mul_hi(805016u, gid) + rotate(841467u, d)); c += p[3u & 7u]; }
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  if (83020u > 566902u) { p[((c + c) + 4u) & 7u] = ((lid | a) - (uint)(((int)(624500u & 0xffffu) - (int)(gid & 0xffffu)) / 3)); b += p[1u & 7u]; } else { switch ((rotate(a, 989722u) & (d & a)) & 3u) { case 0: b += 1u; break; case 1: b ^= 129u; /* falls through */ case 2: b = ((a << (lid & 31u)) + 658932u); break; default: b = rotate(b, 3u); } }
  switch (c & 3u) { case 0: b += 1u; break; case 1: b ^= 871u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
