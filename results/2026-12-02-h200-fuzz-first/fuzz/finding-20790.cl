struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y / (844142u | 1u))); y ^= x >> 3; x = x * 31u + ((min((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3), (y * x)) & max((712704u << (y & 31u)), y))); y ^= x >> 3; x = x * 31u + (((((y << (y & 31u)) < y) ? (y << (y & 31u)) : (y ^ 0x55u)) % (y | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (228809u); y ^= x >> 3; x = x * 31u + (((y ^ 836349u) << (rotate(max(391468u, x), (y / (x | 1u))) & 31u))); y ^= x >> 3; x = x * 31u + ((rotate((x + x), max(9773u, x)) | ((x % (x | 1u)) ^ 95900u))); y ^= x >> 3; x = x * 31u + ((((x ^ x) % (y | 1u)) - max((y - x), (y + x)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((mul_hi(x, 571152u) / (max(y, 994686u) | 1u)) & 0xffffu) - (int)(((y << (y & 31u)) * (240968u + 59054u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((y - y)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((rotate(113200u, 62904u) ^ (y & x)) * ((992895u + 247334u) / (y | 1u)))); y ^= x >> 3; x = x * 31u + (((rotate(827470u, x) << ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) & 31u)) << (298051u & 31u))); y ^= x >> 3; x = x * 31u + ((y - x)); y ^= x >> 3; x = x * 31u + (143110u); y ^= x >> 3; x = x * 31u + (rotate(x, ((x >> (985347u & 31u)) ^ (x | y)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(min(max(249205u, x), 613160u) & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((min(min(x, 175056u), x) - x)); y ^= x >> 3; x = x * 31u + (((max(y, y) | 333460u) << ((((97335u % (x | 1u)) < (y / (x | 1u))) ? (97335u % (x | 1u)) : ((y / (x | 1u)) ^ 0x55u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((((965176u < y) ? 965176u : (y ^ 0x55u)) < mul_hi(1018747u, x)) ? ((965176u < y) ? 965176u : (y ^ 0x55u)) : (mul_hi(1018747u, x) ^ 0x55u)) ^ y)); y ^= x >> 3; x = x * 31u + (290297u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((888790u ^ c) + 7u) & 7u] = mul_hi((d * d), (c / (130153u | 1u))); a += p[2u & 7u];
  p[(lid + 2u) & 7u] = gid; d += p[2u & 7u];
  c = ((uint)(((int)((245265u ^ b) & 0xffffu) - (int)((252561u >> (1028564u & 31u)) & 0xffffu)) / 3) + (d / ((26756u * gid) | 1u)));
  for (int k = 0; k < 3; k++) { if ((c & 7u) == 5u) break; a = rotate(lid, ((d * b) >> ((uint)(((int)(270575u & 0xffffu) - (int)(a & 0xffffu)) / 3) & 31u))); }
  if ((max(56655u, lid) & a) > 610427u) { for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; d = (uint)(((int)(min((c + 789082u), mul_hi(533839u, d)) & 0xffffu) - (int)(((gid + 718388u) ^ a) & 0xffffu)) / 3); } } else { d = h1(((951811u & 282395u) & (595575u + a)), max(gid, (gid >> (b & 31u)))); }
  for (int k = 0; k < 2; k++) {  d ^= convert_uint_sat(fabs(g) * 16.0f); }
  b ^= convert_uint_sat(fabs(sqrt(fabs((g * g)))) * 16.0f);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
