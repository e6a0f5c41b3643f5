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
  d = (max((a >> (d & 31u)), (962724u >> (d & 31u))) << (max((uint)(((int)(b & 0xffffu) - (int)(gid & 0xffffu)) / 3), (uint)(((int)(926039u & 0xffffu) - (int)(978355u & 0xffffu)) / 3)) & 31u));
  c = ((lid & (b << (674338u & 31u))) % ((rotate(lid, 70351u) >> (min(c, b) & 31u)) | 1u));
  for (int k = 0; k < 2; k++) {  switch (mul_hi((215577u | gid), gid) & 3u) { case 0: c += 1u; break; case 1: c ^= 366u; /* falls through */ case 2: c = gid; break; default: c = rotate(c, 3u); } }
  switch (mul_hi((gid % (lid | 1u)), min(696513u, 304917u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 511u; /* falls through */ case 2: c = min((b | 208928u), min(38927u, 13972u)); break; default: c = rotate(c, 3u); }
  p[((lid - c) + 3u) & 7u] = ((b < c) ? b : (c ^ 0x55u)); c += p[5u & 7u];
  if ((mul_hi(971080u, 314856u) / ((c / (438886u | 1u)) | 1u)) < ((a - gid) & d)) { p[(mul_hi(a, d) + 1u) & 7u] = min((b | d), lid); a += p[5u & 7u]; } else { d ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); }
  d = mul_hi(lid, ((b * b) + 724078u));
  switch ((min(c, lid) << (b & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 77u; /* falls through */ case 2: d = c; break; default: d = rotate(d, 3u); }
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
