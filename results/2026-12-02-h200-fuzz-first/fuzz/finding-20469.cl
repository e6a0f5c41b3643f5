struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi(max((y | x), y), y)); y ^= x >> 3; x = x * 31u + ((rotate(mul_hi(y, 98049u), (x % (300241u | 1u))) * y)); y ^= x >> 3; x = x * 31u + (((y < ((y - x) << ((572862u / (y | 1u)) & 31u))) ? y : (((y - x) << ((572862u / (y | 1u)) & 31u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((lid & gid) ^ d) == d) { a = (b & (((a % (gid | 1u)) < (b ^ 391402u)) ? (a % (gid | 1u)) : ((b ^ 391402u) ^ 0x55u))); } else { for (int k = 0; k < 1; k++) {  f = clamp(g, -1000.0f, 1000.0f); } }
  d = h0(a, (a >> (((gid < 837512u) ? gid : (837512u ^ 0x55u)) & 31u)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
