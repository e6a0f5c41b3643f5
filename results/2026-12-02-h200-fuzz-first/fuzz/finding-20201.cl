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
  d = ((970619u < ((c | d) + (lid << (432889u & 31u)))) ? 970619u : (((c | d) + (lid << (432889u & 31u))) ^ 0x55u));
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; a = min(((d - lid) << (max(gid, gid) & 31u)), min(lid, max(lid, 418157u))); }
  c = (lid << (max((895570u / (100024u | 1u)), (799370u * lid)) & 31u));
  switch (min((592098u ^ gid), (a * lid)) & 3u) { case 0: a += 1u; break; case 1: a ^= 790u; /* falls through */ case 2: a = (uint)(((int)(mul_hi(a, 942119u) & 0xffffu) - (int)((138282u - gid) & 0xffffu)) / 3); break; default: a = rotate(a, 3u); }
  switch (c & 3u) { case 0: c += 1u; break; case 1: c ^= 873u; /* falls through */ case 2: c = a; break; default: c = rotate(c, 3u); }
  for (int k = 0; k < 2; k++) { if ((a & 7u) == 6u) break; a ^= convert_uint_sat(fabs(f) * 16.0f); }
  d = (max((a * 925089u), (lid >> (109874u & 31u))) << (rotate((161609u ^ gid), a) & 31u));
  a = ((a ^ min(1011411u, 287556u)) >> ((a >> ((d - 72734u) & 31u)) & 31u));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
