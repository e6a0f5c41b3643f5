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
  c = a;
  p[((b % (830826u | 1u)) + 7u) & 7u] = rotate((a | a), (586345u | d)); a += p[7u & 7u];
  b = b;
  switch (c & 3u) { case 0: a += 1u; break; case 1: a ^= 699u; /* falls through */ case 2: a = c; break; default: a = rotate(a, 3u); }
  b = min(269713u, (((lid - 952681u) < gid) ? (lid - 952681u) : (gid ^ 0x55u)));
  switch ((((166957u < lid) ? 166957u : (lid ^ 0x55u)) | (d + lid)) & 3u) { case 0: c += 1u; break; case 1: c ^= 549u; /* falls through */ case 2: c = (lid * (gid / (a | 1u))); break; default: c = rotate(c, 3u); }
  switch (mul_hi(c, mul_hi(lid, 240723u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 669u; /* falls through */ case 2: a = (max(c, lid) + (uint)(((int)(b & 0xffffu) - (int)(gid & 0xffffu)) / 3)); break; default: a = rotate(a, 3u); }
  b = (rotate(((d < b) ? d : (b ^ 0x55u)), 354759u) | ((b - a) - (625436u % (703163u | 1u))));
  switch ((gid << ((532620u / (lid | 1u)) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 346u; /* falls through */ case 2: a = c; break; default: a = rotate(a, 3u); }
  d = ((uint)(((int)((lid / (25540u | 1u)) & 0xffffu) - (int)((gid - 94873u) & 0xffffu)) / 3) * ((a | a) >> (132u & 31u)));
  tile[lid] = ((241480u << (273094u & 31u)) + (c / (gid | 1u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 46u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
