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
  f = clamp(0.53f, -1000.0f, 1000.0f);
  if ((uint)(((int)(min(d, 550880u) & 0xffffu) - (int)(b & 0xffffu)) / 3) < (b ^ (b ^ d))) { d = ((gid - mul_hi(c, b)) | rotate((d % (490486u | 1u)), ((b < 963596u) ? b : (963596u ^ 0x55u)))); } else { d ^= convert_uint_sat(fabs((g * (0.92f * f))) * 16.0f); }
  p[((d - 63626u) + 1u) & 7u] = rotate((d + 869146u), (544444u >> (409539u & 31u))); c += p[6u & 7u];
  d = (773676u & (gid / ((lid | a) | 1u)));
  p[((872707u * d) + 1u) & 7u] = (941252u | min(d, 386094u)); b += p[2u & 7u];
  p[(350563u + 0u) & 7u] = ((b % (d | 1u)) ^ (605353u / (809056u | 1u))); c += p[2u & 7u];
  if (mul_hi(min(b, b), (a >> (gid & 31u))) == (mul_hi(c, a) << ((gid >> (d & 31u)) & 31u))) { switch ((uint)(((int)(min(a, d) & 0xffffu) - (int)(a & 0xffffu)) / 3) & 3u) { case 0: b += 1u; break; case 1: b ^= 476u; /* falls through */ case 2: b = max((c + 106004u), (d | 554672u)); break; default: b = rotate(b, 3u); } } else { for (int k = 0; k < 3; k++) { if ((c & 7u) == 4u) break; c = (uint)(((int)(((981087u % (403549u | 1u)) >> (d & 31u)) & 0xffffu) - (int)(76485u & 0xffffu)) / 3); } }
  switch (rotate(c, c) & 3u) { case 0: b += 1u; break; case 1: b ^= 917u; /* falls through */ case 2: b = (uint)(((int)((273776u % (c | 1u)) & 0xffffu) - (int)(251978u & 0xffffu)) / 3); break; default: b = rotate(b, 3u); }
  if ((rotate(c, 1041102u) << ((281356u >> (c & 31u)) & 31u)) == (((d >> (b & 31u)) < (b ^ 756068u)) ? (d >> (b & 31u)) : ((b ^ 756068u) ^ 0x55u))) { a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } else { if ((c / ((uint)(((int)(lid & 0xffffu) - (int)(974693u & 0xffffu)) / 3) | 1u)) > (gid >> ((gid * 356147u) & 31u))) { c ^= convert_uint_sat(fabs(sqrt(fabs(g))) * 16.0f); } else { d ^= convert_uint_sat(fabs(clamp(fmin(2.98f, (float)(a & 255u)), -4.0f, 4.0f)) * 16.0f); } }
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
