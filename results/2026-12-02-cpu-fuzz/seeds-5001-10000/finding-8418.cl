struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((uint)(((int)(268413u & 0xffffu) - (int)(y & 0xffffu)) / 3) * min(680909u, 740727u)) / (min(y, y) | 1u))); y ^= x >> 3; x = x * 31u + ((mul_hi((x >> (y & 31u)), y) | ((846086u - y) & 805018u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) & (84354u | x)) + (uint)(((int)((y << (746661u & 31u)) & 0xffffu) - (int)(min(y, x) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (769926u); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y / (y | 1u)) % ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u)) & 0xffffu) - (int)((((uint)(((int)(36357u & 0xffffu) - (int)(y & 0xffffu)) / 3) < ((287088u < 171599u) ? 287088u : (171599u ^ 0x55u))) ? (uint)(((int)(36357u & 0xffffu) - (int)(y & 0xffffu)) / 3) : (((287088u < 171599u) ? 287088u : (171599u ^ 0x55u)) ^ 0x55u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(min((395757u << (y & 31u)), (x % (223740u | 1u))) & 0xffffu) - (int)(((uint)(((int)(399111u & 0xffffu) - (int)(x & 0xffffu)) / 3) ^ max(y, x)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((rotate(331234u, y) << ((157576u - x) & 31u)) + ((x * y) - (529410u & x)))); y ^= x >> 3; x = x * 31u + ((((x ^ (866436u * 585103u)) < x) ? (x ^ (866436u * 585103u)) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((x - max((265789u & 879536u), y))); y ^= x >> 3; x = x * 31u + (((((436427u < 215926u) ? 436427u : (215926u ^ 0x55u)) - ((y < 143724u) ? y : (143724u ^ 0x55u))) * (uint)(((int)(711047u & 0xffffu) - (int)((773479u >> (305718u & 31u)) & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) {  a = (mul_hi((c * c), rotate(d, d)) << (740250u & 31u)); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
