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
  if ((850362u >> (max(lid, b) & 31u)) == 994108u) { d = max(224u, ((lid < (uint)(((int)(126167u & 0xffffu) - (int)(c & 0xffffu)) / 3)) ? lid : ((uint)(((int)(126167u & 0xffffu) - (int)(c & 0xffffu)) / 3) ^ 0x55u))); } else { a = ((gid < b) ? gid : (b ^ 0x55u)); }
  b = (uint)(((int)(((b + lid) / (rotate(269916u, 209895u) | 1u)) & 0xffffu) - (int)(max((d - b), (497291u - b)) & 0xffffu)) / 3);
  switch ((mul_hi(218883u, lid) ^ a) & 3u) { case 0: d += 1u; break; case 1: d ^= 410u; /* falls through */ case 2: d = max(b, rotate(gid, a)); break; default: d = rotate(d, 3u); }
  p[((998469u % (1034513u | 1u)) + 3u) & 7u] = rotate(mul_hi(22378u, d), (gid / (627534u | 1u))); c += p[3u & 7u];
  if (b != a) { c = (uint)(((int)(((uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3) | (546429u - d)) & 0xffffu) - (int)(((gid / (b | 1u)) ^ min(133142u, c)) & 0xffffu)) / 3); } else { switch (rotate((gid >> (b & 31u)), (lid * a)) & 3u) { case 0: a += 1u; break; case 1: a ^= 475u; /* falls through */ case 2: a = (((a | d) < (552174u << (gid & 31u))) ? (a | d) : ((552174u << (gid & 31u)) ^ 0x55u)); break; default: a = rotate(a, 3u); } }
  tile[lid] = ((a / (gid | 1u)) % (((gid < b) ? gid : (b ^ 0x55u)) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 50u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
