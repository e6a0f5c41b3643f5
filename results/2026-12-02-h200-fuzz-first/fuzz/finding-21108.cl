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
  f = clamp(sqrt(fabs(clamp(f, -4.0f, 4.0f))), -1000.0f, 1000.0f);
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 1u) break; g = clamp(fmin(sqrt(fabs(((float)(a & 255u) / (fabs(g) + 1.0f)))), clamp((float)(a & 255u), -4.0f, 4.0f)), -1000.0f, 1000.0f); }
  switch ((d | (gid | a)) & 3u) { case 0: b += 1u; break; case 1: b ^= 231u; /* falls through */ case 2: b = (mul_hi(530201u, 229318u) + a); break; default: b = rotate(b, 3u); }
  p[(((b < 504562u) ? b : (504562u ^ 0x55u)) + 0u) & 7u] = (477317u ^ (lid & 737174u)); a += p[7u & 7u];
  p[((gid & gid) + 1u) & 7u] = min((268599u | b), ((200750u < c) ? 200750u : (c ^ 0x55u))); b += p[3u & 7u];
  switch ((a << (mul_hi(777359u, b) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 482u; /* falls through */ case 2: a = (((a / (a | 1u)) < mul_hi(339173u, 691814u)) ? (a / (a | 1u)) : (mul_hi(339173u, 691814u) ^ 0x55u)); break; default: a = rotate(a, 3u); }
  f = clamp((fmin((g + f), (1.60f * g)) - sqrt(fabs(((float)(a & 255u) * 3.97f)))), -1000.0f, 1000.0f);
  f = clamp(sqrt(fabs(((f - 1.48f) - fmax(f, f)))), -1000.0f, 1000.0f);
  switch ((c / ((uint)(((int)(gid & 0xffffu) - (int)(98918u & 0xffffu)) / 3) | 1u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 181u; /* falls through */ case 2: a = 753851u; break; default: a = rotate(a, 3u); }
  a ^= convert_uint_sat(fabs((((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f)) * 3.83f)) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
