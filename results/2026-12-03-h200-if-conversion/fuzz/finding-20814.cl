struct pair { uint u; float f; };
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
  f = clamp(g, -1000.0f, 1000.0f);
  d = lid;
  f = clamp((fmin((g - 1.3f), (g / (fabs(3.71f) + 1.0f))) * fmax(((float)(a & 255u) * (float)(a & 255u)), sqrt(fabs(f)))), -1000.0f, 1000.0f);
  c = lid;
  d ^= convert_uint_sat(fabs(f) * 16.0f);
  for (int k = 0; k < 2; k++) { if ((b & 7u) == 2u) break; d = a; }
  for (int k = 0; k < 1; k++) {  if ((((b * lid) < rotate(724208u, b)) ? (b * lid) : (rotate(724208u, b) ^ 0x55u)) > ((216730u ^ lid) | (d << (a & 31u)))) { a = gid; } else { f = clamp((fmax(fmin((float)(a & 255u), 0.21f), fmin((float)(a & 255u), g)) * clamp((f / (fabs((float)(a & 255u)) + 1.0f)), -4.0f, 4.0f)), -1000.0f, 1000.0f); } }
  p[((uint)(((int)(lid & 0xffffu) - (int)(c & 0xffffu)) / 3) + 1u) & 7u] = (a / ((962406u << (581050u & 31u)) | 1u)); a += p[0u & 7u];
  tile[lid] = ((lid | d) - c); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 11u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
