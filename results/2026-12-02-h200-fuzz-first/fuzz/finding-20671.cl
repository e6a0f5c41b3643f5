struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((rotate(rotate(y, 120928u), (906396u % (330960u | 1u))) >> (((962368u << (x & 31u)) - 987720u) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(b + 7u) & 7u] = c; a += p[7u & 7u];
  b = (max((c & b), gid) ^ ((223311u ^ d) | a));
  c = h0(357110u, (d / ((gid - lid) | 1u)));
  a ^= convert_uint_sat(fabs((fmin(f, (float)(a & 255u)) * (float)(a & 255u))) * 16.0f);
  f = clamp(((f / (fabs(g) + 1.0f)) + clamp(sqrt(fabs(0.31f)), -4.0f, 4.0f)), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs(f) * 16.0f);
  switch ((((678392u % (650967u | 1u)) < a) ? (678392u % (650967u | 1u)) : (a ^ 0x55u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 131u; /* falls through */ case 2: c = ((604689u | lid) / ((a & b) | 1u)); break; default: c = rotate(c, 3u); }
  c = (((b % (d | 1u)) >> ((816793u / (b | 1u)) & 31u)) >> (rotate((b | a), (c - a)) & 31u));
  a ^= convert_uint_sat(fabs(((g + 2.88f) / (fabs((f / (fabs(f) + 1.0f))) + 1.0f))) * 16.0f);
  c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  for (int k = 0; k < 6; k++) { if ((a & 7u) == 7u) break; p[((c | d) + 0u) & 7u] = ((56340u >> (d & 31u)) * (b * a)); b += p[6u & 7u]; }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
