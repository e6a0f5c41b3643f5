struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max((x << (y & 31u)), (rotate(y, 980318u) / (y | 1u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) {  switch (b & 3u) { case 0: c += 1u; break; case 1: c ^= 474u; /* falls through */ case 2: c = b; break; default: c = rotate(c, 3u); } }
  switch (((gid >> (a & 31u)) + ((585770u < c) ? 585770u : (c ^ 0x55u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 59u; /* falls through */ case 2: b = ((114933u ^ c) % (mul_hi(d, 632542u) | 1u)); break; default: b = rotate(b, 3u); }
  p[((gid % (gid | 1u)) + 4u) & 7u] = ((367791u << (b & 31u)) & mul_hi(b, a)); c += p[3u & 7u];
  if ((mul_hi(a, b) | (c ^ c)) == c) { switch (((d - a) & max(d, b)) & 3u) { case 0: c += 1u; break; case 1: c ^= 463u; /* falls through */ case 2: c = lid; break; default: c = rotate(c, 3u); } } else { if (((uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3) % (((a < a) ? a : (a ^ 0x55u)) | 1u)) != (uint)(((int)((uint)(((int)(110588u & 0xffffu) - (int)(d & 0xffffu)) / 3) & 0xffffu) - (int)(rotate(101422u, gid) & 0xffffu)) / 3)) { a = 802708u; } else { a ^= convert_uint_sat(fabs(((g / (fabs(g) + 1.0f)) - (f / (fabs(2.22f) + 1.0f)))) * 16.0f); } }
  a ^= convert_uint_sat(fabs(fmin((g * 1.7f), 0.97f)) * 16.0f);
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; switch (mul_hi((b & 13550u), c) & 3u) { case 0: d += 1u; break; case 1: d ^= 928u; /* falls through */ case 2: d = ((176408u % (d | 1u)) << ((uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3) & 31u)); break; default: d = rotate(d, 3u); } }
  if (((377691u < gid) ? 377691u : (gid ^ 0x55u)) == rotate((uint)(((int)(c & 0xffffu) - (int)(a & 0xffffu)) / 3), max(89443u, gid))) { b ^= convert_uint_sat(fabs((f - (0.41f - (float)(a & 255u)))) * 16.0f); } else { c = h0((max(lid, c) % ((uint)(((int)(b & 0xffffu) - (int)(c & 0xffffu)) / 3) | 1u)), (mul_hi(b, 278228u) << (b & 31u))); }
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; p[(880023u + 2u) & 7u] = d; d += p[6u & 7u]; }
  f = clamp(sqrt(fabs(fmax(1.79f, (f * 1.79f)))), -1000.0f, 1000.0f);
  a = (((gid * a) ^ (uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3)) & 167629u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
