struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((x - x) | ((458534u < x) ? 458534u : (x ^ 0x55u))) / ((68879u | (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)) | 1u))); y ^= x >> 3; x = x * 31u + ((mul_hi(x, (x + x)) << (y & 31u))); y ^= x >> 3; x = x * 31u + ((((x | 70276u) + (y + 715731u)) + max(852381u, 996442u))); y ^= x >> 3; x = x * 31u + ((x ^ (uint)(((int)((283343u >> (y & 31u)) & 0xffffu) - (int)(x & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((290551u % (rotate(y, (x * y)) | 1u))); y ^= x >> 3; x = x * 31u + ((632686u - (((uint)(((int)(303242u & 0xffffu) - (int)(y & 0xffffu)) / 3) < 41554u) ? (uint)(((int)(303242u & 0xffffu) - (int)(y & 0xffffu)) / 3) : (41554u ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((141653u ^ x) / (((790276u < y) ? 790276u : (y ^ 0x55u)) | 1u)) & 0xffffu) - (int)(mul_hi((x / (x | 1u)), (137928u + x)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (mul_hi(y, 127091u)); y ^= x >> 3; x = x * 31u + ((((x / (x | 1u)) % ((y + y) | 1u)) - (x & (y & y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((gid + (lid % (73201u | 1u))) < max((a & a), (gid ^ d))) { switch ((((b & 133147u) < lid) ? (b & 133147u) : (lid ^ 0x55u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 549u; /* falls through */ case 2: b = b; break; default: b = rotate(b, 3u); } } else { switch (c & 3u) { case 0: b += 1u; break; case 1: b ^= 152u; /* falls through */ case 2: b = ((166427u / (935965u | 1u)) & 161230u); break; default: b = rotate(b, 3u); } }
  f = clamp(1.17f, -1000.0f, 1000.0f);
  switch (a & 3u) { case 0: b += 1u; break; case 1: b ^= 514u; /* falls through */ case 2: b = min((lid * gid), gid); break; default: b = rotate(b, 3u); }
  if (((683256u ^ a) + (d | lid)) == (5387u - (258707u - b))) { for (int k = 0; k < 4; k++) { if ((c & 7u) == 2u) break; b = ((uint)(((int)(mul_hi(621077u, a) & 0xffffu) - (int)((854610u - c) & 0xffffu)) / 3) - ((uint)(((int)(gid & 0xffffu) - (int)(gid & 0xffffu)) / 3) ^ d)); } } else { c = ((((b / (c | 1u)) < mul_hi(132826u, b)) ? (b / (c | 1u)) : (mul_hi(132826u, b) ^ 0x55u)) % ((mul_hi(b, 400655u) % ((d + a) | 1u)) | 1u)); }
  p[(rotate(155642u, b) + 2u) & 7u] = d; c += p[7u & 7u];
  p[((b + 1045753u) + 2u) & 7u] = (max(833467u, 637045u) / ((108479u >> (gid & 31u)) | 1u)); d += p[1u & 7u];
  p[((572142u ^ gid) + 2u) & 7u] = ((d - a) % (1046893u | 1u)); a += p[7u & 7u];
  b = (uint)(((int)(mul_hi(rotate(lid, c), a) & 0xffffu) - (int)((((b < 458097u) ? b : (458097u ^ 0x55u)) / (max(b, d) | 1u)) & 0xffffu)) / 3);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
