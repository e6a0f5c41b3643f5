struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((y / (x | 1u)) >> (x & 31u)) & (rotate(y, 826149u) / ((y | x) | 1u)))); y ^= x >> 3; x = x * 31u + ((x - ((946131u << (y & 31u)) >> (min(931116u, 13459u) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((max((y / (336618u | 1u)), x) - min(236099u, (x + y)))); y ^= x >> 3; x = x * 31u + (rotate(((639492u | y) % ((x & x) | 1u)), (((x & y) < (y / (y | 1u))) ? (x & y) : ((y / (y | 1u)) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (min((uint)(((int)((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) & 0xffffu) - (int)(648079u & 0xffffu)) / 3), ((y ^ y) * (y / (y | 1u))))); y ^= x >> 3; x = x * 31u + ((rotate((uint)(((int)(282343u & 0xffffu) - (int)(41984u & 0xffffu)) / 3), x) % (((y % (x | 1u)) | x) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((509978u < ((x | y) - (995173u * x))) ? 509978u : (((x | y) - (995173u * x)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (376190u); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((min((x % (y | 1u)), (611237u + x)) | rotate(y, (586836u - 864667u)))); y ^= x >> 3; x = x * 31u + ((rotate(y, (y - y)) | ((741735u / (y | 1u)) * y))); y ^= x >> 3; x = x * 31u + (327860u); y ^= x >> 3; x = x * 31u + ((((x << (977561u & 31u)) ^ 910069u) - (mul_hi(x, 94846u) & (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((x & (min(957919u, x) & (752035u / (x | 1u))))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((max(505683u, 273968u) | (358773u ^ 242262u)) < ((y % (x | 1u)) ^ (x % (x | 1u)))) ? (max(505683u, 273968u) | (358773u ^ 242262u)) : (((y % (x | 1u)) ^ (x % (x | 1u))) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = (lid % ((uint)(((int)(a & 0xffffu) - (int)(max(c, lid) & 0xffffu)) / 3) | 1u));
  g = clamp(fmin(f, g), -1000.0f, 1000.0f);
  p[(gid + 0u) & 7u] = ((a % (758531u | 1u)) + mul_hi(gid, c)); b += p[7u & 7u];
  c = min(a, ((d - c) << ((a ^ b) & 31u)));
  switch (((a - d) + (c >> (189488u & 31u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 871u; /* falls through */ case 2: c = gid; break; default: c = rotate(c, 3u); }
  d = h0((((a ^ a) < (c | 715489u)) ? (a ^ a) : ((c | 715489u) ^ 0x55u)), ((gid * lid) / (gid | 1u)));
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
