struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(((y / (x | 1u)) * (x << (y & 31u))), min(((y < 778295u) ? y : (778295u ^ 0x55u)), y))); y ^= x >> 3; x = x * 31u + ((((x % (y | 1u)) / (mul_hi(y, x) | 1u)) / (((575495u >> (y & 31u)) & (1025194u << (x & 31u))) | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y >> (522267u & 31u)) << ((x >> (930973u & 31u)) & 31u)) & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((y + 471313u) << ((y - y) & 31u)) & (x + x))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((925274u + x) / (((y < 1005388u) ? y : (1005388u ^ 0x55u)) | 1u)) & ((734344u - y) - min(1036311u, 146437u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((491779u % (((x / (x | 1u)) << ((869570u & 253618u) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((x + x) >> ((x + y) & 31u)) & 0xffffu) - (int)(min((604419u * y), x) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (min(mul_hi((x * 926480u), (y >> (618306u & 31u))), x)); y ^= x >> 3; x = x * 31u + ((274984u % (x | 1u))); y ^= x >> 3; x = x * 31u + ((((x & x) | (x ^ x)) - (623600u ^ min(x, y)))); y ^= x >> 3; x = x * 31u + (((max(y, x) * ((x < y) ? x : (y ^ 0x55u))) * y)); y ^= x >> 3; x = x * 31u + (((min(x, x) + y) & (950779u << ((304971u & x) & 31u)))); y ^= x >> 3; x = x * 31u + (mul_hi(((y / (x | 1u)) & rotate(739997u, x)), x)); y ^= x >> 3; x = x * 31u + ((rotate((x - x), (y >> (675089u & 31u))) - (max(x, x) / (x | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) {  p[(737074u + 6u) & 7u] = b; d += p[6u & 7u]; }
  d = (max(((b < 967300u) ? b : (967300u ^ 0x55u)), lid) ^ gid);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
