struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi((max(y, 280573u) - (uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)), max(rotate(932177u, x), y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(gid + 0u) & 7u] = 704588u; d += p[3u & 7u];
  if (mul_hi((lid << (gid & 31u)), (a ^ b)) < (241734u ^ (696154u + c))) { p[(gid + 6u) & 7u] = 485979u; b += p[5u & 7u]; } else { p[((gid % (b | 1u)) + 7u) & 7u] = (uint)(((int)(a & 0xffffu) - (int)((b >> (785641u & 31u)) & 0xffffu)) / 3); b += p[0u & 7u]; }
  b = h0(((((c < d) ? c : (d ^ 0x55u)) < (uint)(((int)(a & 0xffffu) - (int)(950668u & 0xffffu)) / 3)) ? ((c < d) ? c : (d ^ 0x55u)) : ((uint)(((int)(a & 0xffffu) - (int)(950668u & 0xffffu)) / 3) ^ 0x55u)), ((b & b) + ((gid < b) ? gid : (b ^ 0x55u))));
  if (lid < min((a | a), (d - c))) { c = h0(((b / (lid | 1u)) - lid), rotate((uint)(((int)(a & 0xffffu) - (int)(a & 0xffffu)) / 3), (lid - 623301u))); } else { b = h0((min(c, gid) ^ (d << (gid & 31u))), ((a >> (d & 31u)) + max(569040u, a))); }
  a = ((((553781u - b) >> ((c ^ b) & 31u)) < (395724u << (rotate(d, gid) & 31u))) ? ((553781u - b) >> ((c ^ b) & 31u)) : ((395724u << (rotate(d, gid) & 31u)) ^ 0x55u));
  d ^= convert_uint_sat(fabs(0.64f) * 16.0f);
  switch (((a * b) << (b & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 631u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  tile[lid] = ((gid - lid) ^ d); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 47u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
