struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (rotate(((rotate(66415u, x) < (y | x)) ? rotate(66415u, x) : ((y | x) ^ 0x55u)), x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(((float)(a & 255u) + sqrt(fabs((float)(a & 255u)))), -1000.0f, 1000.0f);
  p[(max(d, d) + 7u) & 7u] = ((352392u | a) * c); c += p[4u & 7u];
  switch (((531993u * c) / (max(d, d) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 613u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  switch (lid & 3u) { case 0: d += 1u; break; case 1: d ^= 910u; /* falls through */ case 2: d = b; break; default: d = rotate(d, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
