struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((231646u * y) < (uint)(((int)(x & 0xffffu) - (int)(377453u & 0xffffu)) / 3)) ? (231646u * y) : ((uint)(((int)(x & 0xffffu) - (int)(377453u & 0xffffu)) / 3) ^ 0x55u)) * y)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(d + 6u) & 7u] = (((uint)(((int)(a & 0xffffu) - (int)(lid & 0xffffu)) / 3) < (c + lid)) ? (uint)(((int)(a & 0xffffu) - (int)(lid & 0xffffu)) / 3) : ((c + lid) ^ 0x55u)); c += p[1u & 7u];
  c = h0((max(gid, gid) >> (204910u & 31u)), min((b / (465323u | 1u)), (gid - d)));
  b = h0(((692066u / (gid | 1u)) << ((d & 688251u) & 31u)), 463908u);
  a ^= convert_uint_sat(fabs(clamp(clamp(g, -4.0f, 4.0f), -4.0f, 4.0f)) * 16.0f);
  for (int k = 0; k < 1; k++) { if ((d & 7u) == 7u) break; for (int k = 0; k < 4; k++) {  a ^= convert_uint_sat(fabs((f / (fabs(clamp((float)(a & 255u), -4.0f, 4.0f)) + 1.0f))) * 16.0f); } }
  a = h0(((c + b) % ((lid & 395276u) | 1u)), gid);
  b = h0((689715u % ((96987u >> (a & 31u)) | 1u)), (855517u % ((b % (1032922u | 1u)) | 1u)));
  g = clamp((1.26f / (fabs((fmax(f, f) + sqrt(fabs(g)))) + 1.0f)), -1000.0f, 1000.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
