struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((mul_hi((y - x), min(x, y)) * (rotate(944385u, y) ^ x))); y ^= x >> 3; x = x * 31u + ((x | (x >> (x & 31u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y >> (783302u & 31u)) * mul_hi(x, y)) & 0xffffu) - (int)((352062u % (rotate(966119u, y) | 1u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (max(y, y)); y ^= x >> 3; x = x * 31u + ((mul_hi(rotate(y, y), (uint)(((int)(y & 0xffffu) - (int)(586691u & 0xffffu)) / 3)) + ((y << (y & 31u)) >> (510069u & 31u)))); y ^= x >> 3; x = x * 31u + ((((mul_hi(y, y) / ((776164u << (y & 31u)) | 1u)) < ((y >> (x & 31u)) >> ((511273u - y) & 31u))) ? (mul_hi(y, y) / ((776164u << (y & 31u)) | 1u)) : (((y >> (x & 31u)) >> ((511273u - y) & 31u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)((uint)(((int)((x & 249592u) & 0xffffu) - (int)(mul_hi(y, 143979u) & 0xffffu)) / 3) & 0xffffu) - (int)(rotate((174027u % (x | 1u)), y) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (rotate(646799u, ((x ^ 977934u) % ((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) | 1u)))); y ^= x >> 3; x = x * 31u + (((y << ((x + 601435u) & 31u)) - ((871391u >> (x & 31u)) / ((x * x) | 1u)))); y ^= x >> 3; x = x * 31u + (668232u); y ^= x >> 3; x = x * 31u + (max(((y + y) | ((y < x) ? y : (x ^ 0x55u))), ((x | 44204u) & (836250u - x)))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(mul_hi(564230u, x) & 0xffffu) - (int)(mul_hi(x, x) & 0xffffu)) / 3) << (min((x ^ 892002u), 648513u) & 31u))); y ^= x >> 3; x = x * 31u + ((x * ((x / (266353u | 1u)) - 170651u))); y ^= x >> 3; x = x * 31u + (((((779533u - y) < rotate(246566u, x)) ? (779533u - y) : (rotate(246566u, x) ^ 0x55u)) - max((y * y), (y * 474731u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((((y < y) ? y : (y ^ 0x55u)) / (551702u | 1u)) ^ rotate((x - 427171u), y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((765087u * 256946u) > (min(700653u, d) >> ((203431u & c) & 31u))) { p[((gid - 564109u) + 0u) & 7u] = ((a & lid) >> ((a & a) & 31u)); d += p[2u & 7u]; } else { c = rotate((uint)(((int)(1013668u & 0xffffu) - (int)((222135u | c) & 0xffffu)) / 3), c); }
  f = clamp(sqrt(fabs((fmax(g, 1.65f) * sqrt(fabs(f))))), -1000.0f, 1000.0f);
  switch (lid & 3u) { case 0: c += 1u; break; case 1: c ^= 530u; /* falls through */ case 2: c = d; break; default: c = rotate(c, 3u); }
  d = h0(gid, ((d / (gid | 1u)) ^ (a / (b | 1u))));
  atomic_add(&acc[0u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
