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
  if (rotate((c >> (d & 31u)), (a & 554704u)) == (((79281u / (gid | 1u)) < lid) ? (79281u / (gid | 1u)) : (lid ^ 0x55u))) { c ^= convert_uint_sat(fabs(((f - f) / (fabs(g) + 1.0f))) * 16.0f); } else { for (int k = 0; k < 2; k++) {  a = ((((152108u | gid) / (a | 1u)) < (lid ^ (d >> (gid & 31u)))) ? ((152108u | gid) / (a | 1u)) : ((lid ^ (d >> (gid & 31u))) ^ 0x55u)); } }
  c ^= convert_uint_sat(fabs(f) * 16.0f);
  switch (((b & lid) / ((d + 821753u) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 798u; /* falls through */ case 2: d = ((b * a) >> (a & 31u)); break; default: d = rotate(d, 3u); }
  a ^= convert_uint_sat(fabs((((float)(a & 255u) * g) - fmax((float)(a & 255u), f))) * 16.0f);
  d = rotate(((942668u * a) - (b / (9853u | 1u))), ((b % (927026u | 1u)) - (b ^ lid)));
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; for (int k = 0; k < 3; k++) { if ((a & 7u) == 5u) break; f = clamp(fmin(clamp(fmin((float)(a & 255u), (float)(a & 255u)), -4.0f, 4.0f), fmin(clamp(g, -4.0f, 4.0f), sqrt(fabs(g)))), -1000.0f, 1000.0f); } }
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; a = (min((541096u - 122954u), (d % (gid | 1u))) % (rotate(lid, (a % (118459u | 1u))) | 1u)); }
  p[(((a < c) ? a : (c ^ 0x55u)) + 3u) & 7u] = ((276332u < (gid / (b | 1u))) ? 276332u : ((gid / (b | 1u)) ^ 0x55u)); c += p[1u & 7u];
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
