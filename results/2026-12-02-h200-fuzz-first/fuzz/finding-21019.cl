struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (1018159u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((rotate(1018089u, 588339u) | (x >> (y & 31u))) + (min(677383u, x) / ((y / (119197u | 1u)) | 1u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((uint)(((int)((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) & 0xffffu) - (int)(max(y, y) & 0xffffu)) / 3) / (((x / (x | 1u)) >> (y & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (((mul_hi(x, x) & x) + rotate((x & 125070u), (721428u & y)))); y ^= x >> 3; x = x * 31u + (min(rotate(max(y, y), rotate(x, y)), (uint)(((int)(y & 0xffffu) - (int)(616737u & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(y & 0xffffu) - (int)((rotate(x, x) - (853602u / (x | 1u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(clamp(fmax((float)(a & 255u), ((float)(a & 255u) + 3.43f)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  switch (mul_hi(mul_hi(a, d), (lid << (97569u & 31u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 395u; /* falls through */ case 2: a = 958995u; break; default: a = rotate(a, 3u); }
  f = clamp((fmax(2.33f, f) * (float)(a & 255u)), -1000.0f, 1000.0f);
  switch (((gid | 312654u) << ((uint)(((int)(407079u & 0xffffu) - (int)(94354u & 0xffffu)) / 3) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 836u; /* falls through */ case 2: a = d; break; default: a = rotate(a, 3u); }
  switch (((lid * lid) >> ((a - c) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 820u; /* falls through */ case 2: c = (gid << ((lid / (655456u | 1u)) & 31u)); break; default: c = rotate(c, 3u); }
  tile[lid] = (((824498u < gid) ? 824498u : (gid ^ 0x55u)) / (c | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 27u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
