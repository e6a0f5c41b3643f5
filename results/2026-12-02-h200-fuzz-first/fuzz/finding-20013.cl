struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((571543u & min(min(y, 458027u), y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((min(x, y) + 234231u) * mul_hi(84014u, (y << (3253u & 31u))))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (min(x, 606955u)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(y & 0xffffu) - (int)((y + 802631u) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((y & (x * y)) | max(x, (y - 174453u)))); y ^= x >> 3; x = x * 31u + ((((357225u << (752181u & 31u)) < mul_hi(((x < x) ? x : (x ^ 0x55u)), (y << (y & 31u)))) ? (357225u << (752181u & 31u)) : (mul_hi(((x < x) ? x : (x ^ 0x55u)), (y << (y & 31u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((uint)(((int)((y & 416207u) & 0xffffu) - (int)((y | x) & 0xffffu)) / 3) - (647102u / ((y + y) | 1u)))); y ^= x >> 3; x = x * 31u + (max(814623u, rotate(y, (678459u % (x | 1u))))); y ^= x >> 3; x = x * 31u + ((y << (128899u & 31u))); y ^= x >> 3; x = x * 31u + ((((y * (x >> (x & 31u))) < ((3275u ^ x) - rotate(897593u, x))) ? (y * (x >> (x & 31u))) : (((3275u ^ x) - rotate(897593u, x)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((x & x) * (y << (y & 31u))) >> (((uint)(((int)(y & 0xffffu) - (int)(808282u & 0xffffu)) / 3) & mul_hi(195413u, y)) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((min(((x < x) ? x : (x ^ 0x55u)), min(y, y)) ^ x)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((min(y, 1027320u) & (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)) << (((268756u << (x & 31u)) >> (y & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + (98043u); y ^= x >> 3; x = x * 31u + ((rotate(rotate(538261u, x), (y / (220515u | 1u))) | x)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (max(373954u, ((y | y) | (x << (x & 31u))))); y ^= x >> 3; x = x * 31u + (((((y < x) ? y : (x ^ 0x55u)) * mul_hi(y, x)) | x)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = ((d << ((a / (gid | 1u)) & 31u)) ^ lid);
  if ((min(147321u, b) + ((a < 518918u) ? a : (518918u ^ 0x55u))) == (((735057u | c) < (b % (679200u | 1u))) ? (735057u | c) : ((b % (679200u | 1u)) ^ 0x55u))) { c = h0(((lid ^ 487245u) % (gid | 1u)), (lid % (702795u | 1u))); } else { a = mul_hi((gid | gid), ((uint)(((int)(c & 0xffffu) - (int)(479285u & 0xffffu)) / 3) | rotate(936189u, gid))); }
  tile[lid] = max((lid >> (gid & 31u)), (gid << (966771u & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 26u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
