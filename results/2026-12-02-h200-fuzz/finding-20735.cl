struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y % (((780170u << (y & 31u)) & (176493u ^ x)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) { if ((a & 7u) == 3u) break; d ^= convert_uint_sat(fabs(1.90f) * 16.0f); }
  c ^= convert_uint_sat(fabs((sqrt(fabs(3.57f)) / (fabs(1.81f) + 1.0f))) * 16.0f);
  g = clamp(fmax(f, fmax(sqrt(fabs(f)), (f / (fabs(2.25f) + 1.0f)))), -1000.0f, 1000.0f);
  b = h0(lid, b);
  a ^= convert_uint_sat(fabs(sqrt(fabs((1.50f - f)))) * 16.0f);
  tile[lid] = ((a ^ b) + (1030378u & b)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 15u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
