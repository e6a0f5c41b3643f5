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
  c = lid;
  for (int k = 0; k < 6; k++) {  b = (rotate(((201814u < 779454u) ? 201814u : (779454u ^ 0x55u)), (423868u >> (b & 31u))) & ((c ^ 582763u) / (d | 1u))); }
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; b = (((631638u / (d | 1u)) + 874745u) << ((min(lid, c) * max(d, d)) & 31u)); }
  a = (max((b ^ gid), (d * 635715u)) / (rotate((lid ^ b), (c ^ b)) | 1u));
  if (1034624u < ((536564u + a) | (b % (lid | 1u)))) { if (((867621u - d) & (a | a)) != (uint)(((int)(a & 0xffffu) - (int)((gid << (lid & 31u)) & 0xffffu)) / 3)) { a = mul_hi(((c - d) >> ((169184u | b) & 31u)), (a | (d % (851512u | 1u)))); } else { d ^= convert_uint_sat(fabs(1.3f) * 16.0f); } } else { c = (((843059u % (a | 1u)) - (d - a)) >> (max(min(gid, 359868u), (462395u % (gid | 1u))) & 31u)); }
  f = clamp(clamp(sqrt(fabs(g)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  b = 475816u;
  switch (616384u & 3u) { case 0: b += 1u; break; case 1: b ^= 613u; /* falls through */ case 2: b = (uint)(((int)((405897u * c) & 0xffffu) - (int)(d & 0xffffu)) / 3); break; default: b = rotate(b, 3u); }
  p[((b | a) + 6u) & 7u] = max((uint)(((int)(lid & 0xffffu) - (int)(lid & 0xffffu)) / 3), rotate(946572u, a)); b += p[3u & 7u];
  g = clamp(((((float)(a & 255u) + (float)(a & 255u)) + ((float)(a & 255u) / (fabs(g) + 1.0f))) + (fmin(g, (float)(a & 255u)) * (f / (fabs(1.46f) + 1.0f)))), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
