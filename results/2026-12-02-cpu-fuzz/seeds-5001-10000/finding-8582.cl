struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((1034574u / (733884u | 1u)) ^ (uint)(((int)(213495u & 0xffffu) - (int)(x & 0xffffu)) / 3)) < (48029u * (x + x))) ? ((1034574u / (733884u | 1u)) ^ (uint)(((int)(213495u & 0xffffu) - (int)(x & 0xffffu)) / 3)) : ((48029u * (x + x)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (min((147999u - (726979u - y)), 877043u)); y ^= x >> 3; x = x * 31u + ((((y / (y | 1u)) >> ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) & 31u)) ^ (uint)(((int)((y * y) & 0xffffu) - (int)((x + y) & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((mul_hi(y, x) << ((x | 852873u) & 31u)) - ((uint)(((int)(y & 0xffffu) - (int)(598979u & 0xffffu)) / 3) % (x | 1u)))); y ^= x >> 3; x = x * 31u + ((rotate((y & 491836u), (x | 981094u)) | ((y / (x | 1u)) % ((329056u - y) | 1u)))); y ^= x >> 3; x = x * 31u + (rotate(y, (mul_hi(779879u, x) | (424502u % (x | 1u))))); y ^= x >> 3; x = x * 31u + (min((((y < y) ? y : (y ^ 0x55u)) ^ (y * x)), rotate(x, 704587u))); y ^= x >> 3; x = x * 31u + ((346008u >> ((y ^ (608703u % (700733u | 1u))) & 31u))); y ^= x >> 3; x = x * 31u + (min(((uint)(((int)(y & 0xffffu) - (int)(907000u & 0xffffu)) / 3) >> ((468241u << (x & 31u)) & 31u)), ((x / (x | 1u)) & min(x, y)))); y ^= x >> 3; x = x * 31u + ((x ^ 326125u)); y ^= x >> 3; x = x * 31u + ((((x % (915221u | 1u)) >> (609609u & 31u)) * (494018u | (y / (y | 1u))))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((x - y) ^ ((y < y) ? y : (y ^ 0x55u))) + x)); y ^= x >> 3; x = x * 31u + ((((127381u & 944429u) / ((372597u & y) | 1u)) + (291802u << (min(y, y) & 31u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((max(y, x) | (x | x)) & 0xffffu) - (int)((((x & y) < (y | 848899u)) ? (x & y) : ((y | 848899u) ^ 0x55u)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h1(269920u, ((670785u ^ lid) & a));
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
