struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((483526u << (774059u & 31u))); y ^= x >> 3; x = x * 31u + ((((y | 160986u) * max(x, 660188u)) & (max(1046530u, 272747u) % ((863092u | x) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(fmin(g, (f * (f - f))), -1000.0f, 1000.0f);
  f = clamp(fmin((float)(a & 255u), sqrt(fabs((f - 1.79f)))), -1000.0f, 1000.0f);
  switch (max(198432u, (1008433u << (gid & 31u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 852u; /* falls through */ case 2: a = (414410u * (324471u & c)); break; default: a = rotate(a, 3u); }
  b = rotate(((d >> (230314u & 31u)) & 872180u), ((754631u ^ 490556u) % ((a ^ lid) | 1u)));
  if ((((444420u < b) ? 444420u : (b ^ 0x55u)) ^ b) > mul_hi((a ^ 833548u), c)) { p[(146325u + 6u) & 7u] = (min(955788u, b) * (d ^ b)); b += p[5u & 7u]; } else { g = clamp(fmin(f, sqrt(fabs((g + g)))), -1000.0f, 1000.0f); }
  if (((b / (b | 1u)) & (c | 145224u)) == lid) { if (216535u > (a >> (331429u & 31u))) { d = mul_hi(c, rotate(min(c, 569364u), (b * c))); } else { b = ((103239u < d) ? 103239u : (d ^ 0x55u)); } } else { d = (d + c); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
