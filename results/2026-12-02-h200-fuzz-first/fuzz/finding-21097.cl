struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((118939u + 294439u) | x) % (((x * 864466u) << ((337630u % (283605u | 1u)) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (((x < max((y - 313132u), mul_hi(604535u, 468299u))) ? x : (max((y - 313132u), mul_hi(604535u, 468299u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((111312u < (x & ((x < x) ? x : (x ^ 0x55u)))) ? 111312u : ((x & ((x < x) ? x : (x ^ 0x55u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((x % (x | 1u)) + y) * (y * (x - 544227u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y % (y | 1u)) << ((y * 393762u) & 31u)) & 0xffffu) - (int)(985930u & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((y - y) * (531642u >> (x & 31u))) + y)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((mul_hi(y, 759727u) / (((y < x) ? y : (x ^ 0x55u)) | 1u)) % (y | 1u))); y ^= x >> 3; x = x * 31u + (((mul_hi((y * 644585u), 851755u) < ((870838u * 547685u) / ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u))) ? mul_hi((y * 644585u), 851755u) : (((870838u * 547685u) / ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (((d % (gid | 1u)) & lid) * b);
  a = h1((lid - (897531u - 62636u)), (((465170u >> (c & 31u)) < gid) ? (465170u >> (c & 31u)) : (gid ^ 0x55u)));
  if (((a < min(gid, lid)) ? a : (min(gid, lid) ^ 0x55u)) != ((421680u >> (813674u & 31u)) << ((b * 201680u) & 31u))) { p[(lid + 4u) & 7u] = ((c % (d | 1u)) << (max(a, c) & 31u)); c += p[4u & 7u]; } else { switch ((uint)(((int)(mul_hi(86411u, d) & 0xffffu) - (int)(min(gid, b) & 0xffffu)) / 3) & 3u) { case 0: b += 1u; break; case 1: b ^= 714u; /* falls through */ case 2: b = ((lid ^ gid) % (d | 1u)); break; default: b = rotate(b, 3u); } }
  c = (1028541u << (min((uint)(((int)(48140u & 0xffffu) - (int)(gid & 0xffffu)) / 3), min(gid, lid)) & 31u));
  c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  g = clamp(g, -1000.0f, 1000.0f);
  switch (((uint)(((int)(430479u & 0xffffu) - (int)(1037131u & 0xffffu)) / 3) + (b >> (b & 31u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 35u; /* falls through */ case 2: c = c; break; default: c = rotate(c, 3u); }
  if (c != (350404u << ((259531u & a) & 31u))) { d = mul_hi(100744u, ((rotate(b, b) < gid) ? rotate(b, b) : (gid ^ 0x55u))); } else { switch (((294517u + c) / ((a - a) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 396u; /* falls through */ case 2: c = ((658734u | 172794u) << (64943u & 31u)); break; default: c = rotate(c, 3u); } }
  g = clamp(1.25f, -1000.0f, 1000.0f);
  switch ((((885414u ^ d) < rotate(d, 149421u)) ? (885414u ^ d) : (rotate(d, 149421u) ^ 0x55u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 166u; /* falls through */ case 2: d = ((459328u - 389842u) - c); break; default: d = rotate(d, 3u); }
  switch (gid & 3u) { case 0: b += 1u; break; case 1: b ^= 508u; /* falls through */ case 2: b = ((gid % (a | 1u)) >> (553810u & 31u)); break; default: b = rotate(b, 3u); }
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
