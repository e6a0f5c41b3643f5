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
  d = (gid & rotate((gid >> (d & 31u)), (uint)(((int)(lid & 0xffffu) - (int)(gid & 0xffffu)) / 3)));
  b = ((449264u < ((c << (1007297u & 31u)) & (uint)(((int)(gid & 0xffffu) - (int)(d & 0xffffu)) / 3))) ? 449264u : (((c << (1007297u & 31u)) & (uint)(((int)(gid & 0xffffu) - (int)(d & 0xffffu)) / 3)) ^ 0x55u));
  a = a;
  switch (max(max(lid, 837925u), mul_hi(434291u, 353027u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 586u; /* falls through */ case 2: a = mul_hi((lid ^ 566492u), lid); break; default: a = rotate(a, 3u); }
  switch (lid & 3u) { case 0: d += 1u; break; case 1: d ^= 568u; /* falls through */ case 2: d = mul_hi(gid, (a >> (a & 31u))); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 5; k++) { if ((b & 7u) == 3u) break; if (((b << (b & 31u)) << (gid & 31u)) != (min(564820u, gid) / ((gid * 631693u) | 1u))) { c = min(((d << (960891u & 31u)) * (uint)(((int)(1047889u & 0xffffu) - (int)(732920u & 0xffffu)) / 3)), gid); } else { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); } }
  p[(a + 4u) & 7u] = min(gid, (280614u + 465114u)); d += p[3u & 7u];
  for (int k = 0; k < 6; k++) {  switch ((mul_hi(32296u, d) & b) & 3u) { case 0: d += 1u; break; case 1: d ^= 730u; /* falls through */ case 2: d = b; break; default: d = rotate(d, 3u); } }
  switch (((b - a) | a) & 3u) { case 0: b += 1u; break; case 1: b ^= 619u; /* falls through */ case 2: b = ((d | a) << ((815575u + lid) & 31u)); break; default: b = rotate(b, 3u); }
  if ((rotate(b, 701350u) << (386253u & 31u)) > (514903u >> (rotate(a, 909090u) & 31u))) { switch ((max(d, b) + rotate(lid, d)) & 3u) { case 0: d += 1u; break; case 1: d ^= 715u; /* falls through */ case 2: d = a; break; default: d = rotate(d, 3u); } } else { switch ((a - (a * 964122u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 879u; /* falls through */ case 2: a = ((753173u / (c | 1u)) + d); break; default: a = rotate(a, 3u); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
