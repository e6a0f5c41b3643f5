struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((max(x, x) << (((x < y) ? x : (y ^ 0x55u)) & 31u)) * ((uint)(((int)(837359u & 0xffffu) - (int)(y & 0xffffu)) / 3) >> (x & 31u)))); y ^= x >> 3; x = x * 31u + ((((x / (x | 1u)) + (uint)(((int)(124730u & 0xffffu) - (int)(708115u & 0xffffu)) / 3)) * max(x, ((326752u < x) ? 326752u : (x ^ 0x55u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  g = clamp((fmin((g - 1.31f), clamp(g, -4.0f, 4.0f)) / (fabs(fmin(((float)(a & 255u) - f), sqrt(fabs(f)))) + 1.0f)), -1000.0f, 1000.0f);
  p[((c ^ c) + 5u) & 7u] = ((b | a) | (lid & lid)); b += p[6u & 7u];
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
