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
  b = (c << (((d - c) | (7081u * lid)) & 31u));
  f = clamp((sqrt(fabs(0.17f)) * fmin(((float)(a & 255u) - f), g)), -1000.0f, 1000.0f);
  d = (389487u - ((gid ^ lid) >> ((a % (lid | 1u)) & 31u)));
  d = ((min(b, c) < max((c + lid), rotate(c, gid))) ? min(b, c) : (max((c + lid), rotate(c, gid)) ^ 0x55u));
  p[(max(lid, b) + 4u) & 7u] = max((lid % (lid | 1u)), d); c += p[5u & 7u];
  d ^= convert_uint_sat(fabs(sqrt(fabs(fmax(g, g)))) * 16.0f);
  switch (gid & 3u) { case 0: c += 1u; break; case 1: c ^= 931u; /* falls through */ case 2: c = (uint)(((int)(rotate(a, gid) & 0xffffu) - (int)((uint)(((int)(b & 0xffffu) - (int)(d & 0xffffu)) / 3) & 0xffffu)) / 3); break; default: c = rotate(c, 3u); }
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
