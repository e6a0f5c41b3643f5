struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi((uint)(((int)(x & 0xffffu) - (int)(((y < x) ? y : (x ^ 0x55u)) & 0xffffu)) / 3), x)); y ^= x >> 3; x = x * 31u + (min(min(x, (uint)(((int)(1034022u & 0xffffu) - (int)(x & 0xffffu)) / 3)), max(max(y, y), (x * 706479u)))); y ^= x >> 3; x = x * 31u + ((y | (uint)(((int)((y % (x | 1u)) & 0xffffu) - (int)((272501u * y) & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((((uint)(((int)(y & 0xffffu) - (int)(725632u & 0xffffu)) / 3) % ((uint)(((int)(326261u & 0xffffu) - (int)(y & 0xffffu)) / 3) | 1u)) < (min(949255u, x) ^ (x / (x | 1u)))) ? ((uint)(((int)(y & 0xffffu) - (int)(725632u & 0xffffu)) / 3) % ((uint)(((int)(326261u & 0xffffu) - (int)(y & 0xffffu)) / 3) | 1u)) : ((min(949255u, x) ^ (x / (x | 1u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((max(844950u, (734362u ^ x)) / (x | 1u))); y ^= x >> 3; x = x * 31u + (211221u); y ^= x >> 3; x = x * 31u + ((mul_hi((x - 878263u), (y | y)) & min((x >> (x & 31u)), 776379u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((min(x, (y << (112057u & 31u))) & x)); y ^= x >> 3; x = x * 31u + ((x >> ((min(911764u, x) - (241788u + y)) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (max((rotate(x, 983662u) + min(631230u, y)), x)); y ^= x >> 3; x = x * 31u + ((min(550573u, x) / (((111461u % (x | 1u)) * max(x, x)) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)(min((x << (y & 31u)), (x ^ x)) & 0xffffu) - (int)(((y & 409431u) - min(y, y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((x % (y | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (min(rotate(b, gid), (uint)(((int)(a & 0xffffu) - (int)(c & 0xffffu)) / 3)) & 3u) { case 0: c += 1u; break; case 1: c ^= 583u; /* falls through */ case 2: c = lid; break; default: c = rotate(c, 3u); }
  a ^= convert_uint_sat(fabs(fmin((g * g), (f - f))) * 16.0f);
  for (int k = 0; k < 3; k++) { if ((c & 7u) == 4u) break; for (int k = 0; k < 3; k++) { if ((c & 7u) == 4u) break; b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } }
  b = (rotate(max(810955u, d), (203737u - 205735u)) << (a & 31u));
  for (int k = 0; k < 2; k++) { if ((c & 7u) == 4u) break; a = ((((a ^ c) < (gid >> (941832u & 31u))) ? (a ^ c) : ((gid >> (941832u & 31u)) ^ 0x55u)) - min((uint)(((int)(174774u & 0xffffu) - (int)(708092u & 0xffffu)) / 3), 437471u)); }
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  switch (190381u & 3u) { case 0: a += 1u; break; case 1: a ^= 851u; /* falls through */ case 2: a = lid; break; default: a = rotate(a, 3u); }
  d ^= convert_uint_sat(fabs(((float)(a & 255u) + (1.76f * f))) * 16.0f);
  g = clamp(sqrt(fabs(((2.26f + f) * (g + f)))), -1000.0f, 1000.0f);
  b = (max((c - 134007u), min(548134u, 91515u)) ^ ((b << (b & 31u)) / (rotate(lid, d) | 1u)));
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
