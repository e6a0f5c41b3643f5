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
  switch (b & 3u) { case 0: c += 1u; break; case 1: c ^= 290u; /* falls through */ case 2: c = ((c | 538065u) >> (841518u & 31u)); break; default: c = rotate(c, 3u); }
  for (int k = 0; k < 5; k++) {  p[((uint)(((int)(d & 0xffffu) - (int)(c & 0xffffu)) / 3) + 6u) & 7u] = lid; b += p[5u & 7u]; }
  switch (((b < (311710u >> (308560u & 31u))) ? b : ((311710u >> (308560u & 31u)) ^ 0x55u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 270u; /* falls through */ case 2: a = a; break; default: a = rotate(a, 3u); }
  switch (76399u & 3u) { case 0: c += 1u; break; case 1: c ^= 211u; /* falls through */ case 2: c = 513797u; break; default: c = rotate(c, 3u); }
  c = (285048u | (min(c, 598766u) << ((156890u * c) & 31u)));
  p[(mul_hi(d, 231983u) + 4u) & 7u] = max((a / (gid | 1u)), (273727u - 885274u)); d += p[4u & 7u];
  if (((c < (b << (737055u & 31u))) ? c : ((b << (737055u & 31u)) ^ 0x55u)) < (940663u % (min(927509u, b) | 1u))) { b ^= convert_uint_sat(fabs(((1.14f * g) / (fabs(((float)(a & 255u) - 1.55f)) + 1.0f))) * 16.0f); } else { switch (max(rotate(c, lid), (405964u & 133656u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 3u; /* falls through */ case 2: a = ((b >> (358290u & 31u)) >> ((562593u << (gid & 31u)) & 31u)); break; default: a = rotate(a, 3u); } }
  switch (c & 3u) { case 0: d += 1u; break; case 1: d ^= 159u; /* falls through */ case 2: d = (((1043081u < d) ? 1043081u : (d ^ 0x55u)) / (gid | 1u)); break; default: d = rotate(d, 3u); }
  switch ((gid * (b / (955128u | 1u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 290u; /* falls through */ case 2: a = (b & 270745u); break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; c = min((min(845920u, b) >> ((d % (694119u | 1u)) & 31u)), (((c < 349239u) ? c : (349239u ^ 0x55u)) << (((gid < b) ? gid : (b ^ 0x55u)) & 31u))); }
  tile[lid] = (mul_hi(a, lid) * (gid & 864222u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 9u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
