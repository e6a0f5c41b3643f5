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
  g = clamp((sqrt(fabs(fmax(g, g))) / (fabs(fmax(((float)(a & 255u) + g), (g * (float)(a & 255u)))) + 1.0f)), -1000.0f, 1000.0f);
  p[(rotate(gid, 632470u) + 5u) & 7u] = (523436u << ((475014u ^ 169638u) & 31u)); a += p[0u & 7u];
  a = ((rotate(b, lid) + (gid << (a & 31u))) ^ b);
  c = gid;
  switch (((a - 51098u) / (283598u | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 463u; /* falls through */ case 2: b = (mul_hi(lid, a) - (gid | d)); break; default: b = rotate(b, 3u); }
  b = (b & ((uint)(((int)(d & 0xffffu) - (int)(b & 0xffffu)) / 3) << (gid & 31u)));
  for (int k = 0; k < 6; k++) { if ((b & 7u) == 4u) break; switch ((gid | rotate(a, 638044u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 381u; /* falls through */ case 2: b = ((743648u >> (422935u & 31u)) - (589611u - b)); break; default: b = rotate(b, 3u); } }
  if (((c - d) % (max(412359u, lid) | 1u)) != b) { if ((322310u % ((534733u % (a | 1u)) | 1u)) > (min(a, lid) | (a & b))) { d = (min(c, ((d < 879180u) ? d : (879180u ^ 0x55u))) % (((gid >> (lid & 31u)) + (gid * gid)) | 1u)); } else { b ^= convert_uint_sat(fabs((fmin(f, f) - fmax(f, (float)(a & 255u)))) * 16.0f); } } else { switch (((d * lid) << ((803415u | c) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 773u; /* falls through */ case 2: a = (max(b, d) | (a ^ lid)); break; default: a = rotate(a, 3u); } }
  switch (rotate(max(814270u, a), d) & 3u) { case 0: d += 1u; break; case 1: d ^= 837u; /* falls through */ case 2: d = ((b ^ d) / (707677u | 1u)); break; default: d = rotate(d, 3u); }
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
