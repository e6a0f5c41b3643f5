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
  f = clamp(((fmin((float)(a & 255u), f) / (fabs(sqrt(fabs(2.73f))) + 1.0f)) * 2.40f), -1000.0f, 1000.0f);
  g = clamp(clamp(fmax(fmax((float)(a & 255u), f), g), -4.0f, 4.0f), -1000.0f, 1000.0f);
  p[(rotate(gid, b) + 3u) & 7u] = 655458u; d += p[3u & 7u];
  switch (lid & 3u) { case 0: b += 1u; break; case 1: b ^= 500u; /* falls through */ case 2: b = (mul_hi(a, 939347u) ^ (lid | lid)); break; default: b = rotate(b, 3u); }
  b ^= convert_uint_sat(fabs((((float)(a & 255u) + g) + sqrt(fabs(g)))) * 16.0f);
  c ^= convert_uint_sat(fabs(fmin(((float)(a & 255u) / (fabs(f) + 1.0f)), g)) * 16.0f);
  p[(min(b, 212913u) + 1u) & 7u] = 605341u; a += p[2u & 7u];
  d = a;
  a = max(rotate((398629u - lid), min(707429u, c)), 673584u);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
