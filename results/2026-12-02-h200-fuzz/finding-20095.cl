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
  g = clamp(g, -1000.0f, 1000.0f);
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; for (int k = 0; k < 1; k++) { if ((a & 7u) == 3u) break; d = (674786u | (d / (max(925669u, gid) | 1u))); } }
  for (int k = 0; k < 2; k++) {  switch (gid & 3u) { case 0: b += 1u; break; case 1: b ^= 431u; /* falls through */ case 2: b = ((lid / (810046u | 1u)) - d); break; default: b = rotate(b, 3u); } }
  switch (((c ^ lid) + rotate(a, d)) & 3u) { case 0: d += 1u; break; case 1: d ^= 396u; /* falls through */ case 2: d = 308152u; break; default: d = rotate(d, 3u); }
  tile[lid] = ((b & c) - (d % (979611u | 1u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 3u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
