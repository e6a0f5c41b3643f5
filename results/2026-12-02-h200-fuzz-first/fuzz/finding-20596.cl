struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((rotate(y, x) * y) % ((47102u - (x ^ x)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(fmax(fmax(3.32f, fmax(0.17f, 1.20f)), (float)(a & 255u)), -1000.0f, 1000.0f);
  d = min(((gid << (a & 31u)) + 147431u), d);
  for (int k = 0; k < 2; k++) {  b = max(rotate((uint)(((int)(lid & 0xffffu) - (int)(d & 0xffffu)) / 3), (723829u % (458210u | 1u))), mul_hi(lid, (d ^ lid))); }
  f = clamp(((float)(a & 255u) - g), -1000.0f, 1000.0f);
  g = clamp(clamp(f, -4.0f, 4.0f), -1000.0f, 1000.0f);
  g = clamp((((float)(a & 255u) - 1.7f) / (fabs(g) + 1.0f)), -1000.0f, 1000.0f);
  p[((526862u / (lid | 1u)) + 1u) & 7u] = (uint)(((int)((uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3) & 0xffffu) - (int)((135513u * 351346u) & 0xffffu)) / 3); a += p[2u & 7u];
  switch (((461624u ^ d) << (min(810414u, c) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 850u; /* falls through */ case 2: d = (min(d, 675935u) << (rotate(d, a) & 31u)); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; b = (rotate(d, b) & ((lid * 339446u) % (mul_hi(d, 283393u) | 1u))); }
  if (((a & d) << (min(a, d) & 31u)) < rotate(gid, min(652599u, a))) { d ^= convert_uint_sat(fabs(fmin((float)(a & 255u), clamp((float)(a & 255u), -4.0f, 4.0f))) * 16.0f); } else { for (int k = 0; k < 2; k++) { if ((a & 7u) == 1u) break; p[(d + 3u) & 7u] = 547885u; c += p[6u & 7u]; } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
