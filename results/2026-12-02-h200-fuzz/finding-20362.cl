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
  switch (582451u & 3u) { case 0: c += 1u; break; case 1: c ^= 816u; /* falls through */ case 2: c = b; break; default: c = rotate(c, 3u); }
  switch (c & 3u) { case 0: d += 1u; break; case 1: d ^= 775u; /* falls through */ case 2: d = 191193u; break; default: d = rotate(d, 3u); }
  if (950171u > ((230927u | c) % ((uint)(((int)(lid & 0xffffu) - (int)(803395u & 0xffffu)) / 3) | 1u))) { if (((mul_hi(a, gid) < (c / (lid | 1u))) ? mul_hi(a, gid) : ((c / (lid | 1u)) ^ 0x55u)) != (586286u | (b - c))) { b = ((max(956521u, gid) << (mul_hi(gid, a) & 31u)) - min((lid ^ 665933u), (b - 659003u))); } else { a = (999337u % ((((d & lid) < (270152u * d)) ? (d & lid) : ((270152u * d) ^ 0x55u)) | 1u)); } } else { if (655331u == ((mul_hi(b, 281554u) < (d | gid)) ? mul_hi(b, 281554u) : ((d | gid) ^ 0x55u))) { g = clamp(fmax(fmax((g * g), sqrt(fabs((float)(a & 255u)))), (float)(a & 255u)), -1000.0f, 1000.0f); } else { d = (((uint)(((int)(24286u & 0xffffu) - (int)(613054u & 0xffffu)) / 3) ^ (lid | gid)) >> ((uint)(((int)(rotate(gid, lid) & 0xffffu) - (int)(max(d, a) & 0xffffu)) / 3) & 31u)); } }
  switch (gid & 3u) { case 0: a += 1u; break; case 1: a ^= 935u; /* falls through */ case 2: a = ((lid / (540832u | 1u)) + d); break; default: a = rotate(a, 3u); }
  tile[lid] = (max(gid, d) % ((a + c) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 42u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
