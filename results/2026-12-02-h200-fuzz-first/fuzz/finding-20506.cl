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
  d = ((mul_hi(gid, 739401u) | (lid >> (531736u & 31u))) / (540309u | 1u));
  a ^= convert_uint_sat(fabs(clamp((f / (fabs((float)(a & 255u)) + 1.0f)), -4.0f, 4.0f)) * 16.0f);
  switch (((c * c) - (645550u * a)) & 3u) { case 0: d += 1u; break; case 1: d ^= 737u; /* falls through */ case 2: d = ((uint)(((int)(c & 0xffffu) - (int)(652861u & 0xffffu)) / 3) ^ rotate(a, 589933u)); break; default: d = rotate(d, 3u); }
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  for (int k = 0; k < 3; k++) {  d = d; }
  a = c;
  switch ((uint)(((int)((c % (d | 1u)) & 0xffffu) - (int)(max(a, lid) & 0xffffu)) / 3) & 3u) { case 0: d += 1u; break; case 1: d ^= 126u; /* falls through */ case 2: d = (min(b, 158693u) | (a / (c | 1u))); break; default: d = rotate(d, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
