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
  if (d == (uint)(((int)(697272u & 0xffffu) - (int)(d & 0xffffu)) / 3)) { f = clamp((float)(a & 255u), -1000.0f, 1000.0f); } else { if ((uint)(((int)((c % (702270u | 1u)) & 0xffffu) - (int)(max(a, lid) & 0xffffu)) / 3) > max((c + b), c)) { f = clamp(clamp((f - sqrt(fabs(f))), -4.0f, 4.0f), -1000.0f, 1000.0f); } else { a = (((gid >> (255002u & 31u)) & max(d, 811198u)) | ((gid / (158382u | 1u)) & ((lid < 556275u) ? lid : (556275u ^ 0x55u)))); } }
  switch (rotate(b, min(gid, d)) & 3u) { case 0: a += 1u; break; case 1: a ^= 673u; /* falls through */ case 2: a = ((uint)(((int)(b & 0xffffu) - (int)(567085u & 0xffffu)) / 3) - (gid / (299131u | 1u))); break; default: a = rotate(a, 3u); }
  b ^= convert_uint_sat(fabs((f - g)) * 16.0f);
  if (((c | b) << ((gid % (671701u | 1u)) & 31u)) != mul_hi((246445u & c), 42692u)) { c = ((lid | (d & c)) & (min(gid, 145753u) << ((d ^ lid) & 31u))); } else { d ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); }
  tile[lid] = ((a / (974226u | 1u)) + (102201u >> (650414u & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 28u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
