struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((x >> (y & 31u)) < (920518u & 25518u)) ? (x >> (y & 31u)) : ((920518u & 25518u) ^ 0x55u)) / (((x | 650892u) & x) | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y ^ x) ^ x) & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((uint)(((int)((y >> (x & 31u)) & 0xffffu) - (int)((((31617u < y) ? 31617u : (y ^ 0x55u)) | (x & 232285u)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs((((float)(a & 255u) - g) / (fabs((g + 1.56f)) + 1.0f))) * 16.0f);
  a = h0(d, ((c - d) << (b & 31u)));
  p[(max(a, gid) + 0u) & 7u] = a; b += p[2u & 7u];
  c = a;
  tile[lid] = (460906u + (b << (d & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 60u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
