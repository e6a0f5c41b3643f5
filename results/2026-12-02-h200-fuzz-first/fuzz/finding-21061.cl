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
  switch (888311u & 3u) { case 0: b += 1u; break; case 1: b ^= 84u; /* falls through */ case 2: b = ((uint)(((int)(a & 0xffffu) - (int)(d & 0xffffu)) / 3) ^ a); break; default: b = rotate(b, 3u); }
  switch (((uint)(((int)(225134u & 0xffffu) - (int)(113585u & 0xffffu)) / 3) / ((uint)(((int)(lid & 0xffffu) - (int)(lid & 0xffffu)) / 3) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 495u; /* falls through */ case 2: d = gid; break; default: d = rotate(d, 3u); }
  f = clamp(g, -1000.0f, 1000.0f);
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  a = a;
  f = clamp(clamp(((0.17f - 1.5f) + (float)(a & 255u)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  for (int k = 0; k < 1; k++) { if ((d & 7u) == 1u) break; p[(min(gid, b) + 0u) & 7u] = (((d < a) ? d : (a ^ 0x55u)) - 452864u); b += p[1u & 7u]; }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
