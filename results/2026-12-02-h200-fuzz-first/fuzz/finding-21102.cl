struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((y >> ((x % (958225u | 1u)) & 31u)) << (max((uint)(((int)(223488u & 0xffffu) - (int)(x & 0xffffu)) / 3), min(y, x)) & 31u))); y ^= x >> 3; x = x * 31u + (465860u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp((((3.94f / (fabs((float)(a & 255u)) + 1.0f)) - f) - f), -1000.0f, 1000.0f);
  c = h0((min(a, a) + rotate(a, lid)), 46420u);
  b ^= convert_uint_sat(fabs(3.95f) * 16.0f);
  if (a < (uint)(((int)(max(980854u, d) & 0xffffu) - (int)((gid << (480964u & 31u)) & 0xffffu)) / 3)) { c = h0(b, ((110621u ^ 47527u) & 945849u)); } else { for (int k = 0; k < 1; k++) {  p[((gid & 288072u) + 1u) & 7u] = ((lid << (163306u & 31u)) ^ max(29078u, gid)); d += p[6u & 7u]; } }
  switch (((a % (c | 1u)) << (lid & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 369u; /* falls through */ case 2: b = 689289u; break; default: b = rotate(b, 3u); }
  switch ((uint)(((int)(a & 0xffffu) - (int)(d & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 569u; /* falls through */ case 2: a = a; break; default: a = rotate(a, 3u); }
  d ^= convert_uint_sat(fabs((f * (f * 1.92f))) * 16.0f);
  tile[lid] = rotate((lid * b), min(613059u, c)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 59u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
