struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((((y < y) ? y : (y ^ 0x55u)) >> (x & 31u)) < (uint)(((int)((y | y) & 0xffffu) - (int)((131554u * 464449u) & 0xffffu)) / 3)) ? (((y < y) ? y : (y ^ 0x55u)) >> (x & 31u)) : ((uint)(((int)((y | y) & 0xffffu) - (int)((131554u * 464449u) & 0xffffu)) / 3) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((((y < x) ? y : (x ^ 0x55u)) + (y * y)) ^ x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = mul_hi(max(max(b, 917441u), d), ((369156u / (c | 1u)) - (lid | d)));
  b ^= convert_uint_sat(fabs(fmin(clamp(g, -4.0f, 4.0f), (g - f))) * 16.0f);
  switch (rotate(min(83859u, gid), (a - c)) & 3u) { case 0: a += 1u; break; case 1: a ^= 837u; /* falls through */ case 2: a = (gid * mul_hi(d, d)); break; default: a = rotate(a, 3u); }
  p[((b >> (c & 31u)) + 5u) & 7u] = (((506511u < c) ? 506511u : (c ^ 0x55u)) & (c % (c | 1u))); a += p[1u & 7u];
  p[((lid / (b | 1u)) + 2u) & 7u] = ((443466u - 559971u) ^ lid); b += p[1u & 7u];
  switch (b & 3u) { case 0: d += 1u; break; case 1: d ^= 269u; /* falls through */ case 2: d = (c + (308234u | lid)); break; default: d = rotate(d, 3u); }
  tile[lid] = ((30450u | a) ^ lid); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 1u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
