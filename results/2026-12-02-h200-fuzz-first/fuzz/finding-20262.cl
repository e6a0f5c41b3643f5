struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(703217u, y)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (rotate(mul_hi((x * y), (x ^ 1032957u)), ((384573u < (754486u / (y | 1u))) ? 384573u : ((754486u / (y | 1u)) ^ 0x55u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c ^= convert_uint_sat(fabs(2.79f) * 16.0f);
  if (794485u < (gid / ((838494u | b) | 1u))) { for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; c = (139280u >> (c & 31u)); } } else { if (max((gid ^ 268170u), (c >> (c & 31u))) == b) { p[((d + lid) + 5u) & 7u] = c; d += p[2u & 7u]; } else { p[(gid + 5u) & 7u] = d; d += p[6u & 7u]; } }
  if (rotate(mul_hi(c, 975331u), (a >> (gid & 31u))) != (uint)(((int)(((gid < 71668u) ? gid : (71668u ^ 0x55u)) & 0xffffu) - (int)(d & 0xffffu)) / 3)) { a = h0(((gid << (73810u & 31u)) & (gid ^ c)), (a % ((571012u | d) | 1u))); } else { for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; d ^= convert_uint_sat(fabs(g) * 16.0f); } }
  if (d == max(233936u, gid)) { g = clamp(fmin((float)(a & 255u), sqrt(fabs(((float)(a & 255u) / (fabs(3.34f) + 1.0f))))), -1000.0f, 1000.0f); } else { for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; d = (((162108u - 292990u) & ((c < gid) ? c : (gid ^ 0x55u))) >> ((((gid < d) ? gid : (d ^ 0x55u)) | gid) & 31u)); } }
  switch (mul_hi(c, (543967u & a)) & 3u) { case 0: a += 1u; break; case 1: a ^= 346u; /* falls through */ case 2: a = ((c * lid) / ((a / (gid | 1u)) | 1u)); break; default: a = rotate(a, 3u); }
  switch (mul_hi((d - 860878u), (lid << (c & 31u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 43u; /* falls through */ case 2: c = ((b & lid) * 575129u); break; default: c = rotate(c, 3u); }
  tile[lid] = (((397282u < d) ? 397282u : (d ^ 0x55u)) >> ((947388u | 319931u) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 59u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
