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
  p[((lid / (670435u | 1u)) + 3u) & 7u] = (uint)(((int)((d - c) & 0xffffu) - (int)(((d < 43786u) ? d : (43786u ^ 0x55u)) & 0xffffu)) / 3); d += p[7u & 7u];
  b = min(min((uint)(((int)(b & 0xffffu) - (int)(gid & 0xffffu)) / 3), 570439u), ((940508u % (gid | 1u)) % ((uint)(((int)(d & 0xffffu) - (int)(lid & 0xffffu)) / 3) | 1u)));
  if ((((125488u & 686602u) < (c >> (d & 31u))) ? (125488u & 686602u) : ((c >> (d & 31u)) ^ 0x55u)) > ((uint)(((int)(939106u & 0xffffu) - (int)(c & 0xffffu)) / 3) + (420136u / (d | 1u)))) { switch (lid & 3u) { case 0: a += 1u; break; case 1: a ^= 88u; /* falls through */ case 2: a = max((c & 93534u), (b % (gid | 1u))); break; default: a = rotate(a, 3u); } } else { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); }
  switch ((mul_hi(lid, c) << ((994750u % (b | 1u)) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 103u; /* falls through */ case 2: b = max(min(226822u, b), rotate(d, gid)); break; default: b = rotate(b, 3u); }
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; switch (min(rotate(293196u, c), max(14432u, gid)) & 3u) { case 0: a += 1u; break; case 1: a ^= 178u; /* falls through */ case 2: a = lid; break; default: a = rotate(a, 3u); } }
  g = clamp(clamp((float)(a & 255u), -4.0f, 4.0f), -1000.0f, 1000.0f);
  p[((a << (981472u & 31u)) + 2u) & 7u] = ((c / (lid | 1u)) * 127446u); d += p[6u & 7u];
  f = clamp(1.98f, -1000.0f, 1000.0f);
  atomic_add(&acc[0u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
