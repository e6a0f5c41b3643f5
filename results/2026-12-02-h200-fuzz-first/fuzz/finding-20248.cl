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
  switch (mul_hi(((d < c) ? d : (c ^ 0x55u)), (b | lid)) & 3u) { case 0: a += 1u; break; case 1: a ^= 107u; /* falls through */ case 2: a = (a ^ (a | a)); break; default: a = rotate(a, 3u); }
  p[(min(308147u, 441422u) + 6u) & 7u] = ((792930u | b) % ((340575u ^ b) | 1u)); a += p[6u & 7u];
  f = clamp((fmax((float)(a & 255u), (2.22f * g)) - clamp((3.42f / (fabs(g) + 1.0f)), -4.0f, 4.0f)), -1000.0f, 1000.0f);
  if ((rotate(c, a) >> ((491348u * 18238u) & 31u)) < min((a >> (a & 31u)), max(191886u, b))) { c ^= convert_uint_sat(fabs((fmax(f, f) * g)) * 16.0f); } else { b ^= convert_uint_sat(fabs(f) * 16.0f); }
  c = ((max(b, gid) << ((b << (d & 31u)) & 31u)) % (227191u | 1u));
  a = min(918266u, (257797u & mul_hi(b, lid)));
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  switch (b & 3u) { case 0: d += 1u; break; case 1: d ^= 812u; /* falls through */ case 2: d = ((808174u % (c | 1u)) % (d | 1u)); break; default: d = rotate(d, 3u); }
  d = lid;
  switch (642479u & 3u) { case 0: a += 1u; break; case 1: a ^= 658u; /* falls through */ case 2: a = ((uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3) ^ (a * b)); break; default: a = rotate(a, 3u); }
  a = max((195002u | ((d < a) ? d : (a ^ 0x55u))), min((a << (gid & 31u)), (1003735u - gid)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
