struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((304511u / (y | 1u)) / ((448348u % (x | 1u)) | 1u)) - max(mul_hi(y, y), (x >> (277033u & 31u))))); y ^= x >> 3; x = x * 31u + ((((x & 39042u) * 7984u) - (((y / (y | 1u)) < y) ? (y / (y | 1u)) : (y ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (((((711950u < y) ? 711950u : (y ^ 0x55u)) & (y / (69892u | 1u))) - y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(((f - (1.77f * f)) * fmin((g + 2.52f), sqrt(fabs((float)(a & 255u))))), -1000.0f, 1000.0f);
  d = rotate((((418322u < c) ? 418322u : (c ^ 0x55u)) % (max(350403u, gid) | 1u)), ((gid | 614204u) % ((gid + 921959u) | 1u)));
  b = ((max(a, 719748u) % ((d | lid) | 1u)) & 469543u);
  switch (((a & d) ^ (b ^ 565767u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 103u; /* falls through */ case 2: c = mul_hi(mul_hi(d, a), a); break; default: c = rotate(c, 3u); }
  a = h0(((gid << (b & 31u)) * (lid >> (346947u & 31u))), ((778491u & 703298u) & c));
  for (int k = 0; k < 6; k++) { if ((a & 7u) == 3u) break; for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; p[(d + 7u) & 7u] = 240002u; c += p[7u & 7u]; } }
  if (((uint)(((int)(764514u & 0xffffu) - (int)(a & 0xffffu)) / 3) | (d + 110063u)) != ((291505u >> (a & 31u)) + max(a, 759130u))) { a = h0(169715u, 697823u); } else { p[(rotate(c, b) + 2u) & 7u] = rotate((c ^ gid), mul_hi(b, a)); c += p[5u & 7u]; }
  d ^= convert_uint_sat(fabs(fmax(g, g)) * 16.0f);
  c = 997727u;
  a = (((a + 425469u) * lid) * d);
  c ^= convert_uint_sat(fabs(clamp((0.48f + g), -4.0f, 4.0f)) * 16.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
