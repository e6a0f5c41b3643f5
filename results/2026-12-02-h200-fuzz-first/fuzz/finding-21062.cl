struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min(y, (y << (x & 31u))) & ((uint)(((int)(x & 0xffffu) - (int)(954676u & 0xffffu)) / 3) + (x % (982312u | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (((c + 577872u) >> (lid & 31u)) - min(lid, a));
  if ((((c << (b & 31u)) < 397804u) ? (c << (b & 31u)) : (397804u ^ 0x55u)) == (((849428u | d) < mul_hi(lid, b)) ? (849428u | d) : (mul_hi(lid, b) ^ 0x55u))) { p[(d + 2u) & 7u] = 487985u; a += p[2u & 7u]; } else { c ^= convert_uint_sat(fabs(((g + (float)(a & 255u)) + (float)(a & 255u))) * 16.0f); }
  for (int k = 0; k < 3; k++) { if ((a & 7u) == 5u) break; if ((min(828390u, 354193u) + rotate(173134u, b)) < a) { g = clamp(((sqrt(fabs(2.62f)) + 1.66f) - clamp(3.90f, -4.0f, 4.0f)), -1000.0f, 1000.0f); } else { b = (265167u / ((uint)(((int)((c | a) & 0xffffu) - (int)(gid & 0xffffu)) / 3) | 1u)); } }
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; b = rotate(mul_hi(139532u, min(gid, b)), (((416902u << (906146u & 31u)) < (lid ^ 457106u)) ? (416902u << (906146u & 31u)) : ((lid ^ 457106u) ^ 0x55u))); }
  a ^= convert_uint_sat(fabs(2.74f) * 16.0f);
  c = mul_hi(((c % (a | 1u)) * (15334u & c)), max(((b < d) ? b : (d ^ 0x55u)), c));
  if (((391853u / (b | 1u)) % (gid | 1u)) < 453958u) { c = h0(((uint)(((int)(129794u & 0xffffu) - (int)(b & 0xffffu)) / 3) % (((966670u < d) ? 966670u : (d ^ 0x55u)) | 1u)), b); } else { d = h0(min((gid / (d | 1u)), (401178u << (c & 31u))), (((237704u & 11307u) < a) ? (237704u & 11307u) : (a ^ 0x55u))); }
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; a = h0(((573457u & b) % ((834274u - c) | 1u)), (min(91603u, b) << (a & 31u))); }
  a ^= convert_uint_sat(fabs((((float)(a & 255u) + 0.46f) * (3.96f - f))) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
