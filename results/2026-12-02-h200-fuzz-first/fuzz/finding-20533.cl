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
  for (int k = 0; k < 6; k++) {  switch (((gid * gid) >> (d & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 411u; /* falls through */ case 2: b = 340095u; break; default: b = rotate(b, 3u); } }
  for (int k = 0; k < 3; k++) {  if ((d * a) > (mul_hi(gid, 851468u) << ((b * gid) & 31u))) { f = clamp(clamp(g, -4.0f, 4.0f), -1000.0f, 1000.0f); } else { c ^= convert_uint_sat(fabs((2.50f / (fabs(fmin(f, g)) + 1.0f))) * 16.0f); } }
  switch ((rotate(b, lid) * (324028u | 1011311u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 270u; /* falls through */ case 2: b = ((b * 786641u) / (rotate(912224u, 287896u) | 1u)); break; default: b = rotate(b, 3u); }
  switch (((gid & 489742u) * (uint)(((int)(lid & 0xffffu) - (int)(b & 0xffffu)) / 3)) & 3u) { case 0: c += 1u; break; case 1: c ^= 881u; /* falls through */ case 2: c = (b % ((uint)(((int)(1023606u & 0xffffu) - (int)(b & 0xffffu)) / 3) | 1u)); break; default: c = rotate(c, 3u); }
  if ((uint)(((int)((uint)(((int)(597813u & 0xffffu) - (int)(d & 0xffffu)) / 3) & 0xffffu) - (int)(d & 0xffffu)) / 3) > (gid * (lid & 388240u))) { for (int k = 0; k < 3; k++) { if ((a & 7u) == 4u) break; d ^= convert_uint_sat(fabs(3.37f) * 16.0f); } } else { switch ((617649u + (345854u / (gid | 1u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 601u; /* falls through */ case 2: b = ((c ^ b) - (652720u & 287886u)); break; default: b = rotate(b, 3u); } }
  d ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
