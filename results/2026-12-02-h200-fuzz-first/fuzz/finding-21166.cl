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
  switch (((417359u << (102058u & 31u)) * gid) & 3u) { case 0: d += 1u; break; case 1: d ^= 142u; /* falls through */ case 2: d = ((c | 254156u) * rotate(d, b)); break; default: d = rotate(d, 3u); }
  d = (c / (a | 1u));
  g = clamp(sqrt(fabs(sqrt(fabs(fmin((float)(a & 255u), g))))), -1000.0f, 1000.0f);
  b = (min(min(b, b), (b << (342993u & 31u))) % ((min(b, b) % ((523862u ^ d) | 1u)) | 1u));
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; d = (b / (((mul_hi(234406u, c) < (b * a)) ? mul_hi(234406u, c) : ((b * a) ^ 0x55u)) | 1u)); }
  b = (((766832u * b) ^ (d * 786236u)) - (mul_hi(a, 532324u) % ((b % (40811u | 1u)) | 1u)));
  tile[lid] = (gid - mul_hi(641207u, b)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 3u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
