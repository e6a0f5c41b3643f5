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
  if (((858950u % (164728u | 1u)) % (c | 1u)) > ((c % (d | 1u)) & (545116u & d))) { d ^= convert_uint_sat(fabs((1.68f / (fabs(clamp((float)(a & 255u), -4.0f, 4.0f)) + 1.0f))) * 16.0f); } else { switch ((mul_hi(b, a) * rotate(c, b)) & 3u) { case 0: c += 1u; break; case 1: c ^= 773u; /* falls through */ case 2: c = (min(a, lid) % ((d / (a | 1u)) | 1u)); break; default: c = rotate(c, 3u); } }
  f = clamp(g, -1000.0f, 1000.0f);
  p[(64501u + 2u) & 7u] = ((uint)(((int)(997491u & 0xffffu) - (int)(689719u & 0xffffu)) / 3) & (uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3)); b += p[3u & 7u];
  switch (777694u & 3u) { case 0: a += 1u; break; case 1: a ^= 17u; /* falls through */ case 2: a = (min(860911u, 551953u) >> ((863301u ^ c) & 31u)); break; default: a = rotate(a, 3u); }
  p[((1042252u - 465156u) + 4u) & 7u] = lid; b += p[7u & 7u];
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
