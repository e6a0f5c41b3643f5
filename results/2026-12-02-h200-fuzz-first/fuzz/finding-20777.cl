struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi(max(min(y, 1043164u), 842654u), (x ^ mul_hi(x, y)))); y ^= x >> 3; x = x * 31u + ((y + ((y % (y | 1u)) * (x << (y & 31u))))); y ^= x >> 3; x = x * 31u + (828394u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((rotate(x, 390776u) < (uint)(((int)(108280u & 0xffffu) - (int)(x & 0xffffu)) / 3)) ? rotate(x, 390776u) : ((uint)(((int)(108280u & 0xffffu) - (int)(x & 0xffffu)) / 3) ^ 0x55u)) * ((uint)(((int)(x & 0xffffu) - (int)(187467u & 0xffffu)) / 3) * min(937111u, y)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((rotate((y / (x | 1u)), (29311u << (134150u & 31u))) * y)); y ^= x >> 3; x = x * 31u + ((mul_hi((697299u * x), ((x < x) ? x : (x ^ 0x55u))) / ((uint)(((int)(max(933400u, 1020710u) & 0xffffu) - (int)((y % (x | 1u)) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + (((y >> ((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) & 31u)) % (((x << (y & 31u)) - (y % (y | 1u))) | 1u))); y ^= x >> 3; x = x * 31u + ((((891013u << (x & 31u)) & mul_hi(y, 500948u)) % (y | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y < mul_hi(22961u, y)) ? y : (mul_hi(22961u, y) ^ 0x55u)) & 0xffffu) - (int)(((1039177u | 708998u) | (y ^ x)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((x / (564064u | 1u)) ^ rotate(x, 509071u)) + (rotate(x, 705886u) << (max(x, x) & 31u)))); y ^= x >> 3; x = x * 31u + (((max(y, x) - ((327481u < x) ? 327481u : (x ^ 0x55u))) * x)); y ^= x >> 3; x = x * 31u + ((max((x & x), min(y, x)) | x)); y ^= x >> 3; x = x * 31u + (((115178u & (326496u | x)) | ((y << (y & 31u)) | rotate(y, y)))); y ^= x >> 3; x = x * 31u + (548233u); y ^= x >> 3; x = x * 31u + ((((170464u << (770371u & 31u)) | rotate(y, x)) + 267923u)); y ^= x >> 3; x = x * 31u + ((210369u | y)); y ^= x >> 3; x = x * 31u + ((((y & 820666u) % ((x >> (y & 31u)) | 1u)) + (max(647821u, 117300u) | (x | x)))); y ^= x >> 3; x = x * 31u + (52420u); y ^= x >> 3; x = x * 31u + ((((x - 472441u) - 1009071u) / (((y % (y | 1u)) >> (((x < 749621u) ? x : (749621u ^ 0x55u)) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + ((748634u / (min((y | x), max(x, y)) | 1u))); y ^= x >> 3; x = x * 31u + (min(((x | 437475u) ^ (y << (722088u & 31u))), ((737461u >> (y & 31u)) / (mul_hi(x, 711608u) | 1u)))); y ^= x >> 3; x = x * 31u + ((((y / (y | 1u)) + (893385u ^ x)) / ((x & max(583635u, x)) | 1u))); y ^= x >> 3; x = x * 31u + ((x | ((y + x) ^ (y << (x & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = (547300u << ((uint)(((int)((c << (c & 31u)) & 0xffffu) - (int)((a / (lid | 1u)) & 0xffffu)) / 3) & 31u));
  a = ((((c & 464987u) * c) < lid) ? ((c & 464987u) * c) : (lid ^ 0x55u));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
