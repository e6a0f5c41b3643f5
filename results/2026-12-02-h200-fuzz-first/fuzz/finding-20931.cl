struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(((x ^ x) & (y % (y | 1u))), 920043u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch ((uint)(((int)(max(c, 317271u) & 0xffffu) - (int)((a + lid) & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 361u; /* falls through */ case 2: a = ((gid ^ gid) / (max(b, 829245u) | 1u)); break; default: a = rotate(a, 3u); }
  a = h0(min(rotate(gid, 855925u), (b << (257781u & 31u))), (((38003u < gid) ? 38003u : (gid ^ 0x55u)) & d));
  p[(((d < a) ? d : (a ^ 0x55u)) + 3u) & 7u] = ((688215u & gid) - min(48084u, gid)); b += p[4u & 7u];
  a = max((uint)(((int)((uint)(((int)(152947u & 0xffffu) - (int)(b & 0xffffu)) / 3) & 0xffffu) - (int)(max(790623u, gid) & 0xffffu)) / 3), 673813u);
  a = h0(b, (((d < 315149u) ? d : (315149u ^ 0x55u)) + (b & 750564u)));
  switch (rotate(rotate(a, 824041u), (c & a)) & 3u) { case 0: b += 1u; break; case 1: b ^= 857u; /* falls through */ case 2: b = (lid << (904476u & 31u)); break; default: b = rotate(b, 3u); }
  a = h0(d, d);
  d ^= convert_uint_sat(fabs(sqrt(fabs(fmax(f, 2.96f)))) * 16.0f);
  b ^= convert_uint_sat(fabs(fmax(1.6f, g)) * 16.0f);
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
