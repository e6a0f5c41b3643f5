struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((mul_hi((x - 299681u), mul_hi(y, 599682u)) >> (((x << (y & 31u)) - rotate(x, x)) & 31u))); y ^= x >> 3; x = x * 31u + (((323469u << ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) & 31u)) / (mul_hi((26754u & 1048021u), y) | 1u))); y ^= x >> 3; x = x * 31u + (((((y < x) ? y : (x ^ 0x55u)) % (x | 1u)) & y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (max(((y / (577124u | 1u)) | y), y)); y ^= x >> 3; x = x * 31u + (((min(x, (y | y)) < (rotate(x, y) ^ x)) ? min(x, (y | y)) : ((rotate(x, y) ^ x) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((x % (y | 1u)) & (x / (x | 1u))) / ((y - ((y < 698261u) ? y : (698261u ^ 0x55u))) | 1u))); y ^= x >> 3; x = x * 31u + ((mul_hi((y / (449474u | 1u)), 440699u) >> ((x | y) & 31u))); y ^= x >> 3; x = x * 31u + ((((y % (310059u | 1u)) & (983925u - y)) / ((uint)(((int)((y + y) & 0xffffu) - (int)(992939u & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + ((((830302u >> (850840u & 31u)) - y) % (mul_hi(y, (x | 55043u)) | 1u))); y ^= x >> 3; x = x * 31u + ((((727497u & 639220u) - rotate(y, x)) % (955925u | 1u))); y ^= x >> 3; x = x * 31u + (((y & (209090u % (361925u | 1u))) & ((301331u << (690442u & 31u)) * (x >> (y & 31u))))); y ^= x >> 3; x = x * 31u + (max(mul_hi((372138u >> (y & 31u)), (y << (339599u & 31u))), (((y < x) ? y : (x ^ 0x55u)) ^ (125842u ^ y)))); y ^= x >> 3; x = x * 31u + (min((mul_hi(901450u, y) & (194395u << (357585u & 31u))), mul_hi((483570u % (969629u | 1u)), (809581u * y)))); y ^= x >> 3; x = x * 31u + (max(((y | x) - (x + x)), x)); y ^= x >> 3; x = x * 31u + (rotate((mul_hi(757435u, x) << (y & 31u)), ((y << (x & 31u)) % (x | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs(fmax(f, (f / (fabs(f) + 1.0f)))) * 16.0f);
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; switch (909042u & 3u) { case 0: a += 1u; break; case 1: a ^= 763u; /* falls through */ case 2: a = (mul_hi(a, lid) | (578747u + d)); break; default: a = rotate(a, 3u); } }
  if (((lid / (gid | 1u)) << (gid & 31u)) == (((433371u + 133410u) < (d >> (c & 31u))) ? (433371u + 133410u) : ((d >> (c & 31u)) ^ 0x55u))) { a = h1(((a / (gid | 1u)) / (lid | 1u)), min((482142u >> (a & 31u)), 879939u)); } else { g = clamp((sqrt(fabs(f)) * ((float)(a & 255u) - 3.29f)), -1000.0f, 1000.0f); }
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 7u) break; for (int k = 0; k < 2; k++) { if ((c & 7u) == 6u) break; d = (rotate((a - a), b) * 198307u); } }
  for (int k = 0; k < 1; k++) {  switch (rotate(max(lid, gid), (c >> (lid & 31u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 17u; /* falls through */ case 2: d = (1010866u >> ((gid / (442145u | 1u)) & 31u)); break; default: d = rotate(d, 3u); } }
  for (int k = 0; k < 6; k++) {  d = h1((min(gid, 638033u) * max(a, c)), (424878u ^ max(211658u, b))); }
  g = clamp(f, -1000.0f, 1000.0f);
  d = c;
  switch (((lid * 989276u) << ((gid % (228584u | 1u)) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 337u; /* falls through */ case 2: c = d; break; default: c = rotate(c, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
