struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((max(x, ((y < x) ? y : (x ^ 0x55u))) & x)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (508220u * (((a < 837266u) ? a : (837266u ^ 0x55u)) ^ (c - c)));
  b = (((730441u << (lid & 31u)) - max(d, 188883u)) ^ mul_hi((c >> (b & 31u)), rotate(851362u, gid)));
  for (int k = 0; k < 5; k++) { if ((a & 7u) == 1u) break; f = clamp((f / (fabs(0.90f) + 1.0f)), -1000.0f, 1000.0f); }
  switch (546545u & 3u) { case 0: d += 1u; break; case 1: d ^= 418u; /* falls through */ case 2: d = (uint)(((int)((d / (d | 1u)) & 0xffffu) - (int)(max(gid, 793636u) & 0xffffu)) / 3); break; default: d = rotate(d, 3u); }
  c = (((421317u < ((c < d) ? c : (d ^ 0x55u))) ? 421317u : (((c < d) ? c : (d ^ 0x55u)) ^ 0x55u)) << ((min(a, gid) - a) & 31u));
  switch ((lid % ((uint)(((int)(c & 0xffffu) - (int)(a & 0xffffu)) / 3) | 1u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 825u; /* falls through */ case 2: a = (uint)(((int)(d & 0xffffu) - (int)(rotate(130887u, gid) & 0xffffu)) / 3); break; default: a = rotate(a, 3u); }
  a = (((d - gid) >> (((546664u < a) ? 546664u : (a ^ 0x55u)) & 31u)) & (c << (a & 31u)));
  b = h0(rotate(a, (b << (gid & 31u))), rotate((c % (gid | 1u)), c));
  if ((c | 45443u) > (uint)(((int)(((gid < 141962u) ? gid : (141962u ^ 0x55u)) & 0xffffu) - (int)((a & c) & 0xffffu)) / 3)) { if (gid < min(rotate(515114u, 77886u), ((b < 698762u) ? b : (698762u ^ 0x55u)))) { p[(c + 1u) & 7u] = c; d += p[6u & 7u]; } else { g = clamp(sqrt(fabs(f)), -1000.0f, 1000.0f); } } else { p[(d + 2u) & 7u] = d; a += p[3u & 7u]; }
  g = clamp(fmin(g, g), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs((1.73f * (3.66f - (float)(a & 255u)))) * 16.0f);
  tile[lid] = (577994u | rotate(268641u, d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 55u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
