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
  b ^= convert_uint_sat(fabs(g) * 16.0f);
  g = clamp(sqrt(fabs((f / (fabs(((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f))) + 1.0f)))), -1000.0f, 1000.0f);
  if (878770u == (uint)(((int)(mul_hi(400394u, d) & 0xffffu) - (int)(max(276412u, a) & 0xffffu)) / 3)) { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); } else { p[((a | lid) + 4u) & 7u] = (mul_hi(324419u, c) & (a % (774080u | 1u))); b += p[7u & 7u]; }
  tile[lid] = ((d | gid) % ((b ^ 647406u) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 29u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
