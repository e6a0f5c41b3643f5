struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(x, min((y / (165394u | 1u)), 664527u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (mul_hi((b << (lid & 31u)), (206363u - 667735u)) > b) { c = (gid & mul_hi((179329u & d), (lid % (c | 1u)))); } else { a = (c % (gid | 1u)); }
  g = clamp(((((float)(a & 255u) * f) + (float)(a & 255u)) / (fabs(((float)(a & 255u) + g)) + 1.0f)), -1000.0f, 1000.0f);
  p[(max(c, 895018u) + 6u) & 7u] = ((882815u * c) | (a & lid)); a += p[1u & 7u];
  g = clamp(fmin((g - (1.58f - g)), (g / (fabs(((float)(a & 255u) / (fabs(g) + 1.0f))) + 1.0f))), -1000.0f, 1000.0f);
  tile[lid] = ((b | d) ^ (lid | gid)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 33u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
