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
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  for (int k = 0; k < 1; k++) { if ((d & 7u) == 2u) break; b ^= convert_uint_sat(fabs(((g + (float)(a & 255u)) / (fabs((float)(a & 255u)) + 1.0f))) * 16.0f); }
  b = a;
  b = (d | (a & mul_hi(c, gid)));
  for (int k = 0; k < 2; k++) {  c = max(max((581619u / (d | 1u)), ((d < 561336u) ? d : (561336u ^ 0x55u))), d); }
  switch ((920728u << (a & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 784u; /* falls through */ case 2: b = ((a >> (c & 31u)) ^ (lid | lid)); break; default: b = rotate(b, 3u); }
  switch ((((d << (a & 31u)) < (290678u & d)) ? (d << (a & 31u)) : ((290678u & d) ^ 0x55u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 876u; /* falls through */ case 2: a = d; break; default: a = rotate(a, 3u); }
  switch (c & 3u) { case 0: d += 1u; break; case 1: d ^= 799u; /* falls through */ case 2: d = (uint)(((int)((b << (d & 31u)) & 0xffffu) - (int)(max(c, c) & 0xffffu)) / 3); break; default: d = rotate(d, 3u); }
  g = clamp(f, -1000.0f, 1000.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
