struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(0.66f, -1000.0f, 1000.0f);
  switch (((b * gid) + (218598u << (33056u & 31u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 88u; /* falls through */ case 2: c = max((147986u * 270990u), max(d, c)); break; default: c = rotate(c, 3u); }
  c = h0((max(794376u, b) % (min(b, 252884u) | 1u)), 838650u);
  a = h0(((d >> (d & 31u)) - b), rotate(b, b));
  if ((c & rotate(lid, gid)) != min(max(b, gid), mul_hi(lid, b))) { for (int k = 0; k < 1; k++) {  d ^= convert_uint_sat(fabs(clamp((g / (fabs((float)(a & 255u)) + 1.0f)), -4.0f, 4.0f)) * 16.0f); } } else { p[(min(gid, 482321u) + 2u) & 7u] = (uint)(((int)((c + gid) & 0xffffu) - (int)((gid + a) & 0xffffu)) / 3); d += p[2u & 7u]; }
  tile[lid] = (min(a, lid) + (a & d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 44u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
