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
  f = clamp(((sqrt(fabs(f)) * (f - 2.82f)) + 0.20f), -1000.0f, 1000.0f);
  if ((mul_hi(132557u, 500433u) / ((a ^ 903672u) | 1u)) < ((a << (907094u & 31u)) << ((d / (b | 1u)) & 31u))) { for (int k = 0; k < 1; k++) { if ((d & 7u) == 5u) break; f = clamp(sqrt(fabs(2.15f)), -1000.0f, 1000.0f); } } else { p[(min(515206u, 108934u) + 4u) & 7u] = (uint)(((int)((gid - 143140u) & 0xffffu) - (int)((b << (981844u & 31u)) & 0xffffu)) / 3); d += p[0u & 7u]; }
  b ^= convert_uint_sat(fabs(fmax(sqrt(fabs(g)), clamp((float)(a & 255u), -4.0f, 4.0f))) * 16.0f);
  d = 280787u;
  g = clamp(0.93f, -1000.0f, 1000.0f);
  p[(345193u + 5u) & 7u] = mul_hi((a * 972863u), ((a < lid) ? a : (lid ^ 0x55u))); c += p[3u & 7u];
  switch ((min(lid, d) - (gid + b)) & 3u) { case 0: d += 1u; break; case 1: d ^= 523u; /* falls through */ case 2: d = b; break; default: d = rotate(d, 3u); }
  tile[lid] = (max(c, gid) << ((d >> (c & 31u)) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 49u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
