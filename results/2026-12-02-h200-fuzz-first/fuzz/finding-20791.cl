struct pair { uint u; float f; };
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[4];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  switch (((lid & a) / (max(653392u, b) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 82u; /* falls through */ case 2: c = 827492u; break; default: c = rotate(c, 3u); }
  b = (((c >> (803037u & 31u)) / (rotate(b, b) | 1u)) << (a & 31u));
  switch (d & 3u) { case 0: d += 1u; break; case 1: d ^= 344u; /* falls through */ case 2: d = gid; break; default: d = rotate(d, 3u); }
  c ^= convert_uint_sat(fabs(f) * 16.0f);
  if (gid != a) { p[(759181u + 7u) & 7u] = 445145u; d += p[4u & 7u]; } else { f = clamp(sqrt(fabs((float)(a & 255u))), -1000.0f, 1000.0f); }
  d = max((mul_hi(gid, 714873u) * (350084u * d)), rotate((b % (a | 1u)), 72687u));
  switch (mul_hi(486876u, 571689u) & 3u) { case 0: b += 1u; break; case 1: b ^= 478u; /* falls through */ case 2: b = (277424u >> (rotate(936368u, lid) & 31u)); break; default: b = rotate(b, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
