struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((917166u + (c * lid)) > ((d + 346587u) % (230712u | 1u))) { b = (((min(172850u, 69513u) < min(b, gid)) ? min(172850u, 69513u) : (min(b, gid) ^ 0x55u)) << (min(c, (uint)(((int)(515402u & 0xffffu) - (int)(gid & 0xffffu)) / 3)) & 31u)); } else { p[((gid + 1011668u) + 5u) & 7u] = ((rotate(881244u, 439070u) < (803892u & lid)) ? rotate(881244u, 439070u) : ((803892u & lid) ^ 0x55u)); b += p[7u & 7u]; }
  b = max((786003u | (a % (gid | 1u))), (uint)(((int)((uint)(((int)(252256u & 0xffffu) - (int)(gid & 0xffffu)) / 3) & 0xffffu) - (int)(c & 0xffffu)) / 3));
  p[((d | d) + 0u) & 7u] = ((175018u + 612446u) ^ gid); d += p[1u & 7u];
  c = (885880u ^ ((d / (41145u | 1u)) ^ 624771u));
  c = max((d << (c & 31u)), ((601193u % (b | 1u)) << ((636917u % (d | 1u)) & 31u)));
  switch (710439u & 3u) { case 0: b += 1u; break; case 1: b ^= 669u; /* falls through */ case 2: b = (lid % ((uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3) | 1u)); break; default: b = rotate(b, 3u); }
  b = max(max((gid << (c & 31u)), (d | lid)), mul_hi(mul_hi(lid, lid), (c % (a | 1u))));
  b = h0(((rotate(c, gid) < (424873u << (gid & 31u))) ? rotate(c, gid) : ((424873u << (gid & 31u)) ^ 0x55u)), (a + mul_hi(lid, 883439u)));
  if ((b - c) > ((905856u << (c & 31u)) % (696174u | 1u))) { switch (gid & 3u) { case 0: d += 1u; break; case 1: d ^= 63u; /* falls through */ case 2: d = a; break; default: d = rotate(d, 3u); } } else { switch (mul_hi(b, (241395u ^ gid)) & 3u) { case 0: a += 1u; break; case 1: a ^= 354u; /* falls through */ case 2: a = d; break; default: a = rotate(a, 3u); } }
  p[((a & lid) + 0u) & 7u] = ((b >> (607560u & 31u)) % ((d % (d | 1u)) | 1u)); b += p[2u & 7u];
  g = clamp((clamp(((float)(a & 255u) - 1.50f), -4.0f, 4.0f) + 2.69f), -1000.0f, 1000.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
