struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) & min(y, x)) | y)); y ^= x >> 3; x = x * 31u + (((x * 639107u) / ((uint)(((int)(x & 0xffffu) - (int)((y << (y & 31u)) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + ((((616951u & min(518784u, y)) < (rotate(x, x) % ((y - y) | 1u))) ? (616951u & min(518784u, y)) : ((rotate(x, x) % ((y - y) | 1u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = (((277949u << (c & 31u)) * (gid / (lid | 1u))) - ((c * 363235u) | 796942u));
  c ^= convert_uint_sat(fabs(g) * 16.0f);
  switch (min(147255u, (lid | 511399u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 107u; /* falls through */ case 2: d = max(mul_hi(39766u, 105391u), (uint)(((int)(lid & 0xffffu) - (int)(gid & 0xffffu)) / 3)); break; default: d = rotate(d, 3u); }
  switch (17783u & 3u) { case 0: d += 1u; break; case 1: d ^= 245u; /* falls through */ case 2: d = ((gid >> (b & 31u)) << (min(b, lid) & 31u)); break; default: d = rotate(d, 3u); }
  tile[lid] = min(max(c, a), (a * 148575u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 52u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
