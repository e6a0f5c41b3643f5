struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)((uint)(((int)((y - 298881u) & 0xffffu) - (int)((x % (y | 1u)) & 0xffffu)) / 3) & 0xffffu) - (int)(((x - y) ^ (9982u ^ y)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (rotate(258574u, (b - d)) & 3u) { case 0: c += 1u; break; case 1: c ^= 192u; /* falls through */ case 2: c = ((gid << (586461u & 31u)) >> ((307353u ^ a) & 31u)); break; default: c = rotate(c, 3u); }
  g = clamp(fmax(f, sqrt(fabs((f - (float)(a & 255u))))), -1000.0f, 1000.0f);
  if (a > ((c | 389061u) << (max(735167u, gid) & 31u))) { a = (((a + a) / ((155186u * b) | 1u)) + lid); } else { a ^= convert_uint_sat(fabs((g / (fabs((g / (fabs((float)(a & 255u)) + 1.0f))) + 1.0f))) * 16.0f); }
  g = clamp(fmin((float)(a & 255u), g), -1000.0f, 1000.0f);
  f = clamp(f, -1000.0f, 1000.0f);
  if ((b % (c | 1u)) > min((911470u & 1008092u), gid)) { d = h0(((837609u | gid) >> (max(lid, lid) & 31u)), b); } else { if (c != ((c + lid) * (c | d))) { g = clamp(f, -1000.0f, 1000.0f); } else { p[((a % (338551u | 1u)) + 2u) & 7u] = ((932750u * c) + (gid * gid)); d += p[6u & 7u]; } }
  p[(max(a, c) + 7u) & 7u] = 963135u; c += p[6u & 7u];
  c = h0(max(mul_hi(824052u, 549047u), a), rotate((a / (b | 1u)), mul_hi(c, b)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
