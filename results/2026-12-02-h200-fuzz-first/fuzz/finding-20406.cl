struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y * 315395u)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)(((y & x) & y) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((max(x, ((x < x) ? x : (x ^ 0x55u))) / (((x << (y & 31u)) / (y | 1u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (min((rotate(y, 974741u) ^ rotate(y, 972649u)), (mul_hi(x, 416307u) >> ((x * y) & 31u)))); y ^= x >> 3; x = x * 31u + (((y - (288677u << (x & 31u))) ^ y)); y ^= x >> 3; x = x * 31u + (max((474183u * (y << (x & 31u))), mul_hi(min(x, y), rotate(x, 244832u)))); y ^= x >> 3; x = x * 31u + (max(mul_hi((y - 688314u), (y << (228030u & 31u))), 115427u)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(y & 0xffffu) - (int)(max(y, (x - y)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b ^= convert_uint_sat(fabs(((f - g) * f)) * 16.0f);
  p[(lid + 2u) & 7u] = ((226568u % (lid | 1u)) << (b & 31u)); d += p[2u & 7u];
  g = clamp(clamp(g, -4.0f, 4.0f), -1000.0f, 1000.0f);
  if ((((gid ^ d) < (a + d)) ? (gid ^ d) : ((a + d) ^ 0x55u)) < ((lid + lid) ^ (d % (gid | 1u)))) { d = min(min((gid >> (d & 31u)), ((771093u < 651316u) ? 771093u : (651316u ^ 0x55u))), ((lid << (970388u & 31u)) | (d * c))); } else { for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; d ^= convert_uint_sat(fabs((fmax(g, g) * (float)(a & 255u))) * 16.0f); } }
  c = (uint)(((int)(min((738265u >> (c & 31u)), (940925u - 273286u)) & 0xffffu) - (int)(347257u & 0xffffu)) / 3);
  a = (d + mul_hi((b / (a | 1u)), rotate(c, gid)));
  d ^= convert_uint_sat(fabs((0.27f * (g - 0.33f))) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
