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
  switch ((rotate(982095u, lid) * (b - d)) & 3u) { case 0: c += 1u; break; case 1: c ^= 221u; /* falls through */ case 2: c = ((256165u % (89001u | 1u)) - a); break; default: c = rotate(c, 3u); }
  switch ((lid ^ (uint)(((int)(73165u & 0xffffu) - (int)(c & 0xffffu)) / 3)) & 3u) { case 0: d += 1u; break; case 1: d ^= 958u; /* falls through */ case 2: d = gid; break; default: d = rotate(d, 3u); }
  switch (((lid | d) + (299523u + 240841u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 368u; /* falls through */ case 2: d = 28925u; break; default: d = rotate(d, 3u); }
  switch ((max(c, a) << ((gid - c) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 57u; /* falls through */ case 2: c = gid; break; default: c = rotate(c, 3u); }
  tile[lid] = min(((gid < 405110u) ? gid : (405110u ^ 0x55u)), max(gid, d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 6u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
