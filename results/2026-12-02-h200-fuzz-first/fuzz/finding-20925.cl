struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi((((x << (460835u & 31u)) < x) ? (x << (460835u & 31u)) : (x ^ 0x55u)), (min(x, y) / (x | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((mul_hi((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3), rotate(y, x)) % (y | 1u))); y ^= x >> 3; x = x * 31u + ((x / (x | 1u))); y ^= x >> 3; x = x * 31u + ((rotate(min(x, y), (y % (y | 1u))) & (x ^ x))); y ^= x >> 3; x = x * 31u + (501104u); y ^= x >> 3; x = x * 31u + (rotate(((y - y) | min(y, y)), (mul_hi(798515u, y) << ((651929u % (x | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((y ^ 369020u) & (x ^ x)) << ((152652u >> ((y ^ y) & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + (min(max((x ^ 848391u), x), (min(x, x) << ((x - y) & 31u)))); y ^= x >> 3; x = x * 31u + ((max(mul_hi(x, 977090u), (598927u % (y | 1u))) >> (max(((x < y) ? x : (y ^ 0x55u)), 303755u) & 31u))); y ^= x >> 3; x = x * 31u + (((((uint)(((int)(y & 0xffffu) - (int)(825946u & 0xffffu)) / 3) < (x % (1031858u | 1u))) ? (uint)(((int)(y & 0xffffu) - (int)(825946u & 0xffffu)) / 3) : ((x % (1031858u | 1u)) ^ 0x55u)) % (((x + 784451u) << ((y << (x & 31u)) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y | x) | (y << (863283u & 31u))) & 0xffffu) - (int)(((x << (y & 31u)) + (x * 659312u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((x * 530152u) % (983191u | 1u)) / (((x + 96638u) << (((x < 659407u) ? x : (659407u ^ 0x55u)) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((y - 17234u) / ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u)) << (max(y, x) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)((((x & y) < (x + y)) ? (x & y) : ((x + y) ^ 0x55u)) & 0xffffu) - (int)(mul_hi((795502u >> (y & 31u)), y) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = ((uint)(((int)(mul_hi(b, gid) & 0xffffu) - (int)(c & 0xffffu)) / 3) % (((545241u | d) & (b / (gid | 1u))) | 1u));
  a = (max(gid, rotate(730202u, 533535u)) >> ((uint)(((int)((uint)(((int)(820831u & 0xffffu) - (int)(124566u & 0xffffu)) / 3) & 0xffffu) - (int)(901458u & 0xffffu)) / 3) & 31u));
  d = mul_hi(((lid + lid) - (243024u - b)), b);
  c = 39904u;
  p[(max(a, a) + 5u) & 7u] = (177852u ^ a); a += p[1u & 7u];
  switch ((uint)(((int)(344433u & 0xffffu) - (int)((d % (a | 1u)) & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 222u; /* falls through */ case 2: a = rotate(c, (490718u * a)); break; default: a = rotate(a, 3u); }
  if ((max(lid, lid) | (a / (a | 1u))) > (rotate(479734u, 947753u) % (b | 1u))) { f = clamp(1.99f, -1000.0f, 1000.0f); } else { if (((d & gid) - (lid & 802168u)) != max(84988u, (d >> (c & 31u)))) { d = 123069u; } else { b = (b + (d ^ (506587u << (426824u & 31u)))); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
