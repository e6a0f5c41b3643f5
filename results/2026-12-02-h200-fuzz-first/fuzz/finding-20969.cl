struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (485931u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = ((((62182u < a) ? 62182u : (a ^ 0x55u)) / ((818565u & c) | 1u)) - (uint)(((int)(rotate(d, c) & 0xffffu) - (int)((uint)(((int)(190065u & 0xffffu) - (int)(gid & 0xffffu)) / 3) & 0xffffu)) / 3));
  b = (((487156u + 118084u) - rotate(b, d)) * mul_hi((c / (c | 1u)), min(989507u, d)));
  a = max(max(mul_hi(696623u, c), 665858u), ((uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3) + (d / (gid | 1u))));
  a = ((d * min(118061u, gid)) + ((a * 1005008u) << ((gid | 966660u) & 31u)));
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
