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
  d = lid;
  a = (1004137u | rotate(((784817u < 358384u) ? 784817u : (358384u ^ 0x55u)), (a / (b | 1u))));
  c ^= convert_uint_sat(fabs(f) * 16.0f);
  a = ((((a - d) / (rotate(gid, lid) | 1u)) < (min(988394u, gid) - (d + d))) ? ((a - d) / (rotate(gid, lid) | 1u)) : ((min(988394u, gid) - (d + d)) ^ 0x55u));
  for (int k = 0; k < 5; k++) { if ((a & 7u) == 6u) break; c ^= convert_uint_sat(fabs(fmin(f, ((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f)))) * 16.0f); }
  d = gid;
  p[(lid + 4u) & 7u] = d; b += p[5u & 7u];
  g = clamp(((float)(a & 255u) * ((g + (float)(a & 255u)) / (fabs((f / (fabs(f) + 1.0f))) + 1.0f))), -1000.0f, 1000.0f);
  switch ((uint)(((int)((243160u | d) & 0xffffu) - (int)((lid * 581213u) & 0xffffu)) / 3) & 3u) { case 0: d += 1u; break; case 1: d ^= 173u; /* falls through */ case 2: d = min((b + 151895u), (c * 701197u)); break; default: d = rotate(d, 3u); }
  f = clamp((sqrt(fabs(1.62f)) * sqrt(fabs(clamp((float)(a & 255u), -4.0f, 4.0f)))), -1000.0f, 1000.0f);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
