struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((x ^ ((x * y) - (x - 403066u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((x & (x >> (y & 31u))) / (18268u | 1u))); y ^= x >> 3; x = x * 31u + (max(mul_hi(x, (y << (x & 31u))), rotate(max(y, 153506u), y))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((365419u * x) * (559790u + y)) & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((min(1038571u, x) ^ y)); y ^= x >> 3; x = x * 31u + (214694u); y ^= x >> 3; x = x * 31u + ((697453u % (((min(x, x) < (x / (162014u | 1u))) ? min(x, x) : ((x / (162014u | 1u)) ^ 0x55u)) | 1u))); y ^= x >> 3; x = x * 31u + ((y * (392575u << ((y & y) & 31u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (min(x, ((x << (444630u & 31u)) >> ((x << (x & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + ((y - y)); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(591620u & 0xffffu) - (int)(y & 0xffffu)) / 3) & (x >> (x & 31u))) - ((mul_hi(x, y) < mul_hi(x, x)) ? mul_hi(x, y) : (mul_hi(x, x) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (((514120u % (804559u | 1u)) % ((uint)(((int)((y + x) & 0xffffu) - (int)((307699u % (y | 1u)) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + ((((y & y) / ((x >> (y & 31u)) | 1u)) * ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) / (min(576249u, 969131u) | 1u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((uint)(((int)(min(557443u, y) & 0xffffu) - (int)(y & 0xffffu)) / 3) + ((uint)(((int)(y & 0xffffu) - (int)(897098u & 0xffffu)) / 3) & (x >> (659397u & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs((((float)(a & 255u) * f) + clamp(1.66f, -4.0f, 4.0f))) * 16.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
