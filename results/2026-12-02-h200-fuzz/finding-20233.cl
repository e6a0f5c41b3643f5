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
  for (int k = 0; k < 6; k++) { if ((d & 7u) == 6u) break; for (int k = 0; k < 2; k++) { if ((d & 7u) == 3u) break; f = clamp((g - (fmax(g, g) / (fabs(3.2f) + 1.0f))), -1000.0f, 1000.0f); } }
  f = clamp(fmax(((g - 2.33f) * fmax(f, f)), fmax((float)(a & 255u), fmax((float)(a & 255u), (float)(a & 255u)))), -1000.0f, 1000.0f);
  switch (d & 3u) { case 0: b += 1u; break; case 1: b ^= 663u; /* falls through */ case 2: b = mul_hi(d, mul_hi(a, 899343u)); break; default: b = rotate(b, 3u); }
  d = 228047u;
  tile[lid] = rotate((b - gid), (952990u >> (d & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 13u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
