struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((801548u - 916051u) << (x & 31u)) << ((((104217u / (876177u | 1u)) < 27071u) ? (104217u / (876177u | 1u)) : (27071u ^ 0x55u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (d != a) { if (mul_hi((d * b), rotate(lid, a)) != ((uint)(((int)(a & 0xffffu) - (int)(759359u & 0xffffu)) / 3) & rotate(315070u, d))) { d ^= convert_uint_sat(fabs(f) * 16.0f); } else { b ^= convert_uint_sat(fabs(sqrt(fabs(g))) * 16.0f); } } else { a ^= convert_uint_sat(fabs(((3.58f - (float)(a & 255u)) / (fabs((1.11f / (fabs(f) + 1.0f))) + 1.0f))) * 16.0f); }
  for (int k = 0; k < 3; k++) { if ((b & 7u) == 1u) break; b = (max((c * 2238u), (a >> (761669u & 31u))) << (612637u & 31u)); }
  a = (uint)(((int)((min(lid, a) + ((55446u < lid) ? 55446u : (lid ^ 0x55u))) & 0xffffu) - (int)(max(mul_hi(d, gid), 878674u) & 0xffffu)) / 3);
  for (int k = 0; k < 3; k++) {  p[(b + 5u) & 7u] = (((998916u | 323053u) < min(b, 803679u)) ? (998916u | 323053u) : (min(b, 803679u) ^ 0x55u)); b += p[3u & 7u]; }
  b ^= convert_uint_sat(fabs(0.0f) * 16.0f);
  for (int k = 0; k < 1; k++) {  switch (max((lid % (a | 1u)), (b / (c | 1u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 275u; /* falls through */ case 2: d = ((844092u | b) % ((a & gid) | 1u)); break; default: d = rotate(d, 3u); } }
  p[((389699u + a) + 5u) & 7u] = d; a += p[6u & 7u];
  switch ((((452300u < 768764u) ? 452300u : (768764u ^ 0x55u)) | (d / (gid | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 970u; /* falls through */ case 2: c = (((c < lid) ? c : (lid ^ 0x55u)) >> (c & 31u)); break; default: c = rotate(c, 3u); }
  tile[lid] = 982176u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 28u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
