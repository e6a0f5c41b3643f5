struct pair { uint u; float f; };
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
  if (298602u == ((a << (b & 31u)) ^ b)) { c = (((b << (307411u & 31u)) % (888397u | 1u)) >> (239007u & 31u)); } else { for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; d ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } }
  d ^= convert_uint_sat(fabs(g) * 16.0f);
  g = clamp(fmin(sqrt(fabs(f)), sqrt(fabs((f - (float)(a & 255u))))), -1000.0f, 1000.0f);
  p[(gid + 5u) & 7u] = max((gid / (37478u | 1u)), (a | a)); a += p[5u & 7u];
  c ^= convert_uint_sat(fabs(fmax((0.45f / (fabs(f) + 1.0f)), ((float)(a & 255u) - (float)(a & 255u)))) * 16.0f);
  c ^= convert_uint_sat(fabs(sqrt(fabs(g))) * 16.0f);
  for (int k = 0; k < 4; k++) {  if (max((d << (b & 31u)), (gid << (424143u & 31u))) < (min(lid, gid) + (uint)(((int)(748026u & 0xffffu) - (int)(lid & 0xffffu)) / 3))) { g = clamp(g, -1000.0f, 1000.0f); } else { c = 329524u; } }
  p[((1018293u + d) + 5u) & 7u] = ((a ^ gid) ^ (lid >> (a & 31u))); c += p[7u & 7u];
  tile[lid] = 312096u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 15u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
