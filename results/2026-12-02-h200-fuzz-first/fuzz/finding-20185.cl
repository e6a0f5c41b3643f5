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
  for (int k = 0; k < 4; k++) {  c ^= convert_uint_sat(fabs(1.69f) * 16.0f); }
  if (((438911u - d) & (d & a)) < min(lid, min(a, 1024428u))) { b = (min(((lid < gid) ? lid : (gid ^ 0x55u)), (a + c)) | a); } else { p[(a + 7u) & 7u] = (((669066u < lid) ? 669066u : (lid ^ 0x55u)) + mul_hi(c, 663494u)); a += p[2u & 7u]; }
  f = clamp((fmax(((float)(a & 255u) / (fabs(g) + 1.0f)), fmax(g, g)) - fmax(f, (f - f))), -1000.0f, 1000.0f);
  switch (((222687u + gid) + (c << (a & 31u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 417u; /* falls through */ case 2: a = b; break; default: a = rotate(a, 3u); }
  b ^= convert_uint_sat(fabs((fmin(0.79f, (float)(a & 255u)) + fmin(0.17f, 0.8f))) * 16.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
