struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((min(x, 420783u) - min(y, y)) ^ rotate(rotate(967903u, x), y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(mul_hi(b, 164392u) + 3u) & 7u] = (c & mul_hi(gid, gid)); b += p[3u & 7u];
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; p[(d + 2u) & 7u] = 73391u; d += p[7u & 7u]; }
  b ^= convert_uint_sat(fabs(fmax(sqrt(fabs(0.40f)), fmax((float)(a & 255u), f))) * 16.0f);
  b = h0(max(mul_hi(213321u, b), max(355319u, a)), gid);
  if ((b | (a >> (a & 31u))) > ((519401u * gid) >> ((d >> (b & 31u)) & 31u))) { for (int k = 0; k < 6; k++) {  p[((545886u ^ 990464u) + 3u) & 7u] = (b & ((a < d) ? a : (d ^ 0x55u))); c += p[6u & 7u]; } } else { b = ((437023u ^ b) ^ gid); }
  tile[lid] = 832301u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 4u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
