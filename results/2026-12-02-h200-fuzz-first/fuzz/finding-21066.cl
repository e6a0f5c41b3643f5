struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((809343u % (846717u | 1u)) + y) < 240556u) ? ((809343u % (846717u | 1u)) + y) : (240556u ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((708196u | (y | x)) ^ y)); y ^= x >> 3; x = x * 31u + (((y ^ max(x, y)) / (max(mul_hi(x, y), (x / (x | 1u))) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (rotate(y, (rotate(244359u, 737059u) ^ (638526u << (y & 31u))))); y ^= x >> 3; x = x * 31u + ((x / ((uint)(((int)((y & x) & 0xffffu) - (int)((963311u & x) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + ((((x + y) / ((x - x) | 1u)) + (max(135926u, y) + y))); y ^= x >> 3; x = x * 31u + ((min(x, x) - (539260u - (y - x)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((x << ((y >> (293104u & 31u)) & 31u)) & 0xffffu) - (int)(((402624u ^ 792607u) + (y * y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((y ^ ((y << (x & 31u)) + (y << (335873u & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp((2.73f - f), -1000.0f, 1000.0f);
  switch (((c + b) | 358788u) & 3u) { case 0: c += 1u; break; case 1: c ^= 807u; /* falls through */ case 2: c = (d >> ((a + b) & 31u)); break; default: c = rotate(c, 3u); }
  switch (594051u & 3u) { case 0: c += 1u; break; case 1: c ^= 612u; /* falls through */ case 2: c = ((c << (d & 31u)) / ((lid % (d | 1u)) | 1u)); break; default: c = rotate(c, 3u); }
  switch ((((977999u - d) < mul_hi(c, c)) ? (977999u - d) : (mul_hi(c, c) ^ 0x55u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 867u; /* falls through */ case 2: b = 504857u; break; default: b = rotate(b, 3u); }
  g = clamp(fmin((2.25f + fmax(g, 2.12f)), ((3.60f / (fabs(g) + 1.0f)) + f)), -1000.0f, 1000.0f);
  switch ((b % ((gid + 625608u) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 51u; /* falls through */ case 2: c = c; break; default: c = rotate(c, 3u); }
  for (int k = 0; k < 1; k++) {  for (int k = 0; k < 1; k++) { if ((a & 7u) == 7u) break; g = clamp(sqrt(fabs(f)), -1000.0f, 1000.0f); } }
  for (int k = 0; k < 1; k++) {  if (((964896u | 67797u) & ((a < gid) ? a : (gid ^ 0x55u))) == min(max(565353u, gid), (gid & 235023u))) { b = d; } else { d = max((uint)(((int)(((a < b) ? a : (b ^ 0x55u)) & 0xffffu) - (int)(gid & 0xffffu)) / 3), ((uint)(((int)(998747u & 0xffffu) - (int)(938260u & 0xffffu)) / 3) * (gid >> (b & 31u)))); } }
  c = h1((322125u - mul_hi(a, a)), 593021u);
  p[((849514u / (924333u | 1u)) + 5u) & 7u] = lid; a += p[3u & 7u];
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
