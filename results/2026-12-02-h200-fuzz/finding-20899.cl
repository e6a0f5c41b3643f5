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
  d = a;
  switch (mul_hi(max(c, a), (c << (726633u & 31u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 211u; /* falls through */ case 2: d = b; break; default: d = rotate(d, 3u); }
  a = (((((599014u < 560630u) ? 599014u : (560630u ^ 0x55u)) < ((324270u < c) ? 324270u : (c ^ 0x55u))) ? ((599014u < 560630u) ? 599014u : (560630u ^ 0x55u)) : (((324270u < c) ? 324270u : (c ^ 0x55u)) ^ 0x55u)) * (rotate(a, 786792u) >> (lid & 31u)));
  p[((b | 392672u) + 7u) & 7u] = b; c += p[4u & 7u];
  b = 163114u;
  tile[lid] = gid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 23u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
