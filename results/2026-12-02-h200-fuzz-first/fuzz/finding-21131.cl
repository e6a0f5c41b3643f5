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
  c = ((((4991u < a) ? 4991u : (a ^ 0x55u)) * mul_hi(gid, 516669u)) | ((lid + c) >> (739804u & 31u)));
  a ^= convert_uint_sat(fabs((((float)(a & 255u) * (float)(a & 255u)) * ((float)(a & 255u) / (fabs(g) + 1.0f)))) * 16.0f);
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 1u) continue; f = clamp((fmax(fmin((float)(a & 255u), 0.33f), ((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f))) * g), -1000.0f, 1000.0f); }
  if ((uint)(((int)((lid & 505329u) & 0xffffu) - (int)((b / (67931u | 1u)) & 0xffffu)) / 3) > (gid << ((uint)(((int)(lid & 0xffffu) - (int)(lid & 0xffffu)) / 3) & 31u))) { for (int k = 0; k < 4; k++) { if ((b & 7u) == 0u) break; g = clamp(g, -1000.0f, 1000.0f); } } else { for (int k = 0; k < 3; k++) { if ((a & 7u) == 1u) break; f = clamp(f, -1000.0f, 1000.0f); } }
  p[((gid >> (c & 31u)) + 4u) & 7u] = (max(lid, c) * (lid | c)); c += p[0u & 7u];
  c = ((max(gid, b) % (max(170561u, 370499u) | 1u)) ^ ((492837u & a) ^ lid));
  a = ((((127483u - b) < (d & gid)) ? (127483u - b) : ((d & gid) ^ 0x55u)) - (((gid | gid) < ((594774u < gid) ? 594774u : (gid ^ 0x55u))) ? (gid | gid) : (((594774u < gid) ? 594774u : (gid ^ 0x55u)) ^ 0x55u)));
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; a ^= convert_uint_sat(fabs(sqrt(fabs(f))) * 16.0f); }
  p[(mul_hi(lid, 101099u) + 7u) & 7u] = lid; d += p[0u & 7u];
  tile[lid] = (gid ^ 891150u); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 22u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
