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
  b = ((lid < ((lid * lid) / ((d + d) | 1u))) ? lid : (((lid * lid) / ((d + d) | 1u)) ^ 0x55u));
  switch (rotate((c * 603297u), min(141671u, 516389u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 942u; /* falls through */ case 2: b = lid; break; default: b = rotate(b, 3u); }
  b = ((((b < d) ? b : (d ^ 0x55u)) % ((lid - 433935u) | 1u)) % (lid | 1u));
  p[(max(251452u, a) + 0u) & 7u] = mul_hi((a / (21038u | 1u)), min(a, 713938u)); c += p[5u & 7u];
  if (((227262u << (a & 31u)) | (lid >> (823463u & 31u))) != lid) { switch (min(c, (c & d)) & 3u) { case 0: a += 1u; break; case 1: a ^= 729u; /* falls through */ case 2: a = (gid >> (c & 31u)); break; default: a = rotate(a, 3u); } } else { for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; p[(rotate(gid, c) + 6u) & 7u] = rotate((c / (851245u | 1u)), d); a += p[7u & 7u]; } }
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 0u) continue; for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; p[((a + 522014u) + 1u) & 7u] = (a / ((d | 667473u) | 1u)); a += p[2u & 7u]; } }
  switch (a & 3u) { case 0: b += 1u; break; case 1: b ^= 357u; /* falls through */ case 2: b = lid; break; default: b = rotate(b, 3u); }
  switch ((a / ((uint)(((int)(1005339u & 0xffffu) - (int)(106556u & 0xffffu)) / 3) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 5u; /* falls through */ case 2: d = (c - (109569u << (gid & 31u))); break; default: d = rotate(d, 3u); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
