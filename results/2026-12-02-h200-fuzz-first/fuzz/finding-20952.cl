struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(x, (rotate(y, y) * (x / (y | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = (a + ((88387u + gid) / ((lid & b) | 1u)));
  switch (217230u & 3u) { case 0: c += 1u; break; case 1: c ^= 132u; /* falls through */ case 2: c = gid; break; default: c = rotate(c, 3u); }
  p[((gid >> (d & 31u)) + 3u) & 7u] = ((uint)(((int)(108816u & 0xffffu) - (int)(c & 0xffffu)) / 3) | (d & a)); a += p[0u & 7u];
  if (d != 924224u) { for (int k = 0; k < 5; k++) { if ((a & 7u) == 1u) break; g = clamp(fmin(fmax((2.31f - g), f), sqrt(fabs((0.89f - (float)(a & 255u))))), -1000.0f, 1000.0f); } } else { switch (rotate(((a < c) ? a : (c ^ 0x55u)), c) & 3u) { case 0: d += 1u; break; case 1: d ^= 281u; /* falls through */ case 2: d = min(625228u, (a >> (376048u & 31u))); break; default: d = rotate(d, 3u); } }
  c = lid;
  p[(max(74189u, 11375u) + 2u) & 7u] = (107244u + 339456u); b += p[0u & 7u];
  a ^= convert_uint_sat(fabs(fmin(fmax(f, (float)(a & 255u)), clamp(1.20f, -4.0f, 4.0f))) * 16.0f);
  g = clamp((fmax(1.7f, (float)(a & 255u)) - clamp(f, -4.0f, 4.0f)), -1000.0f, 1000.0f);
  g = clamp((((float)(a & 255u) + f) * f), -1000.0f, 1000.0f);
  tile[lid] = (lid << ((lid ^ gid) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 35u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
