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
  switch ((638077u + (108833u * lid)) & 3u) { case 0: d += 1u; break; case 1: d ^= 13u; /* falls through */ case 2: d = a; break; default: d = rotate(d, 3u); }
  switch (lid & 3u) { case 0: a += 1u; break; case 1: a ^= 870u; /* falls through */ case 2: a = ((a % (b | 1u)) % (mul_hi(273722u, b) | 1u)); break; default: a = rotate(a, 3u); }
  switch (((b < mul_hi(a, d)) ? b : (mul_hi(a, d) ^ 0x55u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 837u; /* falls through */ case 2: d = b; break; default: d = rotate(d, 3u); }
  p[((604873u % (65357u | 1u)) + 1u) & 7u] = lid; a += p[7u & 7u];
  g = clamp(((float)(a & 255u) / (fabs(g) + 1.0f)), -1000.0f, 1000.0f);
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; c = (rotate(124163u, (d / (78397u | 1u))) + (((d ^ 153490u) < d) ? (d ^ 153490u) : (d ^ 0x55u))); }
  g = clamp(clamp(sqrt(fabs(f)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  c = max((962490u & (a ^ a)), 914077u);
  d = max((mul_hi(gid, gid) ^ (gid >> (167388u & 31u))), (c + mul_hi(c, gid)));
  switch (c & 3u) { case 0: a += 1u; break; case 1: a ^= 41u; /* falls through */ case 2: a = (uint)(((int)((gid % (a | 1u)) & 0xffffu) - (int)(rotate(lid, d) & 0xffffu)) / 3); break; default: a = rotate(a, 3u); }
  tile[lid] = (((gid < b) ? gid : (b ^ 0x55u)) % ((650143u >> (b & 31u)) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 29u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
