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
  b = rotate(a, rotate((lid - 484119u), (gid / (d | 1u))));
  d ^= convert_uint_sat(fabs((1.51f * sqrt(fabs(1.47f)))) * 16.0f);
  d = (min((d / (993308u | 1u)), ((41359u < 644808u) ? 41359u : (644808u ^ 0x55u))) % ((uint)(((int)(281164u & 0xffffu) - (int)((c << (a & 31u)) & 0xffffu)) / 3) | 1u));
  p[(((lid < b) ? lid : (b ^ 0x55u)) + 1u) & 7u] = ((lid + lid) % ((gid / (b | 1u)) | 1u)); d += p[4u & 7u];
  d = ((175111u + ((lid < 511254u) ? lid : (511254u ^ 0x55u))) >> (((lid < gid) ? lid : (gid ^ 0x55u)) & 31u));
  tile[lid] = c; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 5u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
