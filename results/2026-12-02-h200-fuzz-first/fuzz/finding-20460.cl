struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (309852u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((y + 1040000u) % (y | 1u)) ^ (rotate(343213u, x) ^ y))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((293561u ^ x)); y ^= x >> 3; x = x * 31u + ((((948200u - y) / ((y - 708374u) | 1u)) - rotate(y, 573027u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((mul_hi(y, (x & y)) | mul_hi(x, 438777u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; switch (lid & 3u) { case 0: a += 1u; break; case 1: a ^= 965u; /* falls through */ case 2: a = 419112u; break; default: a = rotate(a, 3u); } }
  switch (((lid / (lid | 1u)) | (a >> (d & 31u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 214u; /* falls through */ case 2: a = ((593129u / (821245u | 1u)) / (mul_hi(b, b) | 1u)); break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 0u) continue; b ^= convert_uint_sat(fabs(f) * 16.0f); }
  switch (b & 3u) { case 0: a += 1u; break; case 1: a ^= 517u; /* falls through */ case 2: a = lid; break; default: a = rotate(a, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
