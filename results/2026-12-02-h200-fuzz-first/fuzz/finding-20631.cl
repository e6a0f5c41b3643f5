struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (min(rotate(min(y, x), (x | 95137u)), min((32727u + x), x))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((311903u % (max(mul_hi(x, 838347u), mul_hi(y, x)) | 1u))); y ^= x >> 3; x = x * 31u + ((567185u >> (((uint)(((int)(978777u & 0xffffu) - (int)(x & 0xffffu)) / 3) * (95882u + 303822u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (873601u); y ^= x >> 3; x = x * 31u + ((uint)(((int)(mul_hi(x, (y - y)) & 0xffffu) - (int)(((620472u - 360705u) - 687316u) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)((mul_hi(x, 266886u) ^ min(473808u, x)) & 0xffffu) - (int)(((x - 604806u) * (756385u << (x & 31u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((uint)(((int)((892091u << (y & 31u)) & 0xffffu) - (int)((x ^ 997480u) & 0xffffu)) / 3) % (((y | 167151u) ^ min(y, y)) | 1u))); y ^= x >> 3; x = x * 31u + ((min(x, 699816u) * y)); y ^= x >> 3; x = x * 31u + ((y % ((((x < y) ? x : (y ^ 0x55u)) + (y * x)) | 1u))); y ^= x >> 3; x = x * 31u + ((((604806u * x) >> ((324298u << (y & 31u)) & 31u)) + 579049u)); y ^= x >> 3; x = x * 31u + (((rotate(y, 959389u) - (uint)(((int)(y & 0xffffu) - (int)(276007u & 0xffffu)) / 3)) - ((659628u << (708201u & 31u)) | (y >> (872286u & 31u))))); y ^= x >> 3; x = x * 31u + (min(((x + y) - (865649u << (y & 31u))), x)); y ^= x >> 3; x = x * 31u + ((min(x, y) & (x << (max(995089u, y) & 31u)))); y ^= x >> 3; x = x * 31u + (min((uint)(((int)((491114u + 661287u) & 0xffffu) - (int)((x & y) & 0xffffu)) / 3), (((646605u < y) ? 646605u : (y ^ 0x55u)) - (y & y)))); y ^= x >> 3; x = x * 31u + (((y % (x | 1u)) >> (647287u & 31u))); y ^= x >> 3; x = x * 31u + ((max(750178u, min(y, x)) << (x & 31u))); y ^= x >> 3; x = x * 31u + (((((y ^ 1008733u) & min(y, 885436u)) < (x << (468410u & 31u))) ? ((y ^ 1008733u) & min(y, 885436u)) : ((x << (468410u & 31u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((rotate(x, x) < ((570362u < y) ? 570362u : (y ^ 0x55u))) ? rotate(x, x) : (((570362u < y) ? 570362u : (y ^ 0x55u)) ^ 0x55u)) + 622768u)); y ^= x >> 3; x = x * 31u + (((x - mul_hi(y, x)) >> ((y % ((y ^ x) | 1u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = (((38231u - 383186u) | d) * ((gid + lid) ^ mul_hi(792101u, 396235u)));
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; a = h1((rotate(535582u, d) | (a & 951002u)), rotate((854504u | lid), rotate(461496u, d))); }
  d = h0(max((gid ^ a), mul_hi(320990u, a)), (mul_hi(lid, 669774u) << (max(b, a) & 31u)));
  switch ((((c < d) ? c : (d ^ 0x55u)) - (327139u / (b | 1u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 311u; /* falls through */ case 2: d = ((a * d) * (gid * b)); break; default: d = rotate(d, 3u); }
  b = (((a % (d | 1u)) ^ mul_hi(b, b)) | (((d - b) < min(b, 160030u)) ? (d - b) : (min(b, 160030u) ^ 0x55u)));
  for (int k = 0; k < 5; k++) {  a ^= convert_uint_sat(fabs(clamp((float)(a & 255u), -4.0f, 4.0f)) * 16.0f); }
  d = gid;
  p[(min(d, a) + 2u) & 7u] = (lid << (min(gid, a) & 31u)); a += p[0u & 7u];
  a = (mul_hi((d ^ 121239u), rotate(297716u, c)) % (370837u | 1u));
  if (((175210u % (b | 1u)) >> (d & 31u)) != ((((c < gid) ? c : (gid ^ 0x55u)) < min(702619u, a)) ? ((c < gid) ? c : (gid ^ 0x55u)) : (min(702619u, a) ^ 0x55u))) { for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; g = clamp((f * (fmin(1.13f, (float)(a & 255u)) - (f / (fabs(3.99f) + 1.0f)))), -1000.0f, 1000.0f); } } else { b = (c & 304941u); }
  f = clamp(fmin(f, f), -1000.0f, 1000.0f);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
