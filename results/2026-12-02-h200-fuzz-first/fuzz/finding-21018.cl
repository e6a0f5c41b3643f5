struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min((y / ((432195u - y) | 1u)), rotate(y, x))); y ^= x >> 3; x = x * 31u + (((y | rotate(x, y)) | (uint)(((int)(206054u & 0xffffu) - (int)(min(276660u, y) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((rotate(max(y, x), y) << (mul_hi(x, x) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((uint)(((int)((423810u << (y & 31u)) & 0xffffu) - (int)((y + x) & 0xffffu)) / 3) % (((mul_hi(y, y) < mul_hi(229574u, 968137u)) ? mul_hi(y, y) : (mul_hi(229574u, 968137u) ^ 0x55u)) | 1u))); y ^= x >> 3; x = x * 31u + ((((y + y) >> ((x / (y | 1u)) & 31u)) - mul_hi((696827u << (x & 31u)), mul_hi(y, 994939u)))); y ^= x >> 3; x = x * 31u + (rotate((mul_hi(y, y) ^ rotate(y, x)), 123941u)); y ^= x >> 3; x = x * 31u + (757090u); y ^= x >> 3; x = x * 31u + ((((y ^ 982542u) + (38244u ^ 436742u)) >> ((max(x, x) & (uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)) & 31u))); y ^= x >> 3; x = x * 31u + ((y | y)); y ^= x >> 3; x = x * 31u + ((rotate((y * x), (x >> (y & 31u))) ^ y)); y ^= x >> 3; x = x * 31u + (((uint)(((int)((y >> (579516u & 31u)) & 0xffffu) - (int)((x + x) & 0xffffu)) / 3) | ((706482u % (128465u | 1u)) * y))); y ^= x >> 3; x = x * 31u + (((min(y, 136983u) * (y ^ x)) >> (((109720u ^ y) & (x & x)) & 31u))); y ^= x >> 3; x = x * 31u + (((((x << (435341u & 31u)) < mul_hi(y, x)) ? (x << (435341u & 31u)) : (mul_hi(y, x) ^ 0x55u)) & ((y < (x >> (x & 31u))) ? y : ((x >> (x & 31u)) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((((x & y) >> ((y ^ 416215u) & 31u)) | ((y + 33780u) % ((x ^ x) | 1u)))); y ^= x >> 3; x = x * 31u + ((((x < x) ? x : (x ^ 0x55u)) % (y | 1u))); y ^= x >> 3; x = x * 31u + (804058u); y ^= x >> 3; x = x * 31u + (min((mul_hi(y, y) / (min(906768u, y) | 1u)), (x >> (x & 31u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((mul_hi(y, y) * (708039u | x)) < ((440432u + x) / (791929u | 1u))) ? (mul_hi(y, y) * (708039u | x)) : (((440432u + x) / (791929u | 1u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((364770u & x)); y ^= x >> 3; x = x * 31u + (rotate(((y | x) - (x | 606520u)), ((y << (y & 31u)) | rotate(y, 855174u)))); y ^= x >> 3; x = x * 31u + (782624u); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c ^= convert_uint_sat(fabs(((g * g) - (g * f))) * 16.0f);
  g = clamp(clamp((1.63f * g), -4.0f, 4.0f), -1000.0f, 1000.0f);
  a = ((275707u % (411104u | 1u)) >> ((gid / ((612520u >> (649282u & 31u)) | 1u)) & 31u));
  d = c;
  a = 752375u;
  f = clamp((((g - f) / (fabs(1.77f) + 1.0f)) / (fabs(fmax(sqrt(fabs(g)), g)) + 1.0f)), -1000.0f, 1000.0f);
  switch (((c >> (d & 31u)) | (922268u / (a | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 416u; /* falls through */ case 2: c = (898058u / (mul_hi(a, lid) | 1u)); break; default: c = rotate(c, 3u); }
  p[(min(c, lid) + 4u) & 7u] = (min(d, 589006u) / (min(c, 415215u) | 1u)); b += p[5u & 7u];
  atomic_add(&acc[0u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
