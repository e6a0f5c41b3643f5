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
  for (int k = 0; k < 2; k++) {  switch (((b & d) >> ((855545u & lid) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 255u; /* falls through */ case 2: a = max(max(281565u, 815939u), 782280u); break; default: a = rotate(a, 3u); } }
  switch ((((b % (423402u | 1u)) < b) ? (b % (423402u | 1u)) : (b ^ 0x55u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 393u; /* falls through */ case 2: d = rotate(max(c, d), (498785u & lid)); break; default: d = rotate(d, 3u); }
  b = (((a >> ((lid - b) & 31u)) < (uint)(((int)(b & 0xffffu) - (int)((gid ^ d) & 0xffffu)) / 3)) ? (a >> ((lid - b) & 31u)) : ((uint)(((int)(b & 0xffffu) - (int)((gid ^ d) & 0xffffu)) / 3) ^ 0x55u));
  for (int k = 0; k < 3; k++) {  d = a; }
  for (int k = 0; k < 3; k++) {  d = min(((d >> (d & 31u)) ^ 665716u), max(((d < a) ? d : (a ^ 0x55u)), (c & a))); }
  c ^= convert_uint_sat(fabs((1.28f - (f - 3.28f))) * 16.0f);
  switch ((c & (740674u << (a & 31u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 750u; /* falls through */ case 2: b = min(d, (c / (828307u | 1u))); break; default: b = rotate(b, 3u); }
  tile[lid] = (lid + (b << (gid & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 5u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
