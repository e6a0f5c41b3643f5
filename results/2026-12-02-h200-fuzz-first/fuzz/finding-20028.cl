struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(min(558463u, (994525u / (x | 1u))), rotate(y, ((x < x) ? x : (x ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (((rotate(201537u, (y * 898928u)) < (uint)(((int)((898743u & x) & 0xffffu) - (int)(mul_hi(x, 596832u) & 0xffffu)) / 3)) ? rotate(201537u, (y * 898928u)) : ((uint)(((int)((898743u & x) & 0xffffu) - (int)(mul_hi(x, 596832u) & 0xffffu)) / 3) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((uint)(((int)((570474u * x) & 0xffffu) - (int)(max(x, x) & 0xffffu)) / 3) * mul_hi((y | 266099u), mul_hi(y, y)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (34923u); y ^= x >> 3; x = x * 31u + (mul_hi((y % (x | 1u)), (x + (304216u + x)))); y ^= x >> 3; x = x * 31u + (255131u); y ^= x >> 3; x = x * 31u + (min((x ^ (x << (x & 31u))), x)); y ^= x >> 3; x = x * 31u + (((111283u < (((716018u < 44232u) ? 716018u : (44232u ^ 0x55u)) << ((736883u << (261007u & 31u)) & 31u))) ? 111283u : ((((716018u < 44232u) ? 716018u : (44232u ^ 0x55u)) << ((736883u << (261007u & 31u)) & 31u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((y & x) - (753815u / (x | 1u))) << (rotate(y, min(x, y)) & 31u))); y ^= x >> 3; x = x * 31u + ((960478u + (92509u ^ mul_hi(x, 692793u)))); y ^= x >> 3; x = x * 31u + ((196642u % (y | 1u))); y ^= x >> 3; x = x * 31u + ((y + ((x - 737100u) | 129547u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (319353u); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((489267u % (x | 1u)) * (y | 803765u)) % (y | 1u))); y ^= x >> 3; x = x * 31u + (max((uint)(((int)(mul_hi(901111u, y) & 0xffffu) - (int)((506472u / (y | 1u)) & 0xffffu)) / 3), (rotate(82127u, y) ^ (325712u | 494091u)))); y ^= x >> 3; x = x * 31u + (((((x + 103798u) + (uint)(((int)(200103u & 0xffffu) - (int)(x & 0xffffu)) / 3)) < ((487452u / (532754u | 1u)) ^ (y | y))) ? ((x + 103798u) + (uint)(((int)(200103u & 0xffffu) - (int)(x & 0xffffu)) / 3)) : (((487452u / (532754u | 1u)) ^ (y | y)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (979725u); y ^= x >> 3; x = x * 31u + (((((x < x) ? x : (x ^ 0x55u)) % (x | 1u)) + rotate((x - x), (x & x)))); y ^= x >> 3; x = x * 31u + (mul_hi((y / ((y * y) | 1u)), (y / ((453080u << (x & 31u)) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h1((uint)(((int)(242022u & 0xffffu) - (int)(((gid < c) ? gid : (c ^ 0x55u)) & 0xffffu)) / 3), max((gid + b), (a % (457988u | 1u))));
  if (min(d, 813134u) > c) { c ^= convert_uint_sat(fabs(f) * 16.0f); } else { f = clamp((fmax(fmax((float)(a & 255u), g), ((float)(a & 255u) * (float)(a & 255u))) - fmin(clamp(3.93f, -4.0f, 4.0f), ((float)(a & 255u) / (fabs(3.70f) + 1.0f)))), -1000.0f, 1000.0f); }
  p[((a + 601299u) + 4u) & 7u] = lid; c += p[7u & 7u];
  d = h0(602809u, ((a & gid) % (236168u | 1u)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
