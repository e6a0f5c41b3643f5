struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((mul_hi((y >> (619470u & 31u)), x) + ((y ^ y) + x))); y ^= x >> 3; x = x * 31u + ((((((y < 452510u) ? y : (452510u ^ 0x55u)) + (x & 761003u)) < ((x / (x | 1u)) ^ x)) ? (((y < 452510u) ? y : (452510u ^ 0x55u)) + (x & 761003u)) : (((x / (x | 1u)) ^ x) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) % (((489046u | x) / (min(y, x) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + ((mul_hi((x / (y | 1u)), max(216301u, y)) << (((99353u / (x | 1u)) | (y | y)) & 31u))); y ^= x >> 3; x = x * 31u + (((303817u ^ (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)) % ((mul_hi(533181u, x) - (147356u + x)) | 1u))); y ^= x >> 3; x = x * 31u + (mul_hi(((799309u << (x & 31u)) - (x * y)), (((653157u < x) ? 653157u : (x ^ 0x55u)) / (y | 1u)))); y ^= x >> 3; x = x * 31u + (721658u); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((uint)(((int)(min((y * x), (x % (y | 1u))) & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((max(142395u, (x | x)) & (max(y, 638319u) + (952793u >> (y & 31u))))); y ^= x >> 3; x = x * 31u + ((x / (((x & 22969u) - mul_hi(x, x)) | 1u))); y ^= x >> 3; x = x * 31u + ((((y * y) + max(x, y)) ^ y)); y ^= x >> 3; x = x * 31u + ((((mul_hi(3966u, 283533u) < 793962u) ? mul_hi(3966u, 283533u) : (793962u ^ 0x55u)) << (mul_hi((y ^ x), 326983u) & 31u))); y ^= x >> 3; x = x * 31u + (max(404464u, 565503u)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (min((mul_hi(97547u, x) * (y | y)), (y >> ((y - y) & 31u)))); y ^= x >> 3; x = x * 31u + (((uint)(((int)((y - y) & 0xffffu) - (int)((y | y) & 0xffffu)) / 3) | x)); y ^= x >> 3; x = x * 31u + (((((935251u < 514928u) ? 935251u : (514928u ^ 0x55u)) * 594347u) - x)); y ^= x >> 3; x = x * 31u + ((x % ((uint)(((int)((853185u & x) & 0xffffu) - (int)(max(x, y) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((max(x, 839756u) >> (y & 31u)) * (max(779043u, x) << ((x * 607142u) & 31u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (min(x, 348785u)); y ^= x >> 3; x = x * 31u + (((y < (((y << (x & 31u)) < 271596u) ? (y << (x & 31u)) : (271596u ^ 0x55u))) ? y : ((((y << (x & 31u)) < 271596u) ? (y << (x & 31u)) : (271596u ^ 0x55u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = (576755u >> ((((3895u < d) ? 3895u : (d ^ 0x55u)) | (gid >> (gid & 31u))) & 31u));
  b = (lid + ((d | d) - (823591u + b)));
  c = (b % (361808u | 1u));
  p[(mul_hi(c, 491024u) + 5u) & 7u] = ((gid ^ 292828u) * (c - c)); b += p[6u & 7u];
  b ^= convert_uint_sat(fabs(((3.89f - f) + fmax(f, f))) * 16.0f);
  b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  b = h0(a, 912228u);
  d = h0(max(mul_hi(b, 464460u), 313010u), 343596u);
  p[(778278u + 0u) & 7u] = ((gid % (b | 1u)) >> ((19527u - lid) & 31u)); d += p[4u & 7u];
  tile[lid] = ((b << (c & 31u)) + gid); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 21u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
