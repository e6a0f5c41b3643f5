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
  c = (lid / (795398u | 1u));
  c ^= convert_uint_sat(fabs((fmax(f, g) + clamp((float)(a & 255u), -4.0f, 4.0f))) * 16.0f);
  switch (736079u & 3u) { case 0: c += 1u; break; case 1: c ^= 910u; /* falls through */ case 2: c = ((mul_hi(b, a) < c) ? mul_hi(b, a) : (c ^ 0x55u)); break; default: c = rotate(c, 3u); }
  a ^= convert_uint_sat(fabs((((float)(a & 255u) + 3.21f) / (fabs(1.51f) + 1.0f))) * 16.0f);
  b = (a * mul_hi(gid, (uint)(((int)(320792u & 0xffffu) - (int)(lid & 0xffffu)) / 3)));
  switch (lid & 3u) { case 0: a += 1u; break; case 1: a ^= 92u; /* falls through */ case 2: a = (((lid & b) < (gid / (gid | 1u))) ? (lid & b) : ((gid / (gid | 1u)) ^ 0x55u)); break; default: a = rotate(a, 3u); }
  switch ((a - (a + b)) & 3u) { case 0: a += 1u; break; case 1: a ^= 542u; /* falls through */ case 2: a = ((gid << (1004059u & 31u)) << (581489u & 31u)); break; default: a = rotate(a, 3u); }
  switch ((((d & a) < (146867u >> (a & 31u))) ? (d & a) : ((146867u >> (a & 31u)) ^ 0x55u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 697u; /* falls through */ case 2: d = (871625u - (lid / (944477u | 1u))); break; default: d = rotate(d, 3u); }
  tile[lid] = ((c - gid) * rotate(c, a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 30u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
