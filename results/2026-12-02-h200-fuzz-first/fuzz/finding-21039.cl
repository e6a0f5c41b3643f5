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
  for (int k = 0; k < 5; k++) {  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 0u) continue; c = (((b / (267594u | 1u)) * gid) ^ ((mul_hi(c, b) < (b ^ a)) ? mul_hi(c, b) : ((b ^ a) ^ 0x55u))); } }
  f = clamp(sqrt(fabs(2.50f)), -1000.0f, 1000.0f);
  switch ((285604u * d) & 3u) { case 0: d += 1u; break; case 1: d ^= 843u; /* falls through */ case 2: d = ((185436u * 680175u) - gid); break; default: d = rotate(d, 3u); }
  a ^= convert_uint_sat(fabs(f) * 16.0f);
  f = clamp(((2.10f - (0.5f / (fabs(f) + 1.0f))) + 3.5f), -1000.0f, 1000.0f);
  c = d;
  d = (((180296u & b) & (b << (b & 31u))) % ((min(584772u, 865352u) / ((uint)(((int)(b & 0xffffu) - (int)(229325u & 0xffffu)) / 3) | 1u)) | 1u));
  f = clamp(sqrt(fabs((g + f))), -1000.0f, 1000.0f);
  for (int k = 0; k < 1; k++) { if ((b & 7u) == 7u) break; switch ((rotate(gid, lid) << ((351100u >> (c & 31u)) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 202u; /* falls through */ case 2: a = (uint)(((int)((832859u << (lid & 31u)) & 0xffffu) - (int)(max(685935u, 318766u) & 0xffffu)) / 3); break; default: a = rotate(a, 3u); } }
  switch (((a & 27465u) & 121769u) & 3u) { case 0: b += 1u; break; case 1: b ^= 165u; /* falls through */ case 2: b = (min(lid, 187215u) ^ (c * gid)); break; default: b = rotate(b, 3u); }
  switch ((((294704u < 177667u) ? 294704u : (177667u ^ 0x55u)) << ((582196u & lid) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 839u; /* falls through */ case 2: d = 636248u; break; default: d = rotate(d, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
