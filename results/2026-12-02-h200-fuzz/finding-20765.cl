struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y << (x & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((c << (lid & 31u)) + 6u) & 7u] = a; b += p[0u & 7u];
  c = (502918u + (189024u - (a >> (gid & 31u))));
  for (int k = 0; k < 3; k++) { if ((c & 7u) == 0u) break; p[(b + 5u) & 7u] = 928368u; b += p[7u & 7u]; }
  p[(755398u + 4u) & 7u] = ((max(a, 1029147u) < 420585u) ? max(a, 1029147u) : (420585u ^ 0x55u)); c += p[1u & 7u];
  f = clamp(0.80f, -1000.0f, 1000.0f);
  switch ((((c / (662517u | 1u)) < max(131902u, 809095u)) ? (c / (662517u | 1u)) : (max(131902u, 809095u) ^ 0x55u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 558u; /* falls through */ case 2: a = gid; break; default: a = rotate(a, 3u); }
  switch ((gid + mul_hi(c, d)) & 3u) { case 0: d += 1u; break; case 1: d ^= 204u; /* falls through */ case 2: d = a; break; default: d = rotate(d, 3u); }
  c = gid;
  a = (((188906u & b) >> (lid & 31u)) % (497201u | 1u));
  f = clamp(fmin((g / (fabs((float)(a & 255u)) + 1.0f)), fmin(0.83f, f)), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
