struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((x + (y ^ 823515u)) + min((x ^ y), y))); y ^= x >> 3; x = x * 31u + ((x + ((x | y) / (mul_hi(x, 73799u) | 1u)))); y ^= x >> 3; x = x * 31u + ((((y % (x | 1u)) - (y + x)) ^ ((x | y) & (35171u >> (x & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((x << (y & 31u)) >> (333879u & 31u)) % (y | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((((x >> (y & 31u)) < min(x, x)) ? (x >> (y & 31u)) : (min(x, x) ^ 0x55u)) & 0xffffu) - (int)(((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) | 1015220u) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((uint)(((int)((x & 184277u) & 0xffffu) - (int)((15578u % (y | 1u)) & 0xffffu)) / 3) << (x & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (min((rotate(y, 277568u) * (736499u - x)), (437355u - (159954u ^ y)))); y ^= x >> 3; x = x * 31u + (max(((x * x) / ((x - y) | 1u)), ((x >> (y & 31u)) / ((346269u ^ 418662u) | 1u)))); y ^= x >> 3; x = x * 31u + (80274u); y ^= x >> 3; x = x * 31u + (((uint)(((int)((uint)(((int)(x & 0xffffu) - (int)(152240u & 0xffffu)) / 3) & 0xffffu) - (int)((y & y) & 0xffffu)) / 3) << ((min(609042u, 594585u) + max(x, y)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((y << ((814847u & x) & 31u)) * 24995u)); y ^= x >> 3; x = x * 31u + (rotate(((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) * x), (x & (y >> (y & 31u))))); y ^= x >> 3; x = x * 31u + (((x + (uint)(((int)(77899u & 0xffffu) - (int)(948529u & 0xffffu)) / 3)) >> ((uint)(((int)((79358u | 56927u) & 0xffffu) - (int)(min(x, x) & 0xffffu)) / 3) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (rotate(mul_hi((816425u >> (x & 31u)), mul_hi(457733u, 830857u)), 825255u)); y ^= x >> 3; x = x * 31u + (max((y % ((x - y) | 1u)), (207814u % (314618u | 1u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) + y) < y) ? ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) + y) : (y ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((((594924u >> (y & 31u)) < (x / (y | 1u))) ? (594924u >> (y & 31u)) : ((x / (y | 1u)) ^ 0x55u)) << (575288u & 31u))); y ^= x >> 3; x = x * 31u + (((rotate(490696u, y) & (uint)(((int)(334779u & 0xffffu) - (int)(200172u & 0xffffu)) / 3)) - mul_hi((1007578u | 122565u), (uint)(((int)(y & 0xffffu) - (int)(841945u & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)(mul_hi(((897385u < y) ? 897385u : (y ^ 0x55u)), (y * y)) & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (min((595454u + (uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)), ((x >> (681997u & 31u)) ^ (x ^ y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a ^= convert_uint_sat(fabs((fmin(3.0f, g) * f)) * 16.0f);
  if (((1016896u - gid) % (mul_hi(321480u, lid) | 1u)) < rotate((384633u ^ 176309u), (gid & 121253u))) { switch ((lid + 758776u) & 3u) { case 0: d += 1u; break; case 1: d ^= 843u; /* falls through */ case 2: d = ((400029u << (919125u & 31u)) | min(gid, b)); break; default: d = rotate(d, 3u); } } else { if (((uint)(((int)(245376u & 0xffffu) - (int)(b & 0xffffu)) / 3) * (d | c)) != ((c - a) << (min(gid, 434559u) & 31u))) { a = mul_hi(lid, min(d, a)); } else { a = (b - mul_hi(gid, (gid % (gid | 1u)))); } }
  p[(c + 7u) & 7u] = ((a + gid) & lid); d += p[4u & 7u];
  b ^= convert_uint_sat(fabs(sqrt(fabs((float)(a & 255u)))) * 16.0f);
  for (int k = 0; k < 6; k++) { if ((d & 7u) == 5u) break; c = 530737u; }
  a = h1(((d | d) - min(b, b)), ((905913u / (d | 1u)) ^ (a | 1014996u)));
  p[(b + 4u) & 7u] = rotate((uint)(((int)(lid & 0xffffu) - (int)(930986u & 0xffffu)) / 3), 643388u); c += p[1u & 7u];
  c ^= convert_uint_sat(fabs(f) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
