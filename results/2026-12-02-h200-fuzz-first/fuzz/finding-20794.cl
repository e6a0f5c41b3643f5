struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((x + x) >> ((y + 536830u) & 31u)) < max(rotate(y, x), x)) ? ((x + x) >> ((y + 536830u) & 31u)) : (max(rotate(y, x), x) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 2; k++) { if ((b & 7u) == 1u) break; p[((b + gid) + 7u) & 7u] = b; c += p[6u & 7u]; }
  b = lid;
  a ^= convert_uint_sat(fabs(fmin(f, (0.57f + 1.44f))) * 16.0f);
  switch (mul_hi((lid / (363458u | 1u)), a) & 3u) { case 0: a += 1u; break; case 1: a ^= 234u; /* falls through */ case 2: a = ((max(307581u, 581795u) < ((gid < lid) ? gid : (lid ^ 0x55u))) ? max(307581u, 581795u) : (((gid < lid) ? gid : (lid ^ 0x55u)) ^ 0x55u)); break; default: a = rotate(a, 3u); }
  a ^= convert_uint_sat(fabs((((float)(a & 255u) + (float)(a & 255u)) / (fabs(f) + 1.0f))) * 16.0f);
  f = clamp((3.71f * sqrt(fabs(((float)(a & 255u) * g)))), -1000.0f, 1000.0f);
  c = min(((rotate(d, a) < (uint)(((int)(c & 0xffffu) - (int)(678304u & 0xffffu)) / 3)) ? rotate(d, a) : ((uint)(((int)(c & 0xffffu) - (int)(678304u & 0xffffu)) / 3) ^ 0x55u)), (uint)(((int)((496439u / (1020769u | 1u)) & 0xffffu) - (int)((gid & gid) & 0xffffu)) / 3));
  if ((rotate(715545u, b) + (b & gid)) != ((mul_hi(a, d) < (916859u + b)) ? mul_hi(a, d) : ((916859u + b) ^ 0x55u))) { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); } else { f = clamp((f + fmin(((float)(a & 255u) + (float)(a & 255u)), fmax(f, 1.64f))), -1000.0f, 1000.0f); }
  switch (c & 3u) { case 0: b += 1u; break; case 1: b ^= 313u; /* falls through */ case 2: b = (max(c, b) * (gid * c)); break; default: b = rotate(b, 3u); }
  tile[lid] = max(d, c); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 13u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
