struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((x << (x & 31u)) * ((x | 783430u) * y))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((y >> (((578609u >> (x & 31u)) - 36512u) & 31u))); y ^= x >> 3; x = x * 31u + ((max(x, mul_hi(x, x)) & ((y < (x | y)) ? y : ((x | y) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (max(((x / (y | 1u)) << (rotate(444948u, x) & 31u)), (max(y, x) << (min(492500u, x) & 31u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((((uint)(((int)(x & 0xffffu) - (int)(952643u & 0xffffu)) / 3) + max(x, 545967u)) < ((348622u % (y | 1u)) | (72579u / (261275u | 1u)))) ? ((uint)(((int)(x & 0xffffu) - (int)(952643u & 0xffffu)) / 3) + max(x, 545967u)) : (((348622u % (y | 1u)) | (72579u / (261275u | 1u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((max(min(x, x), min(y, y)) - ((uint)(((int)(x & 0xffffu) - (int)(967486u & 0xffffu)) / 3) >> ((364944u / (561032u | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + (rotate(rotate(y, ((y < 718670u) ? y : (718670u ^ 0x55u))), ((918718u * 1042569u) << ((x % (x | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)(285412u & 0xffffu)) / 3) - (x & 63711u)) % (712745u | 1u))); y ^= x >> 3; x = x * 31u + ((min(y, (y << (y & 31u))) * ((y / (613278u | 1u)) & (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((mul_hi(716658u, 834044u) >> (163872u & 31u)) & 0xffffu) - (int)(min((827589u ^ x), min(x, x)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((y / (y | 1u))); y ^= x >> 3; x = x * 31u + ((min(rotate(333745u, x), mul_hi(y, x)) >> (((x << (x & 31u)) | (y ^ x)) & 31u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((min(x, x) << ((x / (x | 1u)) & 31u)) & 0xffffu) - (int)((((y << (638574u & 31u)) < ((314398u < 394338u) ? 314398u : (394338u ^ 0x55u))) ? (y << (638574u & 31u)) : (((314398u < 394338u) ? 314398u : (394338u ^ 0x55u)) ^ 0x55u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (132918u); y ^= x >> 3; x = x * 31u + (rotate((x * x), 1026591u)); y ^= x >> 3; x = x * 31u + (141342u); y ^= x >> 3; x = x * 31u + ((mul_hi((x / (x | 1u)), (y + x)) ^ (((823518u < x) ? 823518u : (x ^ 0x55u)) * (824966u % (y | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((b >> (21356u & 31u)) + 2u) & 7u] = ((lid & d) - (lid % (b | 1u))); a += p[3u & 7u];
  c = (((423979u / (b | 1u)) | 888785u) & 57086u);
  if (((gid + c) | (d - 644881u)) > (302333u + mul_hi(lid, a))) { b = ((256145u | (335011u + gid)) + ((c >> (gid & 31u)) >> (lid & 31u))); } else { p[(180564u + 4u) & 7u] = (d ^ (635455u + lid)); d += p[6u & 7u]; }
  c ^= convert_uint_sat(fabs(3.58f) * 16.0f);
  if (min(((a < 427275u) ? a : (427275u ^ 0x55u)), 128582u) > (min(d, 269392u) | (a << (c & 31u)))) { if (d > 72793u) { b = rotate((((lid / (b | 1u)) < (a >> (b & 31u))) ? (lid / (b | 1u)) : ((a >> (b & 31u)) ^ 0x55u)), (uint)(((int)(rotate(d, 222356u) & 0xffffu) - (int)(rotate(631178u, d) & 0xffffu)) / 3)); } else { f = clamp((0.87f / (fabs(fmin((3.37f / (fabs(f) + 1.0f)), (float)(a & 255u))) + 1.0f)), -1000.0f, 1000.0f); } } else { d = a; }
  p[((d ^ 977722u) + 5u) & 7u] = (min(583155u, 674648u) + (928596u * 574395u)); b += p[7u & 7u];
  if (rotate((c - lid), 261793u) < ((1012008u + d) >> ((891401u << (lid & 31u)) & 31u))) { switch (lid & 3u) { case 0: d += 1u; break; case 1: d ^= 763u; /* falls through */ case 2: d = gid; break; default: d = rotate(d, 3u); } } else { a = h1(880279u, (b / (mul_hi(b, d) | 1u))); }
  c ^= convert_uint_sat(fabs(clamp(sqrt(fabs(f)), -4.0f, 4.0f)) * 16.0f);
  for (int k = 0; k < 5; k++) { if ((a & 7u) == 6u) break; p[(b + 1u) & 7u] = (uint)(((int)((b % (c | 1u)) & 0xffffu) - (int)((gid ^ 203585u) & 0xffffu)) / 3); d += p[1u & 7u]; }
  c ^= convert_uint_sat(fabs(fmin(sqrt(fabs(f)), (g / (fabs((float)(a & 255u)) + 1.0f)))) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
