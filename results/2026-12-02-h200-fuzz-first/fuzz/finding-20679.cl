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
  if (rotate(max(896336u, 571165u), min(469643u, a)) > ((d * lid) + (c % (c | 1u)))) { p[((uint)(((int)(b & 0xffffu) - (int)(44819u & 0xffffu)) / 3) + 3u) & 7u] = (max(70677u, b) / (min(445779u, d) | 1u)); c += p[1u & 7u]; } else { c = max((((a < 344925u) ? a : (344925u ^ 0x55u)) >> (mul_hi(d, gid) & 31u)), ((587735u >> (453395u & 31u)) % (858255u | 1u))); }
  for (int k = 0; k < 1; k++) {  p[(122779u + 1u) & 7u] = 737335u; c += p[1u & 7u]; }
  a ^= convert_uint_sat(fabs(g) * 16.0f);
  b = (((a ^ 961385u) | (d - 753351u)) >> (b & 31u));
  c = (650714u ^ 244030u);
  switch (((820729u % (d | 1u)) >> ((d & a) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 573u; /* falls through */ case 2: d = ((b << (d & 31u)) / (b | 1u)); break; default: d = rotate(d, 3u); }
  switch (max((771953u | lid), ((lid < 845019u) ? lid : (845019u ^ 0x55u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 212u; /* falls through */ case 2: b = ((b & lid) % (lid | 1u)); break; default: b = rotate(b, 3u); }
  switch (gid & 3u) { case 0: d += 1u; break; case 1: d ^= 347u; /* falls through */ case 2: d = ((rotate(gid, gid) < (lid >> (870405u & 31u))) ? rotate(gid, gid) : ((lid >> (870405u & 31u)) ^ 0x55u)); break; default: d = rotate(d, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
