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
  f = clamp(g, -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs((fmax((float)(a & 255u), g) * (3.57f - (float)(a & 255u)))) * 16.0f);
  d = c;
  b ^= convert_uint_sat(fabs(fmax(fmin((float)(a & 255u), 1.56f), (f * 1.94f))) * 16.0f);
  for (int k = 0; k < 6; k++) { if ((d & 7u) == 4u) break; f = clamp((g + fmin(((float)(a & 255u) * 3.3f), fmax(f, f))), -1000.0f, 1000.0f); }
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
