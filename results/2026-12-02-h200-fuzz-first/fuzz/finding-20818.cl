struct pair { uint u; float f; };
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
  d = min((max(207873u, 118980u) & ((1024858u < d) ? 1024858u : (d ^ 0x55u))), 967507u);
  if (((uint)(((int)(c & 0xffffu) - (int)(249750u & 0xffffu)) / 3) * (201082u + 199415u)) > ((516074u - 357008u) ^ 868980u)) { if ((uint)(((int)((gid >> (413336u & 31u)) & 0xffffu) - (int)(862557u & 0xffffu)) / 3) == d) { g = clamp(fmin(fmin((3.84f / (fabs((float)(a & 255u)) + 1.0f)), sqrt(fabs(f))), (2.95f - (float)(a & 255u))), -1000.0f, 1000.0f); } else { c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } } else { a = min(((237843u * 401323u) + gid), c); }
  p[((b << (b & 31u)) + 0u) & 7u] = ((gid * lid) / ((d * 618500u) | 1u)); b += p[0u & 7u];
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
