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
  f = clamp(sqrt(fabs(g)), -1000.0f, 1000.0f);
  switch ((d >> ((a % (gid | 1u)) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 270u; /* falls through */ case 2: b = a; break; default: b = rotate(b, 3u); }
  p[(d + 7u) & 7u] = min((lid - 201538u), mul_hi(736018u, 367884u)); a += p[7u & 7u];
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
