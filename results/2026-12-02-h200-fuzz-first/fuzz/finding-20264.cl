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
  for (int k = 0; k < 3; k++) { if ((b & 7u) == 1u) break; b ^= convert_uint_sat(fabs(sqrt(fabs((g / (fabs((float)(a & 255u)) + 1.0f))))) * 16.0f); }
  switch ((944715u - gid) & 3u) { case 0: d += 1u; break; case 1: d ^= 833u; /* falls through */ case 2: d = b; break; default: d = rotate(d, 3u); }
  switch (a & 3u) { case 0: c += 1u; break; case 1: c ^= 391u; /* falls through */ case 2: c = (uint)(((int)((lid % (gid | 1u)) & 0xffffu) - (int)((uint)(((int)(c & 0xffffu) - (int)(a & 0xffffu)) / 3) & 0xffffu)) / 3); break; default: c = rotate(c, 3u); }
  c = (rotate((c * 19096u), (a + b)) & ((lid * 884546u) + lid));
  g = clamp((((2.30f + f) / (fabs((g / (fabs((float)(a & 255u)) + 1.0f))) + 1.0f)) + fmax(fmax(g, 0.55f), (float)(a & 255u))), -1000.0f, 1000.0f);
  switch (c & 3u) { case 0: b += 1u; break; case 1: b ^= 994u; /* falls through */ case 2: b = ((622524u / (d | 1u)) << (d & 31u)); break; default: b = rotate(b, 3u); }
  b = (c * c);
  switch ((5698u * c) & 3u) { case 0: b += 1u; break; case 1: b ^= 646u; /* falls through */ case 2: b = 370875u; break; default: b = rotate(b, 3u); }
  g = clamp((sqrt(fabs(f)) * (fmax(f, 3.11f) / (fabs((0.97f * 3.7f)) + 1.0f))), -1000.0f, 1000.0f);
  f = clamp(sqrt(fabs(fmax(2.56f, sqrt(fabs(f))))), -1000.0f, 1000.0f);
  p[(321289u + 3u) & 7u] = (936245u & (d / (105098u | 1u))); b += p[0u & 7u];
  tile[lid] = ((712277u & d) << ((lid / (c | 1u)) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 19u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
