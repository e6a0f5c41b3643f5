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
  if (lid != lid) { a = ((min(b, a) | (lid << (b & 31u))) ^ c); } else { p[(gid + 6u) & 7u] = (mul_hi(lid, b) % (679884u | 1u)); d += p[3u & 7u]; }
  c = (uint)(((int)((uint)(((int)((c >> (779213u & 31u)) & 0xffffu) - (int)((lid ^ a) & 0xffffu)) / 3) & 0xffffu) - (int)((mul_hi(984384u, lid) >> (((d < gid) ? d : (gid ^ 0x55u)) & 31u)) & 0xffffu)) / 3);
  a = (395190u + (max(a, lid) * (lid >> (312284u & 31u))));
  a = (mul_hi(d, (d >> (gid & 31u))) - min(((d < c) ? d : (c ^ 0x55u)), 651821u));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
