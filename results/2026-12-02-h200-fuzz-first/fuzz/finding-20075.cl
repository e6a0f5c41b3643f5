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
  if (534095u < gid) { p[((gid / (lid | 1u)) + 7u) & 7u] = ((323925u / (c | 1u)) & mul_hi(d, gid)); b += p[5u & 7u]; } else { switch ((gid & (uint)(((int)(d & 0xffffu) - (int)(b & 0xffffu)) / 3)) & 3u) { case 0: b += 1u; break; case 1: b ^= 732u; /* falls through */ case 2: b = 486040u; break; default: b = rotate(b, 3u); } }
  b ^= convert_uint_sat(fabs((fmax(f, 1.3f) * ((float)(a & 255u) * g))) * 16.0f);
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  switch (((lid < d) ? lid : (d ^ 0x55u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 983u; /* falls through */ case 2: b = min((d << (gid & 31u)), min(d, 863473u)); break; default: b = rotate(b, 3u); }
  tile[lid] = (mul_hi(a, c) | (151440u / (d | 1u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 35u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
