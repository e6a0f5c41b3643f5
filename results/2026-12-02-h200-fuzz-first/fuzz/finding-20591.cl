struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(y, 475877u)); y ^= x >> 3; x = x * 31u + ((max((y % (100623u | 1u)), max(919904u, 372184u)) + (uint)(((int)(rotate(y, y) & 0xffffu) - (int)((y >> (x & 31u)) & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((y - x) | y) >> (rotate(x, max(y, y)) & 31u))); y ^= x >> 3; x = x * 31u + (((y >> (y & 31u)) << (((430075u << (401443u & 31u)) % ((927206u | 66156u) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((min(998842u, x) < (y + (y - x))) ? min(998842u, x) : ((y + (y - x)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((min((x << (209230u & 31u)), min(y, 494882u)) % (min((y ^ 666534u), (x + x)) | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)((uint)(((int)(722540u & 0xffffu) - (int)(674782u & 0xffffu)) / 3) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((69201u + y) - min(y, y)) * x)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (mul_hi(y, 200542u)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((x ^ y) + 170327u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a ^= convert_uint_sat(fabs((((float)(a & 255u) + f) - sqrt(fabs(2.48f)))) * 16.0f);
  b ^= convert_uint_sat(fabs(sqrt(fabs(fmax(g, f)))) * 16.0f);
  b = max((max(84035u, gid) - (948240u / (c | 1u))), d);
  tile[lid] = mul_hi((417685u | gid), (825669u % (b | 1u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 36u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
