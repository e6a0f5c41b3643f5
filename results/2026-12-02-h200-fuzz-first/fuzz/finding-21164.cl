struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(min(min(x, x), (x / (x | 1u))), mul_hi((x << (y & 31u)), (815227u ^ 41300u)))); y ^= x >> 3; x = x * 31u + (((32832u < ((86452u | y) ^ x)) ? 32832u : (((86452u | y) ^ x) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(fmin(0.76f, (fmin(f, 2.94f) / (fabs(f) + 1.0f))), -1000.0f, 1000.0f);
  d = ((a & c) | (uint)(((int)(((gid < 67480u) ? gid : (67480u ^ 0x55u)) & 0xffffu) - (int)((uint)(((int)(c & 0xffffu) - (int)(84970u & 0xffffu)) / 3) & 0xffffu)) / 3));
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; g = clamp(fmin((float)(a & 255u), clamp(f, -4.0f, 4.0f)), -1000.0f, 1000.0f); }
  tile[lid] = lid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 36u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
