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
  switch (max(max(b, b), ((lid < 461684u) ? lid : (461684u ^ 0x55u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 688u; /* falls through */ case 2: c = mul_hi(206013u, (c | c)); break; default: c = rotate(c, 3u); }
  if (((97083u >> (836807u & 31u)) % ((680750u * d) | 1u)) < (159691u / ((d | lid) | 1u))) { switch ((uint)(((int)((lid - a) & 0xffffu) - (int)((a / (b | 1u)) & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 775u; /* falls through */ case 2: a = gid; break; default: a = rotate(a, 3u); } } else { p[((d - gid) + 6u) & 7u] = ((83069u | d) % (max(d, b) | 1u)); a += p[5u & 7u]; }
  a ^= convert_uint_sat(fabs(3.49f) * 16.0f);
  d = max((mul_hi(gid, 1016961u) & rotate(b, b)), (min(a, 561633u) / (((1031680u < 32133u) ? 1031680u : (32133u ^ 0x55u)) | 1u)));
  tile[lid] = ((475242u | 621107u) ^ mul_hi(455087u, 99205u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 34u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
