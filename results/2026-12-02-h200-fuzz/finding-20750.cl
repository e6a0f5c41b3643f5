struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((513161u | y) & 335969u) | ((649521u << (y & 31u)) | (355637u % (926101u | 1u))))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((uint)(((int)(d & 0xffffu) - (int)(736517u & 0xffffu)) / 3) + 4u) & 7u] = (b >> ((gid >> (lid & 31u)) & 31u)); a += p[5u & 7u];
  d = (rotate(c, 880285u) + (rotate(c, d) ^ 968161u));
  c = ((uint)(((int)((435342u % (511345u | 1u)) & 0xffffu) - (int)(d & 0xffffu)) / 3) >> (((c / (827762u | 1u)) - ((a < 130061u) ? a : (130061u ^ 0x55u))) & 31u));
  d = (((321159u | gid) + 722116u) & (min(d, b) - max(375569u, 950414u)));
  c = h0((uint)(((int)((d % (850505u | 1u)) & 0xffffu) - (int)(max(a, gid) & 0xffffu)) / 3), gid);
  a = (((gid ^ 337569u) ^ ((c < a) ? c : (a ^ 0x55u))) - 334951u);
  f = clamp(sqrt(fabs(clamp(sqrt(fabs(g)), -4.0f, 4.0f))), -1000.0f, 1000.0f);
  if (a > 280231u) { for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; b = (mul_hi(a, (d + a)) >> ((rotate(gid, b) - (d >> (a & 31u))) & 31u)); } } else { d = 756267u; }
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
