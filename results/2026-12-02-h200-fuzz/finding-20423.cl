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
  if (a > min(c, (b << (a & 31u)))) { switch (a & 3u) { case 0: c += 1u; break; case 1: c ^= 621u; /* falls through */ case 2: c = (uint)(((int)((796148u / (d | 1u)) & 0xffffu) - (int)((uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3) & 0xffffu)) / 3); break; default: c = rotate(c, 3u); } } else { p[(((a < d) ? a : (d ^ 0x55u)) + 6u) & 7u] = mul_hi(max(gid, 431929u), mul_hi(b, d)); c += p[2u & 7u]; }
  f = clamp(sqrt(fabs(fmin(g, (g - f)))), -1000.0f, 1000.0f);
  d ^= convert_uint_sat(fabs(((0.72f - g) + (float)(a & 255u))) * 16.0f);
  if (((gid % (gid | 1u)) ^ 636171u) > 719579u) { b = lid; } else { b = lid; }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
