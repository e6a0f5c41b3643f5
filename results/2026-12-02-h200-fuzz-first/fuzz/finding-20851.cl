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
  b ^= convert_uint_sat(fabs(sqrt(fabs((1.0f / (fabs(2.63f) + 1.0f))))) * 16.0f);
  b = ((uint)(((int)(min(841345u, d) & 0xffffu) - (int)(a & 0xffffu)) / 3) | (mul_hi(a, d) << (931441u & 31u)));
  for (int k = 0; k < 3; k++) { if ((b & 7u) == 4u) break; p[((a >> (685742u & 31u)) + 7u) & 7u] = (c + (lid - 609165u)); a += p[0u & 7u]; }
  if ((min(lid, 562881u) + max(gid, b)) < mul_hi(lid, (uint)(((int)(d & 0xffffu) - (int)(gid & 0xffffu)) / 3))) { switch (a & 3u) { case 0: d += 1u; break; case 1: d ^= 418u; /* falls through */ case 2: d = (291752u % ((gid + gid) | 1u)); break; default: d = rotate(d, 3u); } } else { c = ((min(933037u, gid) | 903597u) << (244553u & 31u)); }
  if (max((gid % (211639u | 1u)), (b & 701641u)) < b) { g = clamp(fmin(fmax(fmin(g, f), g), sqrt(fabs(g))), -1000.0f, 1000.0f); } else { g = clamp(sqrt(fabs(fmax(((float)(a & 255u) * f), g))), -1000.0f, 1000.0f); }
  switch (((957183u / (d | 1u)) << (((c < c) ? c : (c ^ 0x55u)) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 599u; /* falls through */ case 2: b = ((d | 1033174u) << (rotate(228387u, c) & 31u)); break; default: b = rotate(b, 3u); }
  for (int k = 0; k < 1; k++) {  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; b = ((gid >> ((uint)(((int)(a & 0xffffu) - (int)(d & 0xffffu)) / 3) & 31u)) << (728930u & 31u)); } }
  tile[lid] = (mul_hi(505458u, 1002729u) | mul_hi(lid, d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 34u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
