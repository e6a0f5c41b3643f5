struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (114713u); y ^= x >> 3; x = x * 31u + (((uint)(((int)((y * x) & 0xffffu) - (int)((x & y) & 0xffffu)) / 3) & ((x << (x & 31u)) * min(y, 188504u)))); y ^= x >> 3; x = x * 31u + ((850115u % (((x - x) >> ((y & y) & 31u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(g, -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs((((float)(a & 255u) / (fabs(g) + 1.0f)) / (fabs((float)(a & 255u)) + 1.0f))) * 16.0f);
  p[((141696u << (1004868u & 31u)) + 7u) & 7u] = (lid - (444072u - 433515u)); d += p[2u & 7u];
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
