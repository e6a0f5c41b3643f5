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
  p[(min(d, a) + 4u) & 7u] = ((uint)(((int)(gid & 0xffffu) - (int)(a & 0xffffu)) / 3) - ((c < 1012880u) ? c : (1012880u ^ 0x55u))); b += p[6u & 7u];
  f = clamp(sqrt(fabs((f / (fabs(((float)(a & 255u) + (float)(a & 255u))) + 1.0f)))), -1000.0f, 1000.0f);
  if ((a % (1044430u | 1u)) < (gid >> ((939260u * d) & 31u))) { b ^= convert_uint_sat(fabs(2.52f) * 16.0f); } else { for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; b ^= convert_uint_sat(fabs(sqrt(fabs(((float)(a & 255u) / (fabs(1.54f) + 1.0f))))) * 16.0f); } }
  switch (mul_hi((a * b), d) & 3u) { case 0: c += 1u; break; case 1: c ^= 533u; /* falls through */ case 2: c = min((a - lid), (26294u & d)); break; default: c = rotate(c, 3u); }
  switch (((lid / (b | 1u)) ^ 252880u) & 3u) { case 0: a += 1u; break; case 1: a ^= 806u; /* falls through */ case 2: a = rotate(max(a, a), rotate(b, c)); break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; switch (386363u & 3u) { case 0: c += 1u; break; case 1: c ^= 252u; /* falls through */ case 2: c = b; break; default: c = rotate(c, 3u); } }
  d = min(min((c - b), gid), (uint)(((int)(1012145u & 0xffffu) - (int)(478669u & 0xffffu)) / 3));
  a = c;
  if (((uint)(((int)(a & 0xffffu) - (int)(lid & 0xffffu)) / 3) % (d | 1u)) < mul_hi(min(1832u, b), (lid >> (1000649u & 31u)))) { p[((d >> (76281u & 31u)) + 2u) & 7u] = rotate((lid | gid), max(573138u, a)); c += p[0u & 7u]; } else { d = ((((lid + 590450u) < mul_hi(b, d)) ? (lid + 590450u) : (mul_hi(b, d) ^ 0x55u)) - d); }
  switch (min((903367u >> (c & 31u)), c) & 3u) { case 0: d += 1u; break; case 1: d ^= 178u; /* falls through */ case 2: d = gid; break; default: d = rotate(d, 3u); }
  tile[lid] = a; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 27u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
