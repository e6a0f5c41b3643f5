struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((804875u * (330155u ^ x)) ^ ((316871u + y) & (623322u + 788448u)))); y ^= x >> 3; x = x * 31u + ((rotate((y * y), (uint)(((int)(y & 0xffffu) - (int)(930447u & 0xffffu)) / 3)) ^ (x % (rotate(y, x) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h0(842028u, mul_hi(b, (uint)(((int)(93230u & 0xffffu) - (int)(gid & 0xffffu)) / 3)));
  switch (((b >> (c & 31u)) << (rotate(677099u, c) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 659u; /* falls through */ case 2: b = 755185u; break; default: b = rotate(b, 3u); }
  for (int k = 0; k < 5; k++) { if ((b & 7u) == 2u) break; b = 753156u; }
  g = clamp(((fmin(0.18f, 0.19f) / (fabs((3.75f - g)) + 1.0f)) / (fabs(((3.52f - (float)(a & 255u)) - (float)(a & 255u))) + 1.0f)), -1000.0f, 1000.0f);
  f = clamp(0.7f, -1000.0f, 1000.0f);
  p[((gid / (439776u | 1u)) + 5u) & 7u] = (min(a, 249111u) / ((gid << (lid & 31u)) | 1u)); a += p[6u & 7u];
  g = clamp(1.21f, -1000.0f, 1000.0f);
  c = (uint)(((int)(((b << (d & 31u)) >> ((gid - 105880u) & 31u)) & 0xffffu) - (int)(((lid | 786585u) - max(a, 246891u)) & 0xffffu)) / 3);
  d = (440899u ^ max(731062u, (390921u ^ gid)));
  d ^= convert_uint_sat(fabs(clamp((f + g), -4.0f, 4.0f)) * 16.0f);
  b ^= convert_uint_sat(fabs(clamp(clamp(3.40f, -4.0f, 4.0f), -4.0f, 4.0f)) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
