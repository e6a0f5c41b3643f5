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
  switch (rotate(((631611u < 197761u) ? 631611u : (197761u ^ 0x55u)), c) & 3u) { case 0: d += 1u; break; case 1: d ^= 877u; /* falls through */ case 2: d = ((b & b) + lid); break; default: d = rotate(d, 3u); }
  g = clamp(fmin((clamp(g, -4.0f, 4.0f) * clamp(f, -4.0f, 4.0f)), (float)(a & 255u)), -1000.0f, 1000.0f);
  switch (max((d % (b | 1u)), 319709u) & 3u) { case 0: c += 1u; break; case 1: c ^= 778u; /* falls through */ case 2: c = ((637108u ^ c) - (uint)(((int)(364441u & 0xffffu) - (int)(c & 0xffffu)) / 3)); break; default: c = rotate(c, 3u); }
  for (int k = 0; k < 3; k++) { if ((c & 7u) == 0u) break; switch ((c << ((gid >> (a & 31u)) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 421u; /* falls through */ case 2: c = ((lid & gid) | lid); break; default: c = rotate(c, 3u); } }
  for (int k = 0; k < 5; k++) { if ((d & 7u) == 4u) break; p[(b + 0u) & 7u] = d; d += p[7u & 7u]; }
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  c = min(min(max(865421u, 802020u), (510311u << (29225u & 31u))), min((lid >> (lid & 31u)), (668988u - b)));
  g = clamp(fmax(clamp(clamp((float)(a & 255u), -4.0f, 4.0f), -4.0f, 4.0f), (clamp((float)(a & 255u), -4.0f, 4.0f) - clamp((float)(a & 255u), -4.0f, 4.0f))), -1000.0f, 1000.0f);
  switch (min(mul_hi(d, 351624u), max(579688u, 1014712u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 574u; /* falls through */ case 2: a = ((gid | gid) * max(d, gid)); break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 1; k++) { if ((d & 7u) == 0u) break; b = ((uint)(((int)(max(406440u, d) & 0xffffu) - (int)(mul_hi(gid, a) & 0xffffu)) / 3) | max(rotate(291924u, 274416u), (133276u << (a & 31u)))); }
  tile[lid] = ((872855u ^ 965764u) - (285526u | b)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 55u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
