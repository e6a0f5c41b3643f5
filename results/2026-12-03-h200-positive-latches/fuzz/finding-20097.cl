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
  g = clamp(fmin(((float)(a & 255u) + (f + (float)(a & 255u))), ((g + 0.16f) / (fabs(0.28f) + 1.0f))), -1000.0f, 1000.0f);
  a = rotate((uint)(((int)((gid + lid) & 0xffffu) - (int)(lid & 0xffffu)) / 3), rotate(b, (d % (b | 1u))));
  f = clamp((sqrt(fabs(fmin((float)(a & 255u), g))) + ((f * f) - (f + (float)(a & 255u)))), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs(g) * 16.0f);
  a = 455770u;
  p[((d & d) + 3u) & 7u] = min(rotate(b, c), a); a += p[4u & 7u];
  d = (uint)(((int)(243241u & 0xffffu) - (int)(min(mul_hi(1922u, lid), (c - c)) & 0xffffu)) / 3);
  b ^= convert_uint_sat(fabs(((g + 1.38f) + fmin(f, f))) * 16.0f);
  switch (gid & 3u) { case 0: b += 1u; break; case 1: b ^= 387u; /* falls through */ case 2: b = (min(d, c) + (886017u ^ b)); break; default: b = rotate(b, 3u); }
  tile[lid] = rotate((gid | 802712u), (b & b)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 15u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
