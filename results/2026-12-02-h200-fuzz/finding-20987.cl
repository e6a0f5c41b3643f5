struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((69240u ^ x) % (rotate(x, y) | 1u)) < (y >> ((y % (x | 1u)) & 31u))) ? ((69240u ^ x) % (rotate(x, y) | 1u)) : ((y >> ((y % (x | 1u)) & 31u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = (((c & 89498u) - min(c, c)) << (((162142u ^ lid) * 734854u) & 31u));
  c = h0(b, (max(744203u, d) & (693413u >> (gid & 31u))));
  if ((lid / (lid | 1u)) == mul_hi((34525u * b), (708516u | c))) { switch ((a >> ((c ^ d) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 583u; /* falls through */ case 2: b = 32686u; break; default: b = rotate(b, 3u); } } else { c = max(d, (49505u * 736391u)); }
  for (int k = 0; k < 5; k++) { if ((b & 7u) == 5u) break; c = mul_hi((uint)(((int)((uint)(((int)(128941u & 0xffffu) - (int)(a & 0xffffu)) / 3) & 0xffffu) - (int)((202759u ^ lid) & 0xffffu)) / 3), ((gid * lid) & (450800u & a))); }
  switch (max((lid / (955289u | 1u)), mul_hi(c, a)) & 3u) { case 0: b += 1u; break; case 1: b ^= 136u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  p[((b * 490451u) + 6u) & 7u] = b; b += p[0u & 7u];
  tile[lid] = a; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 2u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
