struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi(72651u, (rotate(y, 68415u) / ((87913u ^ x) | 1u)))); y ^= x >> 3; x = x * 31u + (((uint)(((int)((uint)(((int)(747888u & 0xffffu) - (int)(x & 0xffffu)) / 3) & 0xffffu) - (int)((y + y) & 0xffffu)) / 3) * y)); y ^= x >> 3; x = x * 31u + ((((y - x) * (y - 884643u)) >> (((y << (708016u & 31u)) << (y & 31u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (rotate(488579u, mul_hi(x, (x / (y | 1u))))); y ^= x >> 3; x = x * 31u + (min(((x ^ x) | (206777u * y)), max(y, 314014u))); y ^= x >> 3; x = x * 31u + (min(mul_hi(rotate(y, x), (y << (y & 31u))), 1024805u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(((3.34f - ((float)(a & 255u) / (fabs(0.22f) + 1.0f))) + (float)(a & 255u)), -1000.0f, 1000.0f);
  f = clamp(fmin(((g + g) + clamp(f, -4.0f, 4.0f)), (fmin((float)(a & 255u), f) * f)), -1000.0f, 1000.0f);
  switch ((595626u | (924740u - 986130u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 275u; /* falls through */ case 2: c = (uint)(((int)(a & 0xffffu) - (int)(gid & 0xffffu)) / 3); break; default: c = rotate(c, 3u); }
  p[(gid + 5u) & 7u] = gid; c += p[5u & 7u];
  a = h1((551712u >> (180269u & 31u)), (c % (971339u | 1u)));
  p[(max(982635u, b) + 1u) & 7u] = (rotate(lid, 896457u) + (c & 463075u)); b += p[0u & 7u];
  d = ((((b * gid) < (c | d)) ? (b * gid) : ((c | d) ^ 0x55u)) ^ (c * ((a < 649662u) ? a : (649662u ^ 0x55u))));
  a = 731064u;
  switch (((c << (gid & 31u)) >> ((c ^ 371348u) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 793u; /* falls through */ case 2: a = a; break; default: a = rotate(a, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
