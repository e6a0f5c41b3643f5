struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((209081u ^ y) - (x % (y | 1u))) / (((384668u ^ 890403u) * x) | 1u))); y ^= x >> 3; x = x * 31u + ((y * (max(612993u, 199228u) << (rotate(x, 828927u) & 31u)))); y ^= x >> 3; x = x * 31u + ((((248648u * 860560u) ^ y) ^ 315793u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (min(((y + x) >> (y & 31u)), 303935u)); y ^= x >> 3; x = x * 31u + ((y / (y | 1u))); y ^= x >> 3; x = x * 31u + (((x < ((y - y) >> ((713718u / (871509u | 1u)) & 31u))) ? x : (((y - y) >> ((713718u / (871509u | 1u)) & 31u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (mul_hi(((215515u % (x | 1u)) * (x ^ 536968u)), ((x < (y * y)) ? x : ((y * y) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((rotate((x ^ y), (y | x)) >> (((605503u * 433663u) + min(x, 404680u)) & 31u))); y ^= x >> 3; x = x * 31u + (max((uint)(((int)(y & 0xffffu) - (int)((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) & 0xffffu)) / 3), ((y >> (y & 31u)) >> ((x * y) & 31u)))); y ^= x >> 3; x = x * 31u + ((x | min(y, 278290u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((x >> (rotate((y ^ x), (986703u >> (x & 31u))) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)(147714u & 0xffffu) - (int)(((x - x) - max(1028857u, y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((rotate(y, y) | (y | 457597u)) * (mul_hi(x, y) * y))); y ^= x >> 3; x = x * 31u + (447506u); y ^= x >> 3; x = x * 31u + (((x | (y - 340628u)) >> ((uint)(((int)(((y < 848958u) ? y : (848958u ^ 0x55u)) & 0xffffu) - (int)(184501u & 0xffffu)) / 3) & 31u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((x + x) & 0xffffu) - (int)(1047478u & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((x + x) + (x * y)) ^ (x ^ (796380u >> (x & 31u))))); y ^= x >> 3; x = x * 31u + ((((597840u - 891519u) / ((y << (x & 31u)) | 1u)) + 207001u)); y ^= x >> 3; x = x * 31u + (min(((((678446u < x) ? 678446u : (x ^ 0x55u)) < (714566u & x)) ? ((678446u < x) ? 678446u : (x ^ 0x55u)) : ((714566u & x) ^ 0x55u)), min(max(y, y), ((321603u < x) ? 321603u : (x ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (((80001u | (598788u * x)) ^ mul_hi((x % (y | 1u)), 811352u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  switch ((uint)(((int)((840522u ^ c) & 0xffffu) - (int)((153481u / (497085u | 1u)) & 0xffffu)) / 3) & 3u) { case 0: b += 1u; break; case 1: b ^= 276u; /* falls through */ case 2: b = d; break; default: b = rotate(b, 3u); }
  f = clamp(clamp((float)(a & 255u), -4.0f, 4.0f), -1000.0f, 1000.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
