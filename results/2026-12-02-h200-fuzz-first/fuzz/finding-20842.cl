struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y % (y | 1u)) % ((x - 565891u) | 1u)) / ((36881u ^ rotate(y, y)) | 1u))); y ^= x >> 3; x = x * 31u + ((rotate(min(y, x), (uint)(((int)(480628u & 0xffffu) - (int)(x & 0xffffu)) / 3)) - ((uint)(((int)(y & 0xffffu) - (int)(574158u & 0xffffu)) / 3) % ((y - x) | 1u)))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(923461u & 0xffffu) - (int)((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) & 0xffffu)) / 3) * ((uint)(((int)(y & 0xffffu) - (int)(974648u & 0xffffu)) / 3) % (263762u | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (min((527478u & 953006u), (max(x, y) - (424973u >> (129311u & 31u))))); y ^= x >> 3; x = x * 31u + (rotate((uint)(((int)((x << (y & 31u)) & 0xffffu) - (int)((36646u % (y | 1u)) & 0xffffu)) / 3), 124265u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 5; k++) { if ((d & 7u) == 6u) break; c = h1(((c & b) >> (lid & 31u)), lid); }
  switch ((mul_hi(c, d) & 304463u) & 3u) { case 0: d += 1u; break; case 1: d ^= 142u; /* falls through */ case 2: d = (max(143419u, 680677u) >> ((b ^ 457914u) & 31u)); break; default: d = rotate(d, 3u); }
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  g = clamp(g, -1000.0f, 1000.0f);
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; switch ((d & (c & a)) & 3u) { case 0: d += 1u; break; case 1: d ^= 996u; /* falls through */ case 2: d = ((a / (936023u | 1u)) & (854802u / (591663u | 1u))); break; default: d = rotate(d, 3u); } }
  if (316865u > 110515u) { c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } else { switch ((((b * b) < min(c, d)) ? (b * b) : (min(c, d) ^ 0x55u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 633u; /* falls through */ case 2: d = (862752u ^ 299531u); break; default: d = rotate(d, 3u); } }
  switch (635765u & 3u) { case 0: a += 1u; break; case 1: a ^= 818u; /* falls through */ case 2: a = (lid + 622550u); break; default: a = rotate(a, 3u); }
  tile[lid] = rotate((uint)(((int)(34135u & 0xffffu) - (int)(a & 0xffffu)) / 3), mul_hi(616368u, a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 30u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
