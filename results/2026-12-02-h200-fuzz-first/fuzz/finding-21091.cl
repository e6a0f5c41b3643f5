struct pair { uint u; float f; };
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
  if (((d ^ a) - (a + 202727u)) < ((d - a) >> ((786950u << (1018597u & 31u)) & 31u))) { if (mul_hi(gid, rotate(c, c)) > (c / (min(c, a) | 1u))) { c = mul_hi((min(c, c) << ((lid >> (480789u & 31u)) & 31u)), 1045647u); } else { d = (((((gid < c) ? gid : (c ^ 0x55u)) << (mul_hi(895372u, gid) & 31u)) < gid) ? (((gid < c) ? gid : (c ^ 0x55u)) << (mul_hi(895372u, gid) & 31u)) : (gid ^ 0x55u)); } } else { switch (((c - a) >> ((d / (d | 1u)) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 345u; /* falls through */ case 2: b = (uint)(((int)(gid & 0xffffu) - (int)((a % (lid | 1u)) & 0xffffu)) / 3); break; default: b = rotate(b, 3u); } }
  switch ((mul_hi(c, 844560u) % ((a % (388112u | 1u)) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 798u; /* falls through */ case 2: d = ((676919u << (a & 31u)) >> ((293037u + c) & 31u)); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 5; k++) { if ((b & 7u) == 2u) break; switch ((108892u - max(a, 36393u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 956u; /* falls through */ case 2: d = rotate(gid, (b ^ 350916u)); break; default: d = rotate(d, 3u); } }
  p[((a | 646242u) + 6u) & 7u] = mul_hi((d + lid), lid); c += p[3u & 7u];
  if (422225u > mul_hi((uint)(((int)(471516u & 0xffffu) - (int)(a & 0xffffu)) / 3), (a + lid))) { for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; f = clamp((f / (fabs(fmax(g, ((float)(a & 255u) + g))) + 1.0f)), -1000.0f, 1000.0f); } } else { if ((mul_hi(a, b) + 89310u) != (uint)(((int)(rotate(98893u, 503939u) & 0xffffu) - (int)((880525u << (b & 31u)) & 0xffffu)) / 3)) { a = (uint)(((int)(1012343u & 0xffffu) - (int)(318437u & 0xffffu)) / 3); } else { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); } }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
