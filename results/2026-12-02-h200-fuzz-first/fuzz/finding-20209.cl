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
  f = clamp(clamp(clamp(fmax((float)(a & 255u), (float)(a & 255u)), -4.0f, 4.0f), -4.0f, 4.0f), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  f = clamp(1.27f, -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs((f * f)) * 16.0f);
  switch ((727138u | (b + b)) & 3u) { case 0: c += 1u; break; case 1: c ^= 951u; /* falls through */ case 2: c = ((gid - b) & rotate(796524u, 800478u)); break; default: c = rotate(c, 3u); }
  g = clamp(((float)(a & 255u) + f), -1000.0f, 1000.0f);
  p[(((58546u < 998095u) ? 58546u : (998095u ^ 0x55u)) + 4u) & 7u] = rotate(763561u, (a | 1045418u)); b += p[7u & 7u];
  switch (((lid << (a & 31u)) & (255651u + gid)) & 3u) { case 0: c += 1u; break; case 1: c ^= 913u; /* falls through */ case 2: c = mul_hi(b, (235701u * c)); break; default: c = rotate(c, 3u); }
  c ^= convert_uint_sat(fabs(g) * 16.0f);
  for (int k = 0; k < 1; k++) { if ((b & 7u) == 5u) break; f = clamp((f * g), -1000.0f, 1000.0f); }
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 6u) break; d ^= convert_uint_sat(fabs((2.35f + clamp(0.85f, -4.0f, 4.0f))) * 16.0f); }
  tile[lid] = (512674u + (gid & a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 23u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
