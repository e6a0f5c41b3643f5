struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (69147u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(f, -1000.0f, 1000.0f);
  a = (lid >> (((114048u * 764062u) / (min(lid, d) | 1u)) & 31u));
  c = h0((((d * 599621u) < c) ? (d * 599621u) : (c ^ 0x55u)), (min(b, c) & (d | a)));
  c ^= convert_uint_sat(fabs((fmin((float)(a & 255u), f) / (fabs(g) + 1.0f))) * 16.0f);
  tile[lid] = ((a << (gid & 31u)) ^ (910530u + 884451u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 43u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
