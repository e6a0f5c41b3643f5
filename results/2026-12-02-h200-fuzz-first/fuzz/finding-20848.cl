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
  p[(mul_hi(d, gid) + 3u) & 7u] = 726751u; b += p[6u & 7u];
  for (int k = 0; k < 5; k++) { if ((b & 7u) == 1u) break; if (mul_hi(809909u, (uint)(((int)(180231u & 0xffffu) - (int)(a & 0xffffu)) / 3)) == (a & mul_hi(521519u, 1024219u))) { d ^= convert_uint_sat(fabs(((float)(a & 255u) - (g - g))) * 16.0f); } else { f = clamp((fmax((float)(a & 255u), fmin(f, 1.4f)) / (fabs((((float)(a & 255u) + g) + (float)(a & 255u))) + 1.0f)), -1000.0f, 1000.0f); } }
  switch (((gid - gid) / ((518516u * d) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 763u; /* falls through */ case 2: c = ((b + a) | (b % (gid | 1u))); break; default: c = rotate(c, 3u); }
  switch ((d - (a >> (797688u & 31u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 482u; /* falls through */ case 2: b = ((376684u ^ 809923u) + 1047137u); break; default: b = rotate(b, 3u); }
  a = (((765395u & 312824u) >> ((lid * 375258u) & 31u)) * (lid * max(d, lid)));
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 1u) continue; d = (a + (c & (689439u & 943368u))); }
  if (((874591u >> (9613u & 31u)) >> ((393526u * 964281u) & 31u)) < ((b >> (c & 31u)) / (a | 1u))) { if (gid != ((200824u % (764524u | 1u)) * (d | lid))) { p[(a + 4u) & 7u] = max((843475u * 621806u), ((lid < 331765u) ? lid : (331765u ^ 0x55u))); a += p[7u & 7u]; } else { b = (gid / (mul_hi(a, gid) | 1u)); } } else { switch (b & 3u) { case 0: a += 1u; break; case 1: a ^= 325u; /* falls through */ case 2: a = ((362782u % (c | 1u)) - (70002u % (a | 1u))); break; default: a = rotate(a, 3u); } }
  a = c;
  g = clamp(((clamp((float)(a & 255u), -4.0f, 4.0f) / (fabs((0.86f * 1.23f)) + 1.0f)) * (sqrt(fabs((float)(a & 255u))) * ((float)(a & 255u) * g))), -1000.0f, 1000.0f);
  a = gid;
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
