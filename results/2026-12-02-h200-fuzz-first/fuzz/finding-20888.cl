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
  p[(min(b, 341648u) + 4u) & 7u] = max(max(877620u, lid), d); b += p[3u & 7u];
  a ^= convert_uint_sat(fabs(fmax((g - 0.76f), fmin(f, (float)(a & 255u)))) * 16.0f);
  switch (max(b, ((c < d) ? c : (d ^ 0x55u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 641u; /* falls through */ case 2: a = ((gid & 136143u) % ((c ^ 432743u) | 1u)); break; default: a = rotate(a, 3u); }
  switch (((d - gid) ^ a) & 3u) { case 0: d += 1u; break; case 1: d ^= 181u; /* falls through */ case 2: d = 1030667u; break; default: d = rotate(d, 3u); }
  if (min(c, rotate(254612u, lid)) == c) { g = clamp(sqrt(fabs((g - (0.86f / (fabs(g) + 1.0f))))), -1000.0f, 1000.0f); } else { a = rotate((rotate(gid, 939828u) | lid), ((gid & gid) ^ (d % (d | 1u)))); }
  b = 58475u;
  d = (386926u / (rotate((c + 443185u), 1040578u) | 1u));
  f = clamp(g, -1000.0f, 1000.0f);
  for (int k = 0; k < 4; k++) {  c = rotate(gid, c); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
