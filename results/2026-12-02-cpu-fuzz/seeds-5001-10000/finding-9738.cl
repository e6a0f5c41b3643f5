struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min((mul_hi(x, 955252u) << (414318u & 31u)), ((634395u & x) % (128550u | 1u)))); y ^= x >> 3; x = x * 31u + (((x < 416789u) ? x : (416789u ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((398724u / (y | 1u))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(148282u & 0xffffu) - (int)(505117u & 0xffffu)) / 3) | (y + 413173u)) | (y + max(y, y)))); y ^= x >> 3; x = x * 31u + (mul_hi((uint)(((int)(((x < y) ? x : (y ^ 0x55u)) & 0xffffu) - (int)(((630660u < 823733u) ? 630660u : (823733u ^ 0x55u)) & 0xffffu)) / 3), y)); y ^= x >> 3; x = x * 31u + ((max(max(x, x), (y ^ y)) / ((x << (x & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (((y << (mul_hi(875490u, 399048u) & 31u)) * ((x / (y | 1u)) << ((398975u % (586309u | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + (mul_hi(((y ^ x) - (y & 516819u)), (x % (y | 1u)))); y ^= x >> 3; x = x * 31u + (999171u); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((y % (min(x, (149653u & 36357u)) | 1u))); y ^= x >> 3; x = x * 31u + (((x >> (x & 31u)) ^ (uint)(((int)(y & 0xffffu) - (int)(119399u & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (rotate(min(1005215u, (257024u >> (y & 31u))), x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = h0((uint)(((int)((b - 365733u) & 0xffffu) - (int)((uint)(((int)(b & 0xffffu) - (int)(c & 0xffffu)) / 3) & 0xffffu)) / 3), (((74503u < 292905u) ? 74503u : (292905u ^ 0x55u)) | (b + lid)));
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
