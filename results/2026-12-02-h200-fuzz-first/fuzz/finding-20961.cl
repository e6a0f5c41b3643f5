struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((max(718560u, (x * x)) + (y / (x | 1u)))); y ^= x >> 3; x = x * 31u + (min(max((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3), rotate(326499u, 13578u)), 1003299u)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = gid;
  g = clamp(f, -1000.0f, 1000.0f);
  p[(gid + 6u) & 7u] = max((414577u / (c | 1u)), (939186u ^ 516149u)); a += p[5u & 7u];
  g = clamp(3.39f, -1000.0f, 1000.0f);
  tile[lid] = (c % ((uint)(((int)(a & 0xffffu) - (int)(720317u & 0xffffu)) / 3) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 59u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
