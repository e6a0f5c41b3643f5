struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((898738u - 248365u) - rotate(416146u, x)) - (uint)(((int)((y + x) & 0xffffu) - (int)(y & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((rotate((689753u + 210886u), (y >> (x & 31u))) / (((866223u >> (y & 31u)) % (x | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (max((uint)(((int)((y - 646930u) & 0xffffu) - (int)((x & x) & 0xffffu)) / 3), ((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) | max(x, y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h0(rotate(mul_hi(lid, c), (d * gid)), ((b >> (d & 31u)) + (c * lid)));
  a = h0(max(3297u, (uint)(((int)(b & 0xffffu) - (int)(d & 0xffffu)) / 3)), ((137904u & a) | (lid * d)));
  d = b;
  p[(min(c, c) + 6u) & 7u] = ((c * d) - (c & 605058u)); a += p[0u & 7u];
  tile[lid] = b; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 40u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
