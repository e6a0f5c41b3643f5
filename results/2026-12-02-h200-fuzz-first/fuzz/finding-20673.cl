struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y / (x | 1u)) + ((663944u < 464903u) ? 663944u : (464903u ^ 0x55u))) ^ rotate((uint)(((int)(320557u & 0xffffu) - (int)(x & 0xffffu)) / 3), (760337u | y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 2; k++) {  a = h0((lid >> ((26385u + 816331u) & 31u)), 189511u); }
  a = (((252740u * a) & a) / (max((d | 640487u), ((b < b) ? b : (b ^ 0x55u))) | 1u));
  switch ((lid << ((a - 453981u) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 905u; /* falls through */ case 2: a = (((116413u < 739198u) ? 116413u : (739198u ^ 0x55u)) & max(b, c)); break; default: a = rotate(a, 3u); }
  if ((857314u << (924391u & 31u)) != (((c | d) < mul_hi(lid, 134038u)) ? (c | d) : (mul_hi(lid, 134038u) ^ 0x55u))) { if (mul_hi((lid << (d & 31u)), (d - b)) == ((b - 119999u) - mul_hi(c, lid))) { c = b; } else { d = min((gid << (493105u & 31u)), (((190534u % (a | 1u)) < (gid * 429531u)) ? (190534u % (a | 1u)) : ((gid * 429531u) ^ 0x55u))); } } else { a = (max(a, (uint)(((int)(d & 0xffffu) - (int)(a & 0xffffu)) / 3)) | (723367u * (267635u >> (92006u & 31u)))); }
  f = clamp((((float)(a & 255u) * fmax(g, g)) - (float)(a & 255u)), -1000.0f, 1000.0f);
  f = clamp(fmax(fmax(g, g), clamp((float)(a & 255u), -4.0f, 4.0f)), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  p[(max(d, 124900u) + 5u) & 7u] = (c | mul_hi(c, 234897u)); d += p[5u & 7u];
  if (((633961u ^ c) / ((d % (888142u | 1u)) | 1u)) > (mul_hi(d, 623180u) & mul_hi(466105u, 506376u))) { f = clamp(fmin((((float)(a & 255u) + (float)(a & 255u)) * sqrt(fabs(g))), (((float)(a & 255u) / (fabs(f) + 1.0f)) * (f / (fabs((float)(a & 255u)) + 1.0f)))), -1000.0f, 1000.0f); } else { d ^= convert_uint_sat(fabs(2.57f) * 16.0f); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
