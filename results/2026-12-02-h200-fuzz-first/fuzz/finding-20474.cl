struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((rotate(966811u, x) ^ y) & rotate(max(106172u, x), (400378u - y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (c | ((lid + 739468u) | mul_hi(b, 872701u)));
  g = clamp(fmin(g, 1.65f), -1000.0f, 1000.0f);
  d ^= convert_uint_sat(fabs(0.17f) * 16.0f);
  a = (((uint)(((int)(147687u & 0xffffu) - (int)(712843u & 0xffffu)) / 3) ^ rotate(374521u, a)) % ((mul_hi(a, 252070u) + (428209u % (b | 1u))) | 1u));
  a = h0((mul_hi(gid, 725104u) >> ((781954u / (a | 1u)) & 31u)), rotate(a, 998494u));
  a ^= convert_uint_sat(fabs(fmax(f, g)) * 16.0f);
  if ((579830u / (877260u | 1u)) == ((291586u << (b & 31u)) % ((lid * b) | 1u))) { f = clamp((float)(a & 255u), -1000.0f, 1000.0f); } else { for (int k = 0; k < 6; k++) {  f = clamp(((2.47f - ((float)(a & 255u) * 1.28f)) + (((float)(a & 255u) - g) / (fabs((3.32f / (fabs(f) + 1.0f))) + 1.0f))), -1000.0f, 1000.0f); } }
  if (((a % (594527u | 1u)) >> ((d - lid) & 31u)) > (gid ^ (c >> (gid & 31u)))) { p[((lid ^ a) + 3u) & 7u] = (uint)(((int)((uint)(((int)(lid & 0xffffu) - (int)(a & 0xffffu)) / 3) & 0xffffu) - (int)(a & 0xffffu)) / 3); d += p[3u & 7u]; } else { for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 1u) continue; c = (310803u * (((949563u < 743807u) ? 949563u : (743807u ^ 0x55u)) << ((d / (280393u | 1u)) & 31u))); } }
  if (((lid * c) + 726272u) > (a >> ((a + d) & 31u))) { for (int k = 0; k < 2; k++) { if ((b & 7u) == 3u) break; b = 792431u; } } else { p[((a >> (d & 31u)) + 7u) & 7u] = rotate(rotate(a, a), 499340u); c += p[6u & 7u]; }
  c = (343494u * ((d - lid) / (a | 1u)));
  tile[lid] = 505390u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 44u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
