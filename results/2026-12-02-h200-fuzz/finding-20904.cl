struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (114331u); y ^= x >> 3; x = x * 31u + (804718u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; f = clamp(fmin((g + clamp((float)(a & 255u), -4.0f, 4.0f)), sqrt(fabs(g))), -1000.0f, 1000.0f); }
  c = (804011u / (((295511u / (c | 1u)) % (b | 1u)) | 1u));
  p[(min(lid, b) + 6u) & 7u] = (d & a); d += p[3u & 7u];
  switch (((804406u >> (gid & 31u)) / ((uint)(((int)(719984u & 0xffffu) - (int)(a & 0xffffu)) / 3) | 1u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 65u; /* falls through */ case 2: a = ((lid < rotate(554739u, d)) ? lid : (rotate(554739u, d) ^ 0x55u)); break; default: a = rotate(a, 3u); }
  switch (((gid | gid) | (lid / (375911u | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 425u; /* falls through */ case 2: c = rotate((uint)(((int)(c & 0xffffu) - (int)(6764u & 0xffffu)) / 3), b); break; default: c = rotate(c, 3u); }
  p[(((gid < b) ? gid : (b ^ 0x55u)) + 3u) & 7u] = (d % ((673606u | b) | 1u)); c += p[1u & 7u];
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
