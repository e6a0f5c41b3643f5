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
  g = clamp((g * ((2.86f / (fabs(g) + 1.0f)) / (fabs(0.1f) + 1.0f))), -1000.0f, 1000.0f);
  a = ((mul_hi(c, b) << ((a ^ d) & 31u)) ^ mul_hi(min(d, lid), b));
  for (int k = 0; k < 2; k++) { if ((a & 7u) == 7u) break; for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; p[((1018810u - a) + 7u) & 7u] = ((d << (b & 31u)) >> ((b & 955652u) & 31u)); d += p[2u & 7u]; } }
  a = (((b * c) * (480395u / (a | 1u))) + (uint)(((int)(min(c, gid) & 0xffffu) - (int)((gid % (432237u | 1u)) & 0xffffu)) / 3));
  switch (((lid % (c | 1u)) % ((b - gid) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 426u; /* falls through */ case 2: c = ((c + gid) / (c | 1u)); break; default: c = rotate(c, 3u); }
  switch ((mul_hi(c, 362730u) ^ 1014233u) & 3u) { case 0: d += 1u; break; case 1: d ^= 159u; /* falls through */ case 2: d = max((c & a), rotate(365348u, d)); break; default: d = rotate(d, 3u); }
  if ((((b < lid) ? b : (lid ^ 0x55u)) % ((gid << (250200u & 31u)) | 1u)) != (gid / ((1003204u ^ b) | 1u))) { for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; g = clamp((((g / (fabs(2.80f) + 1.0f)) * clamp((float)(a & 255u), -4.0f, 4.0f)) * fmax(sqrt(fabs((float)(a & 255u))), f)), -1000.0f, 1000.0f); } } else { for (int k = 0; k < 2; k++) { if ((c & 7u) == 4u) break; c ^= convert_uint_sat(fabs((((float)(a & 255u) * (float)(a & 255u)) / (fabs(clamp((float)(a & 255u), -4.0f, 4.0f)) + 1.0f))) * 16.0f); } }
  tile[lid] = ((a + 255372u) << ((b ^ d) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 52u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
