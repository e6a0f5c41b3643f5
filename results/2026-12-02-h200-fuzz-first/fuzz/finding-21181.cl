struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x >> (y & 31u)) / ((x >> (110863u & 31u)) | 1u)) >> ((456772u | (y - 753651u)) & 31u))); y ^= x >> 3; x = x * 31u + ((rotate((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3), (y - 984862u)) + (684737u & (y ^ y)))); y ^= x >> 3; x = x * 31u + ((mul_hi(((265920u < y) ? 265920u : (y ^ 0x55u)), (649944u ^ x)) << (x & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (max(((y >> (x & 31u)) / (x | 1u)), ((y | y) / (rotate(125125u, y) | 1u)))); y ^= x >> 3; x = x * 31u + ((((y << (197716u & 31u)) < ((548874u << (x & 31u)) + y)) ? (y << (197716u & 31u)) : (((548874u << (x & 31u)) + y) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((max(min(y, x), mul_hi(y, x)) + ((uint)(((int)(784982u & 0xffffu) - (int)(y & 0xffffu)) / 3) % ((y % (y | 1u)) | 1u)))); y ^= x >> 3; x = x * 31u + (((x >> ((35923u | 977655u) & 31u)) / (893952u | 1u))); y ^= x >> 3; x = x * 31u + (((579584u << ((y & x) & 31u)) - (y % ((x + y) | 1u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (mul_hi(max(b, d), max(a, 333273u)) > max(min(d, d), (407512u * 83052u))) { f = clamp(sqrt(fabs(fmax(fmin(f, 1.33f), clamp(f, -4.0f, 4.0f)))), -1000.0f, 1000.0f); } else { for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; p[(max(lid, 29624u) + 5u) & 7u] = (min(774480u, 986560u) / ((c + c) | 1u)); d += p[3u & 7u]; } }
  a ^= convert_uint_sat(fabs(((g / (fabs(g) + 1.0f)) - f)) * 16.0f);
  f = clamp(sqrt(fabs(f)), -1000.0f, 1000.0f);
  if (((lid % (b | 1u)) - mul_hi(a, d)) > ((b % (457669u | 1u)) & (923003u * 267867u))) { c ^= convert_uint_sat(fabs(f) * 16.0f); } else { for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; c = b; } }
  p[((gid + gid) + 6u) & 7u] = lid; c += p[6u & 7u];
  switch ((a - lid) & 3u) { case 0: d += 1u; break; case 1: d ^= 8u; /* falls through */ case 2: d = c; break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 4; k++) {  switch (((uint)(((int)(lid & 0xffffu) - (int)(915527u & 0xffffu)) / 3) % ((gid << (gid & 31u)) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 880u; /* falls through */ case 2: c = (min(a, 519556u) / ((uint)(((int)(934679u & 0xffffu) - (int)(b & 0xffffu)) / 3) | 1u)); break; default: c = rotate(c, 3u); } }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
