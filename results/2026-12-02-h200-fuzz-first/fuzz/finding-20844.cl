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
  p[((442408u ^ 87375u) + 5u) & 7u] = rotate(132213u, (652518u + c)); a += p[2u & 7u];
  switch (((lid % (949785u | 1u)) | 1043184u) & 3u) { case 0: a += 1u; break; case 1: a ^= 719u; /* falls through */ case 2: a = (b & gid); break; default: a = rotate(a, 3u); }
  if (((c >> (a & 31u)) >> (min(gid, b) & 31u)) < ((595533u - gid) * (a | c))) { b = mul_hi(c, (474520u | (c << (d & 31u)))); } else { if ((uint)(((int)(mul_hi(a, 187225u) & 0xffffu) - (int)((342389u << (d & 31u)) & 0xffffu)) / 3) != d) { a = ((((d < lid) ? d : (lid ^ 0x55u)) << ((b - 708254u) & 31u)) & (rotate(a, c) * max(a, lid))); } else { c = (((c << (978569u & 31u)) & gid) / (((521872u - c) ^ ((b < 872849u) ? b : (872849u ^ 0x55u))) | 1u)); } }
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
