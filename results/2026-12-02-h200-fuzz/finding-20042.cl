struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((uint)(((int)((x << (y & 31u)) & 0xffffu) - (int)(min(x, y) & 0xffffu)) / 3) - 642536u)); y ^= x >> 3; x = x * 31u + (rotate(395616u, y)); y ^= x >> 3; x = x * 31u + (245888u); y ^= x >> 3; x = x * 31u + (752230u); y ^= x >> 3; x = x * 31u + ((min((824346u & 866450u), rotate(1044689u, 90528u)) ^ (x + x))); y ^= x >> 3; x = x * 31u + ((x - ((y << (736285u & 31u)) * (x - 189590u)))); y ^= x >> 3; x = x * 31u + ((((x << ((y % (594530u | 1u)) & 31u)) < ((y | y) ^ x)) ? (x << ((y % (594530u | 1u)) & 31u)) : (((y | y) ^ x) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((y ^ ((x + x) << ((y * x) & 31u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((x / ((x >> (y & 31u)) | 1u)) * y)); y ^= x >> 3; x = x * 31u + ((((x - x) + (y << (826756u & 31u))) + (max(y, 902196u) % (944315u | 1u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (724725u); y ^= x >> 3; x = x * 31u + ((((rotate(y, y) % ((x | 972228u) | 1u)) < (((x < 1025157u) ? x : (1025157u ^ 0x55u)) % (mul_hi(231616u, y) | 1u))) ? (rotate(y, y) % ((x | 972228u) | 1u)) : ((((x < 1025157u) ? x : (1025157u ^ 0x55u)) % (mul_hi(231616u, y) | 1u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (1007445u); y ^= x >> 3; x = x * 31u + (min(((61094u & x) + ((399613u < x) ? 399613u : (x ^ 0x55u))), (((858294u < y) ? 858294u : (y ^ 0x55u)) | mul_hi(206678u, 871040u)))); y ^= x >> 3; x = x * 31u + (rotate(((20196u - x) & (x ^ 737716u)), (max(x, y) - (31755u | y)))); y ^= x >> 3; x = x * 31u + ((((x >> (x & 31u)) + (y ^ 630371u)) << (((y ^ x) - (111947u & y)) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (637027u); y ^= x >> 3; x = x * 31u + (mul_hi((mul_hi(712949u, x) / ((386342u | 888016u) | 1u)), 582828u)); y ^= x >> 3; x = x * 31u + (((uint)(((int)((140838u & y) & 0xffffu) - (int)((x + y) & 0xffffu)) / 3) / ((x - ((751196u < y) ? 751196u : (y ^ 0x55u))) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch ((d % (min(lid, 893355u) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 86u; /* falls through */ case 2: d = ((gid << (gid & 31u)) + (c ^ 896505u)); break; default: d = rotate(d, 3u); }
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  switch (rotate((lid / (430893u | 1u)), d) & 3u) { case 0: b += 1u; break; case 1: b ^= 723u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  a = (((gid ^ 144165u) << (min(121403u, lid) & 31u)) & mul_hi(mul_hi(a, gid), max(342793u, gid)));
  f = clamp((fmax(2.13f, (float)(a & 255u)) / (fabs((float)(a & 255u)) + 1.0f)), -1000.0f, 1000.0f);
  p[((gid << (417469u & 31u)) + 3u) & 7u] = lid; d += p[0u & 7u];
  switch (((gid << (lid & 31u)) >> (d & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 403u; /* falls through */ case 2: c = c; break; default: c = rotate(c, 3u); }
  tile[lid] = lid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 13u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
