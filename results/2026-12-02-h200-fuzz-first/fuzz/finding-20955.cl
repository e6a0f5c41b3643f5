struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(((x | x) >> ((875075u ^ y) & 31u)), x)); y ^= x >> 3; x = x * 31u + (max(min(((y < x) ? y : (x ^ 0x55u)), (y / (1009151u | 1u))), y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((y - x) >> (640497u & 31u))); y ^= x >> 3; x = x * 31u + (((max(x, y) + mul_hi(837610u, 376311u)) ^ (x % (rotate(x, 864368u) | 1u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((425230u / (x | 1u)) & x) & 0xffffu) - (int)(((y << (y & 31u)) - (414017u | y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (mul_hi((x % (y | 1u)), (uint)(((int)((429598u - x) & 0xffffu) - (int)(mul_hi(985448u, y) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(mul_hi(max(11124u, 1008027u), (x % (y | 1u))) & 0xffffu) - (int)(657925u & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((rotate(x, 618259u) >> ((x + x) & 31u)) - x)); y ^= x >> 3; x = x * 31u + ((mul_hi((x << (x & 31u)), (uint)(((int)(y & 0xffffu) - (int)(438716u & 0xffffu)) / 3)) % ((((x + y) < (x >> (146956u & 31u))) ? (x + y) : ((x >> (146956u & 31u)) ^ 0x55u)) | 1u))); y ^= x >> 3; x = x * 31u + ((min(x, min(x, y)) / ((946541u + (y >> (y & 31u))) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((((y << (618198u & 31u)) < (x - x)) ? (y << (618198u & 31u)) : ((x - x) ^ 0x55u)) * ((y | y) >> ((y | x) & 31u)))); y ^= x >> 3; x = x * 31u + ((min((x ^ x), rotate(436410u, y)) * ((505900u | x) & rotate(784920u, x)))); y ^= x >> 3; x = x * 31u + (mul_hi(mul_hi(384875u, (x ^ y)), 466770u)); y ^= x >> 3; x = x * 31u + (rotate(729381u, x)); y ^= x >> 3; x = x * 31u + (((uint)(((int)(x & 0xffffu) - (int)((x % (y | 1u)) & 0xffffu)) / 3) % (y | 1u))); y ^= x >> 3; x = x * 31u + (((x | (x | x)) + 287657u)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((323991u - mul_hi(22185u, y)) & 204793u)); y ^= x >> 3; x = x * 31u + (1007646u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (((1004886u ^ 424357u) + (c + 869861u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 41u; /* falls through */ case 2: d = (((180908u < a) ? 180908u : (a ^ 0x55u)) / (rotate(gid, a) | 1u)); break; default: d = rotate(d, 3u); }
  switch (((((d < 70472u) ? d : (70472u ^ 0x55u)) < c) ? ((d < 70472u) ? d : (70472u ^ 0x55u)) : (c ^ 0x55u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 446u; /* falls through */ case 2: a = (((a < 50543u) ? a : (50543u ^ 0x55u)) & (uint)(((int)(310563u & 0xffffu) - (int)(c & 0xffffu)) / 3)); break; default: a = rotate(a, 3u); }
  b = (((369996u << (965779u & 31u)) << (d & 31u)) + (((gid / (c | 1u)) < mul_hi(gid, lid)) ? (gid / (c | 1u)) : (mul_hi(gid, lid) ^ 0x55u)));
  c = h0((rotate(a, d) - gid), rotate(b, min(1007466u, 685211u)));
  c = h0(a, b);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
