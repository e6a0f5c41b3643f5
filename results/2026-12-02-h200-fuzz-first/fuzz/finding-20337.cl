struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((702497u - y) >> (888405u & 31u)) - ((306995u ^ x) * mul_hi(338985u, 823709u)))); y ^= x >> 3; x = x * 31u + ((((y % (999684u | 1u)) | x) >> (y & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) | (x / (x | 1u))) - (788885u ^ (990252u * 349712u)))); y ^= x >> 3; x = x * 31u + (rotate((((684828u < x) ? 684828u : (x ^ 0x55u)) + x), (max(x, x) - (336584u & x)))); y ^= x >> 3; x = x * 31u + ((y * ((892114u - y) * max(x, 7313u)))); y ^= x >> 3; x = x * 31u + (((((416800u | y) % ((y << (1009676u & 31u)) | 1u)) < y) ? ((416800u | y) % ((y << (1009676u & 31u)) | 1u)) : (y ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((y ^ (rotate(y, x) & (1980u - y)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((y * x) % (mul_hi((x / (447690u | 1u)), x) | 1u))); y ^= x >> 3; x = x * 31u + ((max((y & x), y) & (rotate(x, y) - (229725u & 515956u)))); y ^= x >> 3; x = x * 31u + ((max((809642u / (577606u | 1u)), (525408u + x)) | min(x, (y | x)))); y ^= x >> 3; x = x * 31u + (((min(902146u, 236510u) ^ (y << (y & 31u))) ^ y)); y ^= x >> 3; x = x * 31u + (rotate(y, ((x / (74461u | 1u)) + (943213u | y)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (min(rotate(mul_hi(x, 496347u), ((y < x) ? y : (x ^ 0x55u))), ((117019u - x) - (949748u % (x | 1u))))); y ^= x >> 3; x = x * 31u + (min(((x ^ 1035770u) + x), (mul_hi(87599u, 555426u) * min(925697u, 380044u)))); y ^= x >> 3; x = x * 31u + ((rotate((401589u ^ x), max(336589u, x)) >> ((rotate(282211u, y) << (955750u & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((max((x + y), min(184659u, y)) & mul_hi(208848u, mul_hi(y, 347278u)))); y ^= x >> 3; x = x * 31u + (mul_hi(673527u, ((x - y) ^ ((693338u < 800081u) ? 693338u : (800081u ^ 0x55u))))); y ^= x >> 3; x = x * 31u + ((rotate((1046784u & 889608u), (y * 292252u)) % (y | 1u))); y ^= x >> 3; x = x * 31u + (((mul_hi(y, x) - x) % ((uint)(((int)((y >> (y & 31u)) & 0xffffu) - (int)((uint)(((int)(397080u & 0xffffu) - (int)(857560u & 0xffffu)) / 3) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; d = mul_hi(((a ^ d) + ((b < lid) ? b : (lid ^ 0x55u))), c); }
  g = clamp(1.21f, -1000.0f, 1000.0f);
  c ^= convert_uint_sat(fabs(0.55f) * 16.0f);
  c = (d % (((uint)(((int)(b & 0xffffu) - (int)(gid & 0xffffu)) / 3) % (mul_hi(a, lid) | 1u)) | 1u));
  p[(mul_hi(464724u, d) + 1u) & 7u] = min((c + a), (gid & a)); a += p[0u & 7u];
  d = d;
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; d = h0((max(lid, a) ^ ((a < 127758u) ? a : (127758u ^ 0x55u))), gid); }
  d ^= convert_uint_sat(fabs(((g - g) + fmax(3.42f, (float)(a & 255u)))) * 16.0f);
  d = rotate((gid << ((uint)(((int)(c & 0xffffu) - (int)(457535u & 0xffffu)) / 3) & 31u)), mul_hi(min(321794u, 718240u), b));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
