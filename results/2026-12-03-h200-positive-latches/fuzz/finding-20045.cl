struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y ^ (y & 416759u)) < y) ? (y ^ (y & 416759u)) : (y ^ 0x55u))); y ^= x >> 3; x = x * 31u + (101622u); y ^= x >> 3; x = x * 31u + ((((((755359u < y) ? 755359u : (y ^ 0x55u)) ^ (987222u ^ 642097u)) < rotate((x >> (y & 31u)), (x << (434372u & 31u)))) ? (((755359u < y) ? 755359u : (y ^ 0x55u)) ^ (987222u ^ 642097u)) : (rotate((x >> (y & 31u)), (x << (434372u & 31u))) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (rotate((rotate(974253u, y) % (x | 1u)), 828218u)); y ^= x >> 3; x = x * 31u + ((255656u / ((((1000182u < 142830u) ? 1000182u : (142830u ^ 0x55u)) % ((267267u << (y & 31u)) | 1u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = h0(702943u, gid);
  p[((lid >> (a & 31u)) + 5u) & 7u] = 406844u; c += p[4u & 7u];
  if (707272u < gid) { c ^= convert_uint_sat(fabs(fmin((float)(a & 255u), ((float)(a & 255u) - (float)(a & 255u)))) * 16.0f); } else { if ((a % ((a / (561012u | 1u)) | 1u)) == (min(c, c) | (c ^ lid))) { d ^= convert_uint_sat(fabs(fmax((f / (fabs(g) + 1.0f)), (g * 2.47f))) * 16.0f); } else { b = gid; } }
  switch ((lid - (c & c)) & 3u) { case 0: a += 1u; break; case 1: a ^= 547u; /* falls through */ case 2: a = ((a << (d & 31u)) * a); break; default: a = rotate(a, 3u); }
  c = h0(max((d * gid), 1047383u), ((uint)(((int)(158988u & 0xffffu) - (int)(557664u & 0xffffu)) / 3) << ((c / (756502u | 1u)) & 31u)));
  a ^= convert_uint_sat(fabs((1.57f * (f + 1.89f))) * 16.0f);
  f = clamp(sqrt(fabs((f / (fabs((float)(a & 255u)) + 1.0f)))), -1000.0f, 1000.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
