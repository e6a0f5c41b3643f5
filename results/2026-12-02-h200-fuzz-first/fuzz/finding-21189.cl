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
  p[((gid ^ lid) + 0u) & 7u] = mul_hi(mul_hi(c, a), (gid << (163436u & 31u))); d += p[5u & 7u];
  p[(max(657205u, gid) + 6u) & 7u] = mul_hi(((970433u < c) ? 970433u : (c ^ 0x55u)), rotate(97503u, a)); d += p[6u & 7u];
  f = clamp(((fmax(g, g) / (fabs((f / (fabs(1.21f) + 1.0f))) + 1.0f)) * (sqrt(fabs(3.92f)) * fmax(f, g))), -1000.0f, 1000.0f);
  switch (((888231u / (c | 1u)) | (lid - d)) & 3u) { case 0: c += 1u; break; case 1: c ^= 454u; /* falls through */ case 2: c = d; break; default: c = rotate(c, 3u); }
  for (int k = 0; k < 6; k++) { if ((a & 7u) == 2u) break; a ^= convert_uint_sat(fabs(fmin(g, g)) * 16.0f); }
  c = ((826231u / ((b % (379854u | 1u)) | 1u)) << (543697u & 31u));
  switch (b & 3u) { case 0: a += 1u; break; case 1: a ^= 619u; /* falls through */ case 2: a = 1029545u; break; default: a = rotate(a, 3u); }
  switch ((min(583502u, gid) >> ((287350u >> (b & 31u)) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 230u; /* falls through */ case 2: a = (((b < 822489u) ? b : (822489u ^ 0x55u)) + (c >> (851941u & 31u))); break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 4; k++) {  g = clamp(3.77f, -1000.0f, 1000.0f); }
  p[(((lid < 88679u) ? lid : (88679u ^ 0x55u)) + 4u) & 7u] = ((c & c) + 269246u); c += p[4u & 7u];
  f = clamp(fmax(f, sqrt(fabs(fmin(g, (float)(a & 255u))))), -1000.0f, 1000.0f);
  tile[lid] = a; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 46u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
