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
  switch ((d / (980999u | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 53u; /* falls through */ case 2: b = mul_hi(max(b, gid), (c * lid)); break; default: b = rotate(b, 3u); }
  if ((((47441u < b) ? 47441u : (b ^ 0x55u)) | a) == (max(a, gid) % (((a < c) ? a : (c ^ 0x55u)) | 1u))) { for (int k = 0; k < 1; k++) { if ((c & 7u) == 3u) break; f = clamp(g, -1000.0f, 1000.0f); } } else { f = clamp((f / (fabs(clamp((1.91f - 3.51f), -4.0f, 4.0f)) + 1.0f)), -1000.0f, 1000.0f); }
  p[(75637u + 4u) & 7u] = (((gid % (c | 1u)) < (c + d)) ? (gid % (c | 1u)) : ((c + d) ^ 0x55u)); c += p[5u & 7u];
  switch (((c - 725392u) << (max(a, 695554u) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 733u; /* falls through */ case 2: c = ((a >> (lid & 31u)) - b); break; default: c = rotate(c, 3u); }
  g = clamp(1.72f, -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs(f) * 16.0f);
  switch (rotate((83214u / (a | 1u)), 171605u) & 3u) { case 0: a += 1u; break; case 1: a ^= 409u; /* falls through */ case 2: a = 719108u; break; default: a = rotate(a, 3u); }
  g = clamp(1.48f, -1000.0f, 1000.0f);
  switch ((min(a, d) % ((d / (gid | 1u)) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 22u; /* falls through */ case 2: b = (max(167899u, lid) & mul_hi(280655u, d)); break; default: b = rotate(b, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
