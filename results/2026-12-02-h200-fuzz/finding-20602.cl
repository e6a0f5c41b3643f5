struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((max(y, (uint)(((int)(869193u & 0xffffu) - (int)(975854u & 0xffffu)) / 3)) << (((x ^ x) / (x | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (987252u); y ^= x >> 3; x = x * 31u + ((((y ^ x) * mul_hi(556638u, 941990u)) ^ (x % ((y << (x & 31u)) | 1u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (min((uint)(((int)(280389u & 0xffffu) - (int)((361812u / (y | 1u)) & 0xffffu)) / 3), y)); y ^= x >> 3; x = x * 31u + ((((x / (524146u | 1u)) ^ (y << (y & 31u))) & 311099u)); y ^= x >> 3; x = x * 31u + (694981u); y ^= x >> 3; x = x * 31u + (((((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) < (304908u / (198936u | 1u))) ? (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) : ((304908u / (198936u | 1u)) ^ 0x55u)) | (y << (y & 31u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y % (944269u | 1u)) / (min(y, 639881u) | 1u)) & 0xffffu) - (int)(((x / (x | 1u)) | (y * 997061u)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((rotate(lid, gid) << ((c + gid) & 31u)) == mul_hi((gid & d), d)) { b = a; } else { a = ((c - (lid + c)) << (max(mul_hi(lid, 54518u), (d >> (d & 31u))) & 31u)); }
  a = lid;
  b = 647793u;
  g = clamp(f, -1000.0f, 1000.0f);
  switch (((b - d) ^ ((gid < d) ? gid : (d ^ 0x55u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 862u; /* falls through */ case 2: d = max(max(a, 806714u), (d - 559112u)); break; default: d = rotate(d, 3u); }
  d = (((543805u >> (860752u & 31u)) << ((uint)(((int)(388226u & 0xffffu) - (int)(gid & 0xffffu)) / 3) & 31u)) >> (355488u & 31u));
  c = h1(838195u, ((gid - b) >> ((lid / (1038363u | 1u)) & 31u)));
  switch (mul_hi((207390u * gid), rotate(c, lid)) & 3u) { case 0: a += 1u; break; case 1: a ^= 220u; /* falls through */ case 2: a = 311540u; break; default: a = rotate(a, 3u); }
  switch (rotate(max(856803u, 989858u), (c | b)) & 3u) { case 0: d += 1u; break; case 1: d ^= 607u; /* falls through */ case 2: d = ((uint)(((int)(lid & 0xffffu) - (int)(c & 0xffffu)) / 3) * (758866u - 500570u)); break; default: d = rotate(d, 3u); }
  p[((600334u + d) + 6u) & 7u] = (lid + a); c += p[5u & 7u];
  tile[lid] = ((b % (c | 1u)) ^ (uint)(((int)(497854u & 0xffffu) - (int)(517834u & 0xffffu)) / 3)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 7u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
