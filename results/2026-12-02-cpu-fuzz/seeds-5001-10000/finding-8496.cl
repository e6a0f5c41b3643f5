struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (265910u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((818428u << (((rotate(x, 195562u) < (1005792u & 18454u)) ? rotate(x, 195562u) : ((1005792u & 18454u) ^ 0x55u)) & 31u))); y ^= x >> 3; x = x * 31u + ((((y >> (530623u & 31u)) - (x + x)) << (y & 31u))); y ^= x >> 3; x = x * 31u + ((rotate((y * y), (y & y)) & (x ^ 765011u))); y ^= x >> 3; x = x * 31u + (458203u); y ^= x >> 3; x = x * 31u + ((((310684u % (x | 1u)) | y) + ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) << ((uint)(((int)(x & 0xffffu) - (int)(920527u & 0xffffu)) / 3) & 31u)))); y ^= x >> 3; x = x * 31u + (min(x, ((781099u ^ y) - (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((64777u | ((y & x) | (607150u >> (x & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (min((636114u % (gid | 1u)), rotate(909150u, gid)) & 3u) { case 0: c += 1u; break; case 1: c ^= 714u; /* falls through */ case 2: c = 789404u; break; default: c = rotate(c, 3u); }
  a = (rotate(133132u, (d / (743477u | 1u))) ^ (mul_hi(c, c) << (mul_hi(930688u, 934328u) & 31u)));
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
