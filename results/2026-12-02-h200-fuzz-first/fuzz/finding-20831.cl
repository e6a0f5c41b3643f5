struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((x >> ((699683u | y) & 31u)) - y)); y ^= x >> 3; x = x * 31u + (rotate(((x & y) - 684460u), ((y % (857728u | 1u)) >> ((y / (646870u | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + (((x >> (159569u & 31u)) % (y | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = lid;
  f = clamp(((fmin(g, f) / (fabs(1.59f) + 1.0f)) / (fabs(clamp(sqrt(fabs(f)), -4.0f, 4.0f)) + 1.0f)), -1000.0f, 1000.0f);
  b = mul_hi(lid, ((c ^ a) & (uint)(((int)(d & 0xffffu) - (int)(c & 0xffffu)) / 3)));
  b = ((((d / (b | 1u)) < (a & 850050u)) ? (d / (b | 1u)) : ((a & 850050u) ^ 0x55u)) - ((max(c, c) < b) ? max(c, c) : (b ^ 0x55u)));
  d ^= convert_uint_sat(fabs(sqrt(fabs(fmin(f, g)))) * 16.0f);
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; g = clamp(1.59f, -1000.0f, 1000.0f); }
  p[((gid % (227163u | 1u)) + 2u) & 7u] = ((a ^ b) ^ (884207u << (d & 31u))); d += p[0u & 7u];
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
