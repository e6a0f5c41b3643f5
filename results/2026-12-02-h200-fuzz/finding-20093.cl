struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((x << ((547880u * x) & 31u)) + ((x << (807397u & 31u)) / ((y | 669865u) | 1u)))); y ^= x >> 3; x = x * 31u + (395398u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 3; k++) { if ((b & 7u) == 1u) break; for (int k = 0; k < 6; k++) {  f = clamp(sqrt(fabs(g)), -1000.0f, 1000.0f); } }
  p[(((984877u < 113300u) ? 984877u : (113300u ^ 0x55u)) + 7u) & 7u] = 304381u; c += p[1u & 7u];
  d = h0(844828u, 841592u);
  tile[lid] = mul_hi(481697u, (c / (a | 1u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 8u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
