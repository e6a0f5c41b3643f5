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
  if (a != (39842u * d)) { switch ((min(701300u, 229274u) % ((431160u - 526926u) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 714u; /* falls through */ case 2: c = 960257u; break; default: c = rotate(c, 3u); } } else { a = ((((947787u % (lid | 1u)) - b) < (max(gid, 817134u) ^ (c >> (286729u & 31u)))) ? ((947787u % (lid | 1u)) - b) : ((max(gid, 817134u) ^ (c >> (286729u & 31u))) ^ 0x55u)); }
  switch ((min(gid, d) >> ((c | a) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 495u; /* falls through */ case 2: a = d; break; default: a = rotate(a, 3u); }
  switch (910191u & 3u) { case 0: c += 1u; break; case 1: c ^= 753u; /* falls through */ case 2: c = b; break; default: c = rotate(c, 3u); }
  if ((827769u / ((c / (790086u | 1u)) | 1u)) == (((d < c) ? d : (c ^ 0x55u)) / ((uint)(((int)(794105u & 0xffffu) - (int)(b & 0xffffu)) / 3) | 1u))) { for (int k = 0; k < 1; k++) {  d ^= convert_uint_sat(fabs(((g + g) + fmax(g, 0.74f))) * 16.0f); } } else { c ^= convert_uint_sat(fabs(2.45f) * 16.0f); }
  p[(min(b, gid) + 4u) & 7u] = ((rotate(lid, 804916u) < mul_hi(402525u, 169044u)) ? rotate(lid, 804916u) : (mul_hi(402525u, 169044u) ^ 0x55u)); b += p[5u & 7u];
  switch ((mul_hi(147893u, d) - (677011u ^ 870781u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 539u; /* falls through */ case 2: b = (lid % ((gid << (d & 31u)) | 1u)); break; default: b = rotate(b, 3u); }
  p[((346757u * c) + 7u) & 7u] = ((c < (c ^ d)) ? c : ((c ^ d) ^ 0x55u)); c += p[0u & 7u];
  tile[lid] = c; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 6u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
