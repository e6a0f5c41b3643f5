struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y - y) << (max(325130u, 759707u) & 31u)) & (min(520788u, 202445u) - rotate(635277u, x)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (mul_hi(y, mul_hi((x >> (x & 31u)), x))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((uint)(((int)(154198u & 0xffffu) - (int)((x % ((x << (y & 31u)) | 1u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((y % (x | 1u)) / ((856106u | x) | 1u)) << (((y % (290741u | 1u)) << ((x >> (y & 31u)) & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + (max(y, (91953u % ((x + 434861u) | 1u)))); y ^= x >> 3; x = x * 31u + ((((392277u & y) / ((x % (923699u | 1u)) | 1u)) - ((x << (y & 31u)) & x))); y ^= x >> 3; x = x * 31u + ((277190u * rotate(max(y, 33971u), (x / (903730u | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; a = max((mul_hi(lid, b) / ((d ^ d) | 1u)), (473533u | ((gid < d) ? gid : (d ^ 0x55u)))); }
  p[(mul_hi(gid, gid) + 3u) & 7u] = 945514u; b += p[4u & 7u];
  f = clamp(sqrt(fabs((sqrt(fabs(f)) + (f * 2.10f)))), -1000.0f, 1000.0f);
  g = clamp(clamp(fmax((float)(a & 255u), g), -4.0f, 4.0f), -1000.0f, 1000.0f);
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 1u) continue; if ((uint)(((int)((881202u & d) & 0xffffu) - (int)(max(gid, d) & 0xffffu)) / 3) != a) { g = clamp(1.21f, -1000.0f, 1000.0f); } else { d ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } }
  switch (mul_hi((lid << (a & 31u)), a) & 3u) { case 0: c += 1u; break; case 1: c ^= 849u; /* falls through */ case 2: c = (uint)(((int)(977558u & 0xffffu) - (int)((b + c) & 0xffffu)) / 3); break; default: c = rotate(c, 3u); }
  g = clamp(f, -1000.0f, 1000.0f);
  if (((c ^ 186384u) % ((gid ^ d) | 1u)) != min((d / (10613u | 1u)), (496131u - c))) { d ^= convert_uint_sat(fabs(2.41f) * 16.0f); } else { a = h0(rotate((a ^ 377302u), ((d < d) ? d : (d ^ 0x55u))), min((722290u / (lid | 1u)), (234319u * gid))); }
  for (int k = 0; k < 1; k++) { if ((d & 7u) == 1u) break; a ^= convert_uint_sat(fabs((fmax(2.1f, 0.67f) - (g - g))) * 16.0f); }
  if (((lid | d) % ((a * 573221u) | 1u)) == (d / (mul_hi(531467u, gid) | 1u))) { switch (rotate(max(gid, 124597u), b) & 3u) { case 0: a += 1u; break; case 1: a ^= 822u; /* falls through */ case 2: a = (min(d, 338525u) & (c + d)); break; default: a = rotate(a, 3u); } } else { p[(rotate(gid, c) + 0u) & 7u] = lid; d += p[3u & 7u]; }
  p[((d << (lid & 31u)) + 0u) & 7u] = 444077u; a += p[0u & 7u];
  tile[lid] = 211566u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 56u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
