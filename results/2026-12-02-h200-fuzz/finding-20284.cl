struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(y, x)); y ^= x >> 3; x = x * 31u + (((561644u < (x - ((x < 493921u) ? x : (493921u ^ 0x55u)))) ? 561644u : ((x - ((x < 493921u) ? x : (493921u ^ 0x55u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((y << ((y << (mul_hi(x, x) & 31u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((982373u + gid) + 1u) & 7u] = ((b ^ a) | a); a += p[2u & 7u];
  if (lid != ((b << (gid & 31u)) >> ((uint)(((int)(809366u & 0xffffu) - (int)(929539u & 0xffffu)) / 3) & 31u))) { p[(d + 7u) & 7u] = ((a << (660313u & 31u)) % (mul_hi(675114u, 979749u) | 1u)); c += p[0u & 7u]; } else { if (b < min((952351u % (135266u | 1u)), ((c < lid) ? c : (lid ^ 0x55u)))) { g = clamp(((clamp(f, -4.0f, 4.0f) / (fabs(clamp((float)(a & 255u), -4.0f, 4.0f)) + 1.0f)) * fmin(1.70f, 3.44f)), -1000.0f, 1000.0f); } else { a = d; } }
  if (638167u != (254773u ^ (d / (lid | 1u)))) { for (int k = 0; k < 2; k++) { if ((d & 7u) == 7u) break; b = (a - ((uint)(((int)(c & 0xffffu) - (int)(209770u & 0xffffu)) / 3) >> ((lid << (753753u & 31u)) & 31u))); } } else { switch ((((383949u < lid) ? 383949u : (lid ^ 0x55u)) % ((570825u & gid) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 646u; /* falls through */ case 2: d = lid; break; default: d = rotate(d, 3u); } }
  b = h0(((gid + b) >> ((d * 2092u) & 31u)), a);
  c = (gid & ((gid << (gid & 31u)) % (min(607993u, a) | 1u)));
  b = h0((min(c, d) << (rotate(lid, d) & 31u)), b);
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; c ^= convert_uint_sat(fabs((3.74f / (fabs((float)(a & 255u)) + 1.0f))) * 16.0f); }
  c = ((max(max(d, a), (717706u & b)) < a) ? max(max(d, a), (717706u & b)) : (a ^ 0x55u));
  switch (((max(784359u, 1010004u) < (uint)(((int)(a & 0xffffu) - (int)(gid & 0xffffu)) / 3)) ? max(784359u, 1010004u) : ((uint)(((int)(a & 0xffffu) - (int)(gid & 0xffffu)) / 3) ^ 0x55u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 718u; /* falls through */ case 2: d = mul_hi(b, (c ^ 353149u)); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 3; k++) {  a = rotate(((((86703u < b) ? 86703u : (b ^ 0x55u)) < (366701u | lid)) ? ((86703u < b) ? 86703u : (b ^ 0x55u)) : ((366701u | lid) ^ 0x55u)), (((47470u - gid) < mul_hi(d, 216807u)) ? (47470u - gid) : (mul_hi(d, 216807u) ^ 0x55u))); }
  tile[lid] = (736345u / (288621u | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 7u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
