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
  b = ((rotate((a & a), (b | a)) < (((gid / (lid | 1u)) < (946198u ^ a)) ? (gid / (lid | 1u)) : ((946198u ^ a) ^ 0x55u))) ? rotate((a & a), (b | a)) : ((((gid / (lid | 1u)) < (946198u ^ a)) ? (gid / (lid | 1u)) : ((946198u ^ a) ^ 0x55u)) ^ 0x55u));
  p[((a + 989240u) + 5u) & 7u] = (((lid / (c | 1u)) < d) ? (lid / (c | 1u)) : (d ^ 0x55u)); d += p[4u & 7u];
  g = clamp((f * (float)(a & 255u)), -1000.0f, 1000.0f);
  p[(d + 1u) & 7u] = ((182042u / (c | 1u)) * (b & gid)); d += p[5u & 7u];
  switch ((lid % ((a * 665180u) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 92u; /* falls through */ case 2: b = ((lid << (717057u & 31u)) >> (125144u & 31u)); break; default: b = rotate(b, 3u); }
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; c = max(((b / (134481u | 1u)) / (d | 1u)), (294673u ^ (d | d))); }
  d = (mul_hi(max(c, 776386u), (753016u >> (b & 31u))) - max((gid | gid), max(a, 1046517u)));
  a ^= convert_uint_sat(fabs((3.93f + (g * 1.3f))) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
