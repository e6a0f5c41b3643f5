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
  for (int k = 0; k < 5; k++) { if ((c & 7u) == 0u) break; switch (rotate((a - c), (211935u - a)) & 3u) { case 0: d += 1u; break; case 1: d ^= 370u; /* falls through */ case 2: d = ((d & 312251u) >> (rotate(a, 27028u) & 31u)); break; default: d = rotate(d, 3u); } }
  b ^= convert_uint_sat(fabs(g) * 16.0f);
  if ((((600510u < b) ? 600510u : (b ^ 0x55u)) ^ c) != rotate((uint)(((int)(c & 0xffffu) - (int)(c & 0xffffu)) / 3), lid)) { for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; b = (rotate(((b < 615226u) ? b : (615226u ^ 0x55u)), rotate(972146u, a)) / (((gid - 561878u) + (gid - a)) | 1u)); } } else { switch (min((848323u % (b | 1u)), rotate(b, b)) & 3u) { case 0: a += 1u; break; case 1: a ^= 503u; /* falls through */ case 2: a = ((544185u | gid) ^ min(b, gid)); break; default: a = rotate(a, 3u); } }
  if (((gid ^ 634238u) ^ (uint)(((int)(c & 0xffffu) - (int)(d & 0xffffu)) / 3)) == (d >> (((c < lid) ? c : (lid ^ 0x55u)) & 31u))) { p[(min(771505u, c) + 7u) & 7u] = ((lid % (a | 1u)) & (a - c)); d += p[0u & 7u]; } else { g = clamp(g, -1000.0f, 1000.0f); }
  if (((b >> (b & 31u)) * rotate(a, gid)) > ((634543u + lid) * (lid % (307694u | 1u)))) { if (max(549917u, (195538u >> (b & 31u))) > mul_hi((b ^ 356047u), 640312u)) { c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } else { p[(mul_hi(218465u, lid) + 2u) & 7u] = mul_hi((b - d), (gid - gid)); c += p[6u & 7u]; } } else { c ^= convert_uint_sat(fabs(((float)(a & 255u) / (fabs(fmax(f, g)) + 1.0f))) * 16.0f); }
  g = clamp((clamp((2.15f + (float)(a & 255u)), -4.0f, 4.0f) / (fabs((clamp(g, -4.0f, 4.0f) / (fabs(fmin(3.78f, g)) + 1.0f))) + 1.0f)), -1000.0f, 1000.0f);
  switch ((uint)(((int)(lid & 0xffffu) - (int)((945236u / (128885u | 1u)) & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 495u; /* falls through */ case 2: a = d; break; default: a = rotate(a, 3u); }
  switch ((uint)(((int)((d + c) & 0xffffu) - (int)((b & 75954u) & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 396u; /* falls through */ case 2: a = ((b * 69540u) - (850689u & 368770u)); break; default: a = rotate(a, 3u); }
  switch (187138u & 3u) { case 0: c += 1u; break; case 1: c ^= 937u; /* falls through */ case 2: c = ((c | b) >> (max(136319u, b) & 31u)); break; default: c = rotate(c, 3u); }
  tile[lid] = c; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 49u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
