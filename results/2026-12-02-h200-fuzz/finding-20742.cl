struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min((uint)(((int)(((x < 872670u) ? x : (872670u ^ 0x55u)) & 0xffffu) - (int)(max(311663u, y) & 0xffffu)) / 3), (mul_hi(x, 530730u) % (y | 1u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((637932u * c) & (d >> (636240u & 31u))) < ((gid - d) + (d & 879050u))) { g = clamp(sqrt(fabs(fmin(fmax((float)(a & 255u), g), f))), -1000.0f, 1000.0f); } else { d = h0(((lid << (a & 31u)) | (uint)(((int)(950620u & 0xffffu) - (int)(gid & 0xffffu)) / 3)), (min(b, c) * (b & 816403u))); }
  d ^= convert_uint_sat(fabs(((2.14f / (fabs(f) + 1.0f)) / (fabs(3.47f) + 1.0f))) * 16.0f);
  c = (gid << (gid & 31u));
  c = ((lid | ((lid < 917798u) ? lid : (917798u ^ 0x55u))) % ((a + (a >> (lid & 31u))) | 1u));
  if (a != ((gid * a) / (rotate(gid, d) | 1u))) { p[((lid * 125381u) + 3u) & 7u] = b; c += p[4u & 7u]; } else { p[(gid + 2u) & 7u] = rotate(lid, (345892u + d)); a += p[1u & 7u]; }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
