struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x + x) - 137338u) ^ (y << (min(y, 810398u) & 31u)))); y ^= x >> 3; x = x * 31u + ((321735u & (uint)(((int)((x - y) & 0xffffu) - (int)((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((rotate(rotate(x, 803234u), min(y, y)) << (x & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs(fmin(fmin(g, f), fmin((float)(a & 255u), 1.66f))) * 16.0f);
  d = min(83921u, ((uint)(((int)(lid & 0xffffu) - (int)(1021225u & 0xffffu)) / 3) | (lid * b)));
  b = (min(rotate(gid, lid), (919366u ^ lid)) & min(max(c, lid), (142324u / (d | 1u))));
  tile[lid] = (b & rotate(lid, a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 23u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
