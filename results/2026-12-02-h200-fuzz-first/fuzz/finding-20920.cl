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
  b = max(d, 239051u);
  a ^= convert_uint_sat(fabs((fmin(f, 2.27f) / (fabs(3.68f) + 1.0f))) * 16.0f);
  g = clamp(clamp(g, -4.0f, 4.0f), -1000.0f, 1000.0f);
  switch (d & 3u) { case 0: c += 1u; break; case 1: c ^= 380u; /* falls through */ case 2: c = (a / ((gid / (b | 1u)) | 1u)); break; default: c = rotate(c, 3u); }
  d = 344711u;
  if (rotate(63126u, (c % (d | 1u))) < min(b, max(743630u, b))) { d = (((a >> (b & 31u)) >> ((lid << (a & 31u)) & 31u)) % (rotate((gid & 886978u), mul_hi(b, lid)) | 1u)); } else { a ^= convert_uint_sat(fabs(((float)(a & 255u) - ((float)(a & 255u) * g))) * 16.0f); }
  p[((c ^ lid) + 7u) & 7u] = a; d += p[5u & 7u];
  switch ((gid ^ min(849104u, 1031461u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 412u; /* falls through */ case 2: b = ((lid & c) - (301997u ^ a)); break; default: b = rotate(b, 3u); }
  p[((84481u * lid) + 1u) & 7u] = rotate((d >> (b & 31u)), (86735u % (818611u | 1u))); a += p[4u & 7u];
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  tile[lid] = (a - c); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 2u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
