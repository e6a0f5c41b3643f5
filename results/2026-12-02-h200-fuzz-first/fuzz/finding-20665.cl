struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(y, (rotate(757017u, 635484u) >> ((x << (138930u & 31u)) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c ^= convert_uint_sat(fabs((((float)(a & 255u) / (fabs(f) + 1.0f)) - (0.27f * 1.53f))) * 16.0f);
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; for (int k = 0; k < 1; k++) {  b = 754810u; } }
  f = clamp(clamp(((f / (fabs(f) + 1.0f)) * (float)(a & 255u)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs(fmin((g / (fabs(3.7f) + 1.0f)), f)) * 16.0f);
  d = (((c + 21449u) ^ (642731u / (484750u | 1u))) & rotate(rotate(727476u, 28797u), (a % (lid | 1u))));
  p[(286849u + 5u) & 7u] = lid; a += p[3u & 7u];
  f = clamp(f, -1000.0f, 1000.0f);
  if (mul_hi(366314u, c) > ((185318u * gid) * (lid + 1003176u))) { a = (max((479899u << (d & 31u)), (gid >> (667446u & 31u))) | 436381u); } else { d = ((568699u & c) << (((a & a) % (912280u | 1u)) & 31u)); }
  p[((a + d) + 7u) & 7u] = c; d += p[0u & 7u];
  a = h0(((lid / (87096u | 1u)) % (282508u | 1u)), (lid % ((lid % (gid | 1u)) | 1u)));
  if (max(667274u, (c & 665315u)) > (705857u * (794813u / (d | 1u)))) { if ((uint)(((int)((gid << (a & 31u)) & 0xffffu) - (int)(max(gid, gid) & 0xffffu)) / 3) != ((gid >> (gid & 31u)) >> (rotate(812401u, 465355u) & 31u))) { c = (d ^ ((c - lid) + (a + 49321u))); } else { d ^= convert_uint_sat(fabs((g + f)) * 16.0f); } } else { f = clamp((f + (clamp(g, -4.0f, 4.0f) + (g * f))), -1000.0f, 1000.0f); }
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
