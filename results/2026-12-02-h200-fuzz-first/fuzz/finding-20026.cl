struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (687714u); y ^= x >> 3; x = x * 31u + (min(rotate((x % (317741u | 1u)), mul_hi(312644u, y)), 941040u)); y ^= x >> 3; x = x * 31u + ((405988u + x)); y ^= x >> 3; x = x * 31u + ((((y >> (y & 31u)) % ((83736u & x) | 1u)) >> ((((94080u - 657281u) < x) ? (94080u - 657281u) : (x ^ 0x55u)) & 31u))); y ^= x >> 3; x = x * 31u + (mul_hi(mul_hi(y, rotate(306727u, x)), y)); y ^= x >> 3; x = x * 31u + (298113u); y ^= x >> 3; x = x * 31u + (max((min(x, x) >> ((545575u << (763150u & 31u)) & 31u)), ((y + x) / (mul_hi(y, y) | 1u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((max(y, y) & x) & 0xffffu) - (int)(((874572u * 555075u) * 766243u) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((x & y) & y) >> (mul_hi(mul_hi(y, y), (y - x)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (max((y / ((530469u << (246799u & 31u)) | 1u)), (uint)(((int)((y | 264643u) & 0xffffu) - (int)((x | y) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (186381u); y ^= x >> 3; x = x * 31u + ((max((uint)(((int)(x & 0xffffu) - (int)(952781u & 0xffffu)) / 3), (y / (237551u | 1u))) | x)); y ^= x >> 3; x = x * 31u + ((max((x & x), (415692u >> (y & 31u))) << ((rotate(x, x) / (1021299u | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + ((((y >> (257605u & 31u)) / ((x - x) | 1u)) ^ ((x >> (y & 31u)) - max(x, 542330u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((49958u / (x | 1u)) & mul_hi(y, x)) % (((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) - (x - x)) | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (max(((x * 63929u) & (x ^ x)), min(x, x))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (d < mul_hi((b << (d & 31u)), (a & 270989u))) { for (int k = 0; k < 2; k++) {  g = clamp(f, -1000.0f, 1000.0f); } } else { d ^= convert_uint_sat(fabs(g) * 16.0f); }
  f = clamp(((fmin((float)(a & 255u), (float)(a & 255u)) * (f * (float)(a & 255u))) - ((float)(a & 255u) - ((float)(a & 255u) / (fabs(g) + 1.0f)))), -1000.0f, 1000.0f);
  switch (b & 3u) { case 0: c += 1u; break; case 1: c ^= 717u; /* falls through */ case 2: c = ((2866u < c) ? 2866u : (c ^ 0x55u)); break; default: c = rotate(c, 3u); }
  tile[lid] = (uint)(((int)((44303u + 701909u) & 0xffffu) - (int)(mul_hi(d, a) & 0xffffu)) / 3); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 32u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
