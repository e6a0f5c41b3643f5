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
  switch (179465u & 3u) { case 0: a += 1u; break; case 1: a ^= 422u; /* falls through */ case 2: a = max((956190u >> (a & 31u)), b); break; default: a = rotate(a, 3u); }
  g = clamp(((clamp((float)(a & 255u), -4.0f, 4.0f) + sqrt(fabs((float)(a & 255u)))) + 3.26f), -1000.0f, 1000.0f);
  d = (((b ^ 569304u) >> ((lid % (883294u | 1u)) & 31u)) * 113909u);
  g = clamp(sqrt(fabs(((f + (float)(a & 255u)) / (fabs((f - f)) + 1.0f)))), -1000.0f, 1000.0f);
  switch ((uint)(((int)((a - 1042737u) & 0xffffu) - (int)(a & 0xffffu)) / 3) & 3u) { case 0: c += 1u; break; case 1: c ^= 628u; /* falls through */ case 2: c = max(max(d, a), c); break; default: c = rotate(c, 3u); }
  if (((105610u / (139713u | 1u)) * 496639u) == min(lid, 492556u)) { a = (max(rotate(568169u, d), (516618u % (lid | 1u))) << (min((a + 607156u), (gid ^ 319938u)) & 31u)); } else { d = (((317021u + d) * 547250u) >> ((gid * (d % (b | 1u))) & 31u)); }
  p[((422540u / (gid | 1u)) + 0u) & 7u] = ((384462u * 824402u) - (uint)(((int)(453763u & 0xffffu) - (int)(872043u & 0xffffu)) / 3)); c += p[4u & 7u];
  tile[lid] = ((uint)(((int)(b & 0xffffu) - (int)(a & 0xffffu)) / 3) + (uint)(((int)(lid & 0xffffu) - (int)(lid & 0xffffu)) / 3)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 54u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
