struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(y, (mul_hi(y, x) & 534993u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (((521497u | 333629u) & 106727u) - ((a ^ b) / (((d < 859926u) ? d : (859926u ^ 0x55u)) | 1u)));
  d = (((b ^ a) << ((lid ^ lid) & 31u)) >> (mul_hi(lid, min(a, 385845u)) & 31u));
  switch (max((d * 524294u), lid) & 3u) { case 0: b += 1u; break; case 1: b ^= 626u; /* falls through */ case 2: b = ((322025u & gid) << (c & 31u)); break; default: b = rotate(b, 3u); }
  p[(149226u + 6u) & 7u] = (max(c, c) | (d ^ 941190u)); c += p[0u & 7u];
  switch (max(rotate(c, b), gid) & 3u) { case 0: b += 1u; break; case 1: b ^= 728u; /* falls through */ case 2: b = a; break; default: b = rotate(b, 3u); }
  g = clamp(fmax(f, f), -1000.0f, 1000.0f);
  tile[lid] = ((uint)(((int)(d & 0xffffu) - (int)(d & 0xffffu)) / 3) * (737533u << (d & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 18u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
