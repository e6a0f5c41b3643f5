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
  a = (((a ^ c) >> ((234107u & b) & 31u)) * b);
  g = clamp(sqrt(fabs(((f + 3.43f) * g))), -1000.0f, 1000.0f);
  d ^= convert_uint_sat(fabs(fmin((g / (fabs((float)(a & 255u)) + 1.0f)), clamp((float)(a & 255u), -4.0f, 4.0f))) * 16.0f);
  for (int k = 0; k < 5; k++) { if ((c & 7u) == 0u) break; f = clamp(clamp(clamp(f, -4.0f, 4.0f), -4.0f, 4.0f), -1000.0f, 1000.0f); }
  if (515742u < ((gid + a) >> (982481u & 31u))) { if (d != (652949u ^ (313298u & a))) { b = mul_hi(472729u, (535220u - (uint)(((int)(lid & 0xffffu) - (int)(c & 0xffffu)) / 3))); } else { c ^= convert_uint_sat(fabs(fmin((g / (fabs((float)(a & 255u)) + 1.0f)), (f / (fabs((float)(a & 255u)) + 1.0f)))) * 16.0f); } } else { c ^= convert_uint_sat(fabs(fmax(g, fmin(g, g))) * 16.0f); }
  a ^= convert_uint_sat(fabs(f) * 16.0f);
  switch (b & 3u) { case 0: d += 1u; break; case 1: d ^= 68u; /* falls through */ case 2: d = rotate((b / (c | 1u)), 1038251u); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 4; k++) { if ((d & 7u) == 7u) break; p[((d & a) + 5u) & 7u] = ((gid - a) | min(27133u, 964567u)); b += p[0u & 7u]; }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
