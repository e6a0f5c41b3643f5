struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((max((uint)(((int)(x & 0xffffu) - (int)(618020u & 0xffffu)) / 3), mul_hi(x, 297488u)) | (116860u >> (max(x, 430948u) & 31u)))); y ^= x >> 3; x = x * 31u + ((((x ^ x) < ((x >> (x & 31u)) | y)) ? (x ^ x) : (((x >> (x & 31u)) | y) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((((x >> (x & 31u)) < (x - y)) ? (x >> (x & 31u)) : ((x - y) ^ 0x55u)) + 750200u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (((859242u < ((b < gid) ? b : (gid ^ 0x55u))) ? 859242u : (((b < gid) ? b : (gid ^ 0x55u)) ^ 0x55u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 490u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  b = ((uint)(((int)(((200582u < lid) ? 200582u : (lid ^ 0x55u)) & 0xffffu) - (int)((gid * gid) & 0xffffu)) / 3) * b);
  a = c;
  d = (((d * c) % (1041618u | 1u)) & d);
  p[((164094u ^ 610693u) + 2u) & 7u] = min((lid << (337017u & 31u)), (1020886u << (b & 31u))); c += p[0u & 7u];
  tile[lid] = ((a * a) + (c + d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 59u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
