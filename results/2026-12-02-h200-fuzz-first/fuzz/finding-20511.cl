struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y & (((x | y) < x) ? (x | y) : (x ^ 0x55u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(max(b, d) + 7u) & 7u] = rotate((gid >> (1037693u & 31u)), (764462u * 76356u)); c += p[2u & 7u];
  b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  b = 195963u;
  switch (((278568u ^ 834493u) + (b + d)) & 3u) { case 0: c += 1u; break; case 1: c ^= 65u; /* falls through */ case 2: c = rotate(478250u, rotate(d, c)); break; default: c = rotate(c, 3u); }
  switch (gid & 3u) { case 0: a += 1u; break; case 1: a ^= 901u; /* falls through */ case 2: a = ((d & lid) % ((c & 182249u) | 1u)); break; default: a = rotate(a, 3u); }
  c = (c & (rotate(a, d) + lid));
  c ^= convert_uint_sat(fabs(g) * 16.0f);
  a = (((lid + d) ^ (lid / (a | 1u))) ^ (uint)(((int)((c - lid) & 0xffffu) - (int)((gid - lid) & 0xffffu)) / 3));
  p[((112958u * c) + 7u) & 7u] = (max(945939u, a) >> (b & 31u)); c += p[6u & 7u];
  tile[lid] = ((317362u - gid) - 334324u); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 35u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
