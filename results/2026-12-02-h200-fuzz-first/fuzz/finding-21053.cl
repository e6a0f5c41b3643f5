struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((max((x | 947468u), (x % (x | 1u))) < max((593894u >> (893621u & 31u)), (uint)(((int)(x & 0xffffu) - (int)(610878u & 0xffffu)) / 3))) ? max((x | 947468u), (x % (x | 1u))) : (max((593894u >> (893621u & 31u)), (uint)(((int)(x & 0xffffu) - (int)(610878u & 0xffffu)) / 3)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (269929u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (min(mul_hi((y * 172666u), (y << (x & 31u))), (y + mul_hi(x, x)))); y ^= x >> 3; x = x * 31u + (((((153060u < 602240u) ? 153060u : (602240u ^ 0x55u)) | max(554966u, y)) << ((x % (452995u | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + (max(y, (y * (x | 676772u)))); y ^= x >> 3; x = x * 31u + (557768u); y ^= x >> 3; x = x * 31u + (((((x + y) < (y - x)) ? (x + y) : ((y - x) ^ 0x55u)) + 786465u)); y ^= x >> 3; x = x * 31u + ((((mul_hi(y, y) + ((152043u < 200818u) ? 152043u : (200818u ^ 0x55u))) < 515912u) ? (mul_hi(y, y) + ((152043u < 200818u) ? 152043u : (200818u ^ 0x55u))) : (515912u ^ 0x55u))); y ^= x >> 3; x = x * 31u + (594764u); y ^= x >> 3; x = x * 31u + (mul_hi(((y << (1003065u & 31u)) ^ rotate(y, y)), 104297u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (rotate((a << (lid & 31u)), (a & lid)) % ((498777u / ((uint)(((int)(726166u & 0xffffu) - (int)(gid & 0xffffu)) / 3) | 1u)) | 1u));
  g = clamp(((g / (fabs(fmin(f, g)) + 1.0f)) * 2.76f), -1000.0f, 1000.0f);
  p[((a | gid) + 6u) & 7u] = ((597947u << (lid & 31u)) ^ (933213u ^ 827083u)); a += p[0u & 7u];
  p[(b + 1u) & 7u] = ((lid | 413441u) | b); d += p[0u & 7u];
  b ^= convert_uint_sat(fabs(1.9f) * 16.0f);
  if (((d | a) | b) > (((gid & gid) < (gid % (lid | 1u))) ? (gid & gid) : ((gid % (lid | 1u)) ^ 0x55u))) { for (int k = 0; k < 2; k++) {  p[(lid + 6u) & 7u] = 672800u; a += p[6u & 7u]; } } else { a ^= convert_uint_sat(fabs(3.0f) * 16.0f); }
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; p[((lid / (813213u | 1u)) + 6u) & 7u] = (min(c, 236511u) + b); d += p[1u & 7u]; }
  b = rotate(rotate((d | 940234u), (925033u + 836581u)), 213387u);
  a = (a - ((234450u << (b & 31u)) * 152694u));
  p[((d % (803922u | 1u)) + 4u) & 7u] = mul_hi(214381u, (776843u % (gid | 1u))); b += p[3u & 7u];
  tile[lid] = rotate((d << (lid & 31u)), max(gid, lid)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 57u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
