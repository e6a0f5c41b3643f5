struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y & 907204u) * (361965u % (184665u | 1u))) << ((((426196u < x) ? 426196u : (x ^ 0x55u)) % (x | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((x ^ ((y / (x | 1u)) | y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((y ^ y)); y ^= x >> 3; x = x * 31u + (max(min(x, (y >> (y & 31u))), (rotate(241285u, x) & (y % (x | 1u))))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(y & 0xffffu) - (int)((x << (x & 31u)) & 0xffffu)) / 3) < x) ? (uint)(((int)(y & 0xffffu) - (int)((x << (x & 31u)) & 0xffffu)) / 3) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + (rotate(min((y << (x & 31u)), (y * 138567u)), mul_hi((402654u + y), (x * x)))); y ^= x >> 3; x = x * 31u + (((min(y, y) / (y | 1u)) & (x & (x / (y | 1u))))); y ^= x >> 3; x = x * 31u + ((mul_hi((567706u + x), (uint)(((int)(x & 0xffffu) - (int)(107399u & 0xffffu)) / 3)) << (324416u & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (min(((y >> (y & 31u)) % ((721646u ^ x) | 1u)), (1014089u >> (min(y, 334149u) & 31u)))); y ^= x >> 3; x = x * 31u + (((mul_hi(828708u, y) < ((976805u >> (y & 31u)) & x)) ? mul_hi(828708u, y) : (((976805u >> (y & 31u)) & x) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (min(min((y % (y | 1u)), (x >> (194176u & 31u))), min((207575u - y), rotate(y, x)))); y ^= x >> 3; x = x * 31u + (min((x ^ (467181u / (x | 1u))), ((y ^ y) - (y ^ 28436u)))); y ^= x >> 3; x = x * 31u + (rotate(y, ((y * 510082u) << ((x + x) & 31u)))); y ^= x >> 3; x = x * 31u + ((max((uint)(((int)(163707u & 0xffffu) - (int)(y & 0xffffu)) / 3), 756012u) & mul_hi((502892u & 226205u), (y + 310031u)))); y ^= x >> 3; x = x * 31u + ((((y << (y & 31u)) ^ (681212u ^ 725020u)) + y)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((x * min((y & x), (x | x)))); y ^= x >> 3; x = x * 31u + (320883u); y ^= x >> 3; x = x * 31u + (((x < x) ? x : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((841472u & x) % (x | 1u)) & rotate(932075u, (537672u - 520748u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((max(940488u, 570938u) >> ((959629u << (y & 31u)) & 31u)) & 0xffffu) - (int)(((978327u * 827041u) - y) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 2; k++) {  g = clamp((sqrt(fabs(f)) * g), -1000.0f, 1000.0f); }
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; a = h0(((gid % (lid | 1u)) - (d * b)), b); }
  c ^= convert_uint_sat(fabs(fmin(fmin((float)(a & 255u), 2.47f), fmin((float)(a & 255u), 2.89f))) * 16.0f);
  d ^= convert_uint_sat(fabs((((float)(a & 255u) * g) - (float)(a & 255u))) * 16.0f);
  c ^= convert_uint_sat(fabs(fmax((g - g), clamp(f, -4.0f, 4.0f))) * 16.0f);
  tile[lid] = lid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 58u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
