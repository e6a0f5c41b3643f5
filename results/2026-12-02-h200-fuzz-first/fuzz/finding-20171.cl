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
  b = ((d & d) / ((mul_hi(105806u, lid) >> ((lid * d) & 31u)) | 1u));
  c = (mul_hi((174406u & 131576u), rotate(gid, b)) - (max(a, 140426u) / (mul_hi(d, b) | 1u)));
  d = (442841u | a);
  p[((gid / (d | 1u)) + 6u) & 7u] = gid; a += p[2u & 7u];
  d ^= convert_uint_sat(fabs(clamp((f / (fabs(f) + 1.0f)), -4.0f, 4.0f)) * 16.0f);
  c ^= convert_uint_sat(fabs(fmin(clamp((float)(a & 255u), -4.0f, 4.0f), f)) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
