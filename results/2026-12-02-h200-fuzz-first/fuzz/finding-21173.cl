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
  c = (b % ((c >> (rotate(d, b) & 31u)) | 1u));
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; f = clamp((sqrt(fabs(fmax((float)(a & 255u), g))) / (fabs(2.48f) + 1.0f)), -1000.0f, 1000.0f); }
  c = ((d % (rotate(d, 848146u) | 1u)) ^ ((108880u | 570923u) >> (min(a, 771422u) & 31u)));
  b = (max((gid ^ 511399u), gid) ^ ((((gid < c) ? gid : (c ^ 0x55u)) < a) ? ((gid < c) ? gid : (c ^ 0x55u)) : (a ^ 0x55u)));
  b ^= convert_uint_sat(fabs(((0.84f + 3.82f) - (f - f))) * 16.0f);
  atomic_add(&acc[3u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
