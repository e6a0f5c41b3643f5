struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((x - 796033u)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((mul_hi((11890u - 718382u), 650070u) | y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (mul_hi((min(570416u, 480156u) * (x & x)), y)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (934023u); y ^= x >> 3; x = x * 31u + (800307u); y ^= x >> 3; x = x * 31u + ((x * 544438u)); y ^= x >> 3; x = x * 31u + (((max(y, x) - ((y < x) ? y : (x ^ 0x55u))) >> ((uint)(((int)((x | y) & 0xffffu) - (int)((71516u ^ x) & 0xffffu)) / 3) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = h1((uint)(((int)(804265u & 0xffffu) - (int)(mul_hi(258058u, 444610u) & 0xffffu)) / 3), ((b * d) + max(a, c)));
  if (670823u == c) { c ^= convert_uint_sat(fabs((((float)(a & 255u) + f) + 2.35f)) * 16.0f); } else { switch (370773u & 3u) { case 0: c += 1u; break; case 1: c ^= 917u; /* falls through */ case 2: c = rotate(c, (d >> (400443u & 31u))); break; default: c = rotate(c, 3u); } }
  for (int k = 0; k < 6; k++) {  g = clamp((clamp(2.76f, -4.0f, 4.0f) + (((float)(a & 255u) * f) / (fabs(fmin(3.65f, (float)(a & 255u))) + 1.0f))), -1000.0f, 1000.0f); }
  switch (min(a, (uint)(((int)(b & 0xffffu) - (int)(783680u & 0xffffu)) / 3)) & 3u) { case 0: c += 1u; break; case 1: c ^= 809u; /* falls through */ case 2: c = lid; break; default: c = rotate(c, 3u); }
  p[((a % (711362u | 1u)) + 2u) & 7u] = (((a < 131450u) ? a : (131450u ^ 0x55u)) << ((b ^ 33212u) & 31u)); a += p[0u & 7u];
  b ^= convert_uint_sat(fabs(fmin(f, f)) * 16.0f);
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
