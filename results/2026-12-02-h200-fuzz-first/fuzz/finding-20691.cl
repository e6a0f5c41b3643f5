struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((457506u << ((y | 538082u) & 31u)) + x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (max(c, (508504u % (a | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 61u; /* falls through */ case 2: c = rotate((gid / (d | 1u)), 744821u); break; default: c = rotate(c, 3u); }
  a ^= convert_uint_sat(fabs(fmin(((float)(a & 255u) + 2.28f), clamp(0.5f, -4.0f, 4.0f))) * 16.0f);
  b = h0(min((lid + gid), (b & c)), 658331u);
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; switch (((c | 47040u) / (gid | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 76u; /* falls through */ case 2: d = a; break; default: d = rotate(d, 3u); } }
  tile[lid] = 288107u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 19u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
