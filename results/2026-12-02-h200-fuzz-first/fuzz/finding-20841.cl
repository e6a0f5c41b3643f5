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
  a ^= convert_uint_sat(fabs((sqrt(fabs((float)(a & 255u))) - (2.93f - f))) * 16.0f);
  a = gid;
  switch (((745993u ^ 190286u) * (b | 283595u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 345u; /* falls through */ case 2: a = ((uint)(((int)(a & 0xffffu) - (int)(d & 0xffffu)) / 3) + (gid >> (gid & 31u))); break; default: a = rotate(a, 3u); }
  a = (max((uint)(((int)(553558u & 0xffffu) - (int)(b & 0xffffu)) / 3), (c - d)) & ((85803u % (633044u | 1u)) >> (mul_hi(c, c) & 31u)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
