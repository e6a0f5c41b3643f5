struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (366646u); y ^= x >> 3; x = x * 31u + (mul_hi(((x >> (x & 31u)) << (y & 31u)), rotate((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3), (x >> (y & 31u))))); y ^= x >> 3; x = x * 31u + ((559868u / ((rotate(y, 352034u) % ((x << (y & 31u)) | 1u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (rotate(((918242u ^ 805657u) << (x & 31u)), ((y >> (x & 31u)) * rotate(y, 280995u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((77275u - (max(1047500u, y) >> (min(x, y) & 31u)))); y ^= x >> 3; x = x * 31u + ((((301648u + y) ^ (x << (y & 31u))) << (((y & y) >> (y & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + (rotate(mul_hi((y + x), (y + 955965u)), x)); y ^= x >> 3; x = x * 31u + (777431u); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((((79674u - 111811u) < (y >> (y & 31u))) ? (79674u - 111811u) : ((y >> (y & 31u)) ^ 0x55u)) < (rotate(y, 859426u) >> ((701603u | 227889u) & 31u))) ? (((79674u - 111811u) < (y >> (y & 31u))) ? (79674u - 111811u) : ((y >> (y & 31u)) ^ 0x55u)) : ((rotate(y, 859426u) >> ((701603u | 227889u) & 31u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((min((x >> (x & 31u)), 678802u) & 729309u)); y ^= x >> 3; x = x * 31u + (max(((220727u ^ 605585u) ^ (y ^ 934110u)), (x - y))); y ^= x >> 3; x = x * 31u + (854592u); y ^= x >> 3; x = x * 31u + ((uint)(((int)((((64016u | y) < (uint)(((int)(x & 0xffffu) - (int)(913864u & 0xffffu)) / 3)) ? (64016u | y) : ((uint)(((int)(x & 0xffffu) - (int)(913864u & 0xffffu)) / 3) ^ 0x55u)) & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((108683u * (788931u + x)) < mul_hi(x, 321907u)) ? (108683u * (788931u + x)) : (mul_hi(x, 321907u) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((min(y, y) * 758407u)); y ^= x >> 3; x = x * 31u + ((max((x >> (236554u & 31u)), max(y, y)) % (x | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((y | y) & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((uint)(((int)((y / (mul_hi(y, y) | 1u)) & 0xffffu) - (int)(max((uint)(((int)(y & 0xffffu) - (int)(67381u & 0xffffu)) / 3), (972325u / (249130u | 1u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((x - ((722464u < y) ? 722464u : (y ^ 0x55u))) - ((y - y) ^ (x / (y | 1u))))); y ^= x >> 3; x = x * 31u + (((max(106696u, x) * y) >> (x & 31u))); y ^= x >> 3; x = x * 31u + (((min(993467u, y) - x) * ((y * 79190u) | y))); y ^= x >> 3; x = x * 31u + ((mul_hi(rotate(x, 365781u), (y << (x & 31u))) / (((x / (y | 1u)) / ((uint)(((int)(485855u & 0xffffu) - (int)(339889u & 0xffffu)) / 3) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (((((74285u < x) ? 74285u : (x ^ 0x55u)) & (x * 23103u)) ^ ((1465u | y) / (rotate(x, x) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = (((gid - ((c < d) ? c : (d ^ 0x55u))) < lid) ? (gid - ((c < d) ? c : (d ^ 0x55u))) : (lid ^ 0x55u));
  d = mul_hi(lid, rotate(a, (341180u >> (lid & 31u))));
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
