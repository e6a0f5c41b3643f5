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
  c = ((d % (384489u | 1u)) - (((a & d) < 755403u) ? (a & d) : (755403u ^ 0x55u)));
  a = (((281862u / (a | 1u)) + (a >> (519703u & 31u))) ^ rotate(946256u, (uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3)));
  switch (a & 3u) { case 0: a += 1u; break; case 1: a ^= 915u; /* falls through */ case 2: a = ((a - b) << ((a / (b | 1u)) & 31u)); break; default: a = rotate(a, 3u); }
  c = min(94317u, 1029908u);
  if (68691u != min((gid - gid), ((c < d) ? c : (d ^ 0x55u)))) { for (int k = 0; k < 5; k++) {  d = (mul_hi(mul_hi(168603u, 223402u), d) % (c | 1u)); } } else { if ((mul_hi(236532u, c) % (mul_hi(c, a) | 1u)) < (((lid | b) < (gid | 70138u)) ? (lid | b) : ((gid | 70138u) ^ 0x55u))) { p[(d + 7u) & 7u] = ((b * 931288u) >> (max(lid, d) & 31u)); b += p[4u & 7u]; } else { d ^= convert_uint_sat(fabs(((f / (fabs(f) + 1.0f)) / (fabs((3.8f / (fabs(0.87f) + 1.0f))) + 1.0f))) * 16.0f); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
