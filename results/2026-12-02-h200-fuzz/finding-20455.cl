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
  switch (max((708065u / (gid | 1u)), (gid & 272889u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 33u; /* falls through */ case 2: c = rotate(gid, (848843u << (d & 31u))); break; default: c = rotate(c, 3u); }
  c = (uint)(((int)(max(a, 765445u) & 0xffffu) - (int)((gid & (gid % (a | 1u))) & 0xffffu)) / 3);
  f = clamp(2.96f, -1000.0f, 1000.0f);
  switch ((c + (93309u >> (d & 31u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 845u; /* falls through */ case 2: b = (uint)(((int)(lid & 0xffffu) - (int)(mul_hi(d, a) & 0xffffu)) / 3); break; default: b = rotate(b, 3u); }
  if ((((gid * d) < (361890u * a)) ? (gid * d) : ((361890u * a) ^ 0x55u)) != (rotate(gid, lid) / (b | 1u))) { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); } else { b = (d >> ((((b % (b | 1u)) < 720059u) ? (b % (b | 1u)) : (720059u ^ 0x55u)) & 31u)); }
  switch (((gid ^ 688579u) | (gid / (c | 1u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 460u; /* falls through */ case 2: d = (min(48493u, 425748u) - min(56921u, b)); break; default: d = rotate(d, 3u); }
  switch ((((685802u < 415008u) ? 685802u : (415008u ^ 0x55u)) << ((906296u ^ a) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 173u; /* falls through */ case 2: c = (a << (((c < 955663u) ? c : (955663u ^ 0x55u)) & 31u)); break; default: c = rotate(c, 3u); }
  switch (((125113u * 164903u) * min(2496u, c)) & 3u) { case 0: d += 1u; break; case 1: d ^= 137u; /* falls through */ case 2: d = c; break; default: d = rotate(d, 3u); }
  switch (((c ^ gid) + (812710u >> (gid & 31u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 382u; /* falls through */ case 2: b = (min(a, gid) % ((lid / (253739u | 1u)) | 1u)); break; default: b = rotate(b, 3u); }
  switch ((min(582222u, 108748u) >> ((d + a) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 651u; /* falls through */ case 2: b = ((lid - d) - (lid >> (c & 31u))); break; default: b = rotate(b, 3u); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
