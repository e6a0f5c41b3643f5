struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (629132u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((y / ((712081u | y) | 1u)) & min(min(x, 104505u), (uint)(((int)(y & 0xffffu) - (int)(715954u & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((x & ((y | x) >> ((602327u ^ x) & 31u)))); y ^= x >> 3; x = x * 31u + ((mul_hi((y + x), (x / (y | 1u))) - max((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3), (y + 560009u)))); y ^= x >> 3; x = x * 31u + ((x * rotate((x - 994208u), max(x, 629944u)))); y ^= x >> 3; x = x * 31u + (((min((y >> (y & 31u)), max(x, 356660u)) < ((429687u >> (x & 31u)) << ((1032842u * 612722u) & 31u))) ? min((y >> (y & 31u)), max(x, 356660u)) : (((429687u >> (x & 31u)) << ((1032842u * 612722u) & 31u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((y | ((588265u % (350656u | 1u)) | x))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (805848u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = b;
  c ^= convert_uint_sat(fabs(3.16f) * 16.0f);
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; a ^= convert_uint_sat(fabs(sqrt(fabs(sqrt(fabs(g))))) * 16.0f); } }
  switch (lid & 3u) { case 0: a += 1u; break; case 1: a ^= 813u; /* falls through */ case 2: a = ((gid * d) % (a | 1u)); break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 5; k++) { if ((c & 7u) == 6u) break; for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; d = rotate(((gid << (lid & 31u)) ^ min(gid, 282969u)), ((569462u | 724031u) | (d ^ lid))); } }
  b = rotate((((gid < gid) ? gid : (gid ^ 0x55u)) + d), ((gid & b) + max(b, 115064u)));
  b = ((c >> (lid & 31u)) % (529981u | 1u));
  tile[lid] = (max(a, 650202u) >> ((397817u & a) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 46u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
