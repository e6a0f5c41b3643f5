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
  p[((b / (d | 1u)) + 5u) & 7u] = d; a += p[6u & 7u];
  p[(mul_hi(740803u, 150739u) + 0u) & 7u] = (min(12125u, a) | b); c += p[1u & 7u];
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; c ^= convert_uint_sat(fabs(((f / (fabs(2.18f) + 1.0f)) / (fabs(((float)(a & 255u) / (fabs(g) + 1.0f))) + 1.0f))) * 16.0f); }
  a ^= convert_uint_sat(fabs(((g * 0.37f) / (fabs(f) + 1.0f))) * 16.0f);
  p[(rotate(d, 991943u) + 5u) & 7u] = mul_hi(910863u, min(b, d)); c += p[4u & 7u];
  tile[lid] = (lid / ((lid | d) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 53u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
