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
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; f = clamp(clamp(3.33f, -4.0f, 4.0f), -1000.0f, 1000.0f); }
  switch (((197863u ^ a) + (c & d)) & 3u) { case 0: b += 1u; break; case 1: b ^= 939u; /* falls through */ case 2: b = (mul_hi(d, b) & (127875u / (192727u | 1u))); break; default: b = rotate(b, 3u); }
  switch ((max(583621u, 547190u) * max(131163u, c)) & 3u) { case 0: d += 1u; break; case 1: d ^= 996u; /* falls through */ case 2: d = (gid - (c / (c | 1u))); break; default: d = rotate(d, 3u); }
  switch ((uint)(((int)(10704u & 0xffffu) - (int)((gid ^ 923429u) & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 234u; /* falls through */ case 2: a = ((a * b) >> ((b * 282630u) & 31u)); break; default: a = rotate(a, 3u); }
  p[(max(d, 217752u) + 5u) & 7u] = ((d << (gid & 31u)) * (uint)(((int)(b & 0xffffu) - (int)(lid & 0xffffu)) / 3)); d += p[3u & 7u];
  if (((gid << (c & 31u)) | (a / (194186u | 1u))) != a) { switch ((rotate(d, 198890u) * rotate(a, b)) & 3u) { case 0: c += 1u; break; case 1: c ^= 967u; /* falls through */ case 2: c = 758016u; break; default: c = rotate(c, 3u); } } else { switch (rotate((460371u / (868003u | 1u)), (579598u - b)) & 3u) { case 0: a += 1u; break; case 1: a ^= 741u; /* falls through */ case 2: a = ((a ^ b) & (uint)(((int)(gid & 0xffffu) - (int)(c & 0xffffu)) / 3)); break; default: a = rotate(a, 3u); } }
  if ((uint)(((int)((40462u % (b | 1u)) & 0xffffu) - (int)(lid & 0xffffu)) / 3) != (max(d, gid) - (a & gid))) { if (rotate((uint)(((int)(lid & 0xffffu) - (int)(b & 0xffffu)) / 3), mul_hi(a, d)) == gid) { g = clamp(fmax(sqrt(fabs((float)(a & 255u))), f), -1000.0f, 1000.0f); } else { b = (b & 946419u); } } else { for (int k = 0; k < 5; k++) { if ((d & 7u) == 1u) break; a ^= convert_uint_sat(fabs(fmin(clamp(g, -4.0f, 4.0f), (g / (fabs(f) + 1.0f)))) * 16.0f); } }
  p[((26326u >> (799562u & 31u)) + 4u) & 7u] = ((a ^ b) ^ (b + b)); b += p[2u & 7u];
  switch (((c | 144689u) + (d | 918955u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 646u; /* falls through */ case 2: c = rotate(rotate(536168u, 584325u), b); break; default: c = rotate(c, 3u); }
  p[(max(59070u, d) + 1u) & 7u] = ((b - d) | (lid & 118432u)); a += p[1u & 7u];
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
