struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((431544u + (y / (x | 1u))) < x) ? (431544u + (y / (x | 1u))) : (x ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; for (int k = 0; k < 6; k++) { if ((b & 7u) == 4u) break; p[((366198u % (d | 1u)) + 2u) & 7u] = 968508u; c += p[0u & 7u]; } }
  a = (max(mul_hi(a, c), (d & lid)) / ((min(906245u, lid) >> ((b % (a | 1u)) & 31u)) | 1u));
  c = a;
  b = a;
  if (((730367u + gid) * (lid / (lid | 1u))) < (b - (lid / (c | 1u)))) { b ^= convert_uint_sat(fabs(g) * 16.0f); } else { if (((lid < (a << (b & 31u))) ? lid : ((a << (b & 31u)) ^ 0x55u)) < 272204u) { a = b; } else { p[((97597u / (558891u | 1u)) + 3u) & 7u] = 386917u; d += p[3u & 7u]; } }
  if (((928438u * 501108u) | (550191u + b)) != mul_hi(d, (a & b))) { f = clamp((float)(a & 255u), -1000.0f, 1000.0f); } else { if ((b * d) < (min(a, d) * (d * lid))) { c ^= convert_uint_sat(fabs(fmax(fmin(f, f), (f * (float)(a & 255u)))) * 16.0f); } else { p[((750867u >> (gid & 31u)) + 3u) & 7u] = 753845u; b += p[5u & 7u]; } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
