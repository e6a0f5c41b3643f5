struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) { if ((a & 7u) == 3u) break; for (int k = 0; k < 1; k++) { if ((a & 7u) == 2u) break; a ^= convert_uint_sat(fabs((fmax(g, f) + sqrt(fabs(3.42f)))) * 16.0f); } }
  d = (c + max((887460u >> (856627u & 31u)), (b - 755339u)));
  for (int k = 0; k < 4; k++) { if ((a & 7u) == 6u) break; g = clamp(fmax(g, fmin((2.49f * 2.47f), f)), -1000.0f, 1000.0f); }
  if (gid != c) { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); } else { p[((lid * c) + 2u) & 7u] = (((d % (gid | 1u)) < b) ? (d % (gid | 1u)) : (b ^ 0x55u)); d += p[6u & 7u]; }
  b = h0(((566151u ^ gid) ^ 29196u), lid);
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; c = (((314083u ^ 532927u) ^ b) ^ mul_hi((gid - d), 78465u)); }
  p[(d + 4u) & 7u] = (((d << (gid & 31u)) < (389018u & d)) ? (d << (gid & 31u)) : ((389018u & d) ^ 0x55u)); d += p[2u & 7u];
  g = clamp(clamp((f / (fabs(g) + 1.0f)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  b = h0(d, lid);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
