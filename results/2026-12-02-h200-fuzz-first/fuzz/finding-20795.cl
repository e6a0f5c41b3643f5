struct pair { uint u; float f; };
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
  b = (c & (198346u & (a ^ b)));
  if (423460u < (min(d, 921611u) - (a / (b | 1u)))) { c ^= convert_uint_sat(fabs(((float)(a & 255u) - (f + f))) * 16.0f); } else { for (int k = 0; k < 6; k++) {  a = (((1001176u << (a & 31u)) << ((c - a) & 31u)) >> ((mul_hi(gid, gid) | mul_hi(lid, 167055u)) & 31u)); } }
  a ^= convert_uint_sat(fabs(g) * 16.0f);
  p[((b % (d | 1u)) + 2u) & 7u] = max((a * c), (gid - c)); c += p[6u & 7u];
  p[(603404u + 2u) & 7u] = (min(lid, b) + lid); a += p[3u & 7u];
  tile[lid] = ((d % (d | 1u)) << ((uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 3u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
