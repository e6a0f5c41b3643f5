struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)(y & 0xffffu) - (int)(((764238u * x) | (x & 1005570u)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((min((y << (422777u & 31u)), y) % (x | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((y << ((uint)(((int)(768585u & 0xffffu) - (int)(y & 0xffffu)) / 3) & 31u)) % ((x / (y | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (828699u); y ^= x >> 3; x = x * 31u + ((((291409u < (x ^ y)) ? 291409u : ((x ^ y) ^ 0x55u)) % ((uint)(((int)((556840u | 190149u) & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + (700309u); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((y - min((uint)(((int)(735309u & 0xffffu) - (int)(y & 0xffffu)) / 3), (202871u % (y | 1u))))); y ^= x >> 3; x = x * 31u + ((((x << (93115u & 31u)) / (max(y, x) | 1u)) - 393188u)); y ^= x >> 3; x = x * 31u + (rotate(max((830795u << (x & 31u)), (293800u << (170733u & 31u))), (y + (x - x)))); y ^= x >> 3; x = x * 31u + ((rotate(mul_hi(244870u, x), (x + y)) * (min(y, x) - x))); y ^= x >> 3; x = x * 31u + ((((y | y) / ((x << (71071u & 31u)) | 1u)) >> ((min(x, y) / ((1043815u | x) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + (mul_hi(x, y)); y ^= x >> 3; x = x * 31u + (((x * 489177u) ^ x)); y ^= x >> 3; x = x * 31u + ((x >> (273050u & 31u))); y ^= x >> 3; x = x * 31u + ((((811371u + x) | ((336750u < y) ? 336750u : (y ^ 0x55u))) ^ (x << (((y < x) ? y : (x ^ 0x55u)) & 31u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((min(max(x, 773406u), rotate(x, x)) - ((y >> (y & 31u)) | y))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((401617u & (x >> (x & 31u))) / (y | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((x | y) - (uint)(((int)(733612u & 0xffffu) - (int)(y & 0xffffu)) / 3)) & 0xffffu) - (int)(rotate((y & 714040u), 564119u) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((uint)(((int)(max(390556u, 550360u) & 0xffffu) - (int)((x * y) & 0xffffu)) / 3) >> (x & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = mul_hi(mul_hi(mul_hi(gid, 254276u), (b ^ 568298u)), (c >> ((900371u & a) & 31u)));
  a = max(b, ((a >> (596276u & 31u)) & max(b, 148154u)));
  p[((lid | d) + 6u) & 7u] = ((a / (c | 1u)) % (rotate(lid, b) | 1u)); a += p[5u & 7u];
  a = ((min(b, 460132u) >> ((b % (gid | 1u)) & 31u)) - ((132784u / (c | 1u)) + (c + a)));
  switch (((b + 341357u) >> (c & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 474u; /* falls through */ case 2: a = lid; break; default: a = rotate(a, 3u); }
  b = ((((d + d) + (a ^ 485404u)) < 877752u) ? ((d + d) + (a ^ 485404u)) : (877752u ^ 0x55u));
  a = h1(d, c);
  a = h1(lid, mul_hi(mul_hi(c, b), max(b, 1047313u)));
  if (c < (min(d, gid) ^ rotate(lid, d))) { b = h0((max(351973u, c) + (b * a)), rotate(770929u, (d + lid))); } else { if ((uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3) != ((6467u ^ c) & 219058u)) { g = clamp(g, -1000.0f, 1000.0f); } else { a ^= convert_uint_sat(fabs((clamp(f, -4.0f, 4.0f) / (fabs(clamp(f, -4.0f, 4.0f)) + 1.0f))) * 16.0f); } }
  tile[lid] = c; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 22u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
