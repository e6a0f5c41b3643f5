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
  switch (225013u & 3u) { case 0: b += 1u; break; case 1: b ^= 684u; /* falls through */ case 2: b = (790175u / (1017498u | 1u)); break; default: b = rotate(b, 3u); }
  b = ((((417312u < b) ? 417312u : (b ^ 0x55u)) - a) - (((gid + b) < rotate(875179u, a)) ? (gid + b) : (rotate(875179u, a) ^ 0x55u)));
  c = (c ^ ((gid < 480189u) ? gid : (480189u ^ 0x55u)));
  b = c;
  switch (929277u & 3u) { case 0: c += 1u; break; case 1: c ^= 440u; /* falls through */ case 2: c = (((c < lid) ? c : (lid ^ 0x55u)) - max(a, b)); break; default: c = rotate(c, 3u); }
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  for (int k = 0; k < 4; k++) {  g = clamp(((sqrt(fabs(g)) + clamp(f, -4.0f, 4.0f)) - 1.21f), -1000.0f, 1000.0f); }
  d = ((((60110u * 671835u) < (d / (a | 1u))) ? (60110u * 671835u) : ((d / (a | 1u)) ^ 0x55u)) % (((c / (gid | 1u)) + max(676430u, gid)) | 1u));
  switch ((rotate(935776u, d) | (d >> (947512u & 31u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 542u; /* falls through */ case 2: b = ((a * d) & d); break; default: b = rotate(b, 3u); }
  for (int k = 0; k < 3; k++) { if ((d & 7u) == 3u) break; switch (829068u & 3u) { case 0: c += 1u; break; case 1: c ^= 498u; /* falls through */ case 2: c = lid; break; default: c = rotate(c, 3u); } }
  switch (6049u & 3u) { case 0: c += 1u; break; case 1: c ^= 22u; /* falls through */ case 2: c = 828846u; break; default: c = rotate(c, 3u); }
  tile[lid] = (852529u >> (lid & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 45u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
