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
  c ^= convert_uint_sat(fabs((((float)(a & 255u) * 0.13f) + fmax((float)(a & 255u), g))) * 16.0f);
  c = (gid & ((25154u + b) >> ((246531u | lid) & 31u)));
  f = clamp(1.85f, -1000.0f, 1000.0f);
  switch ((uint)(((int)((c % (gid | 1u)) & 0xffffu) - (int)(((d < d) ? d : (d ^ 0x55u)) & 0xffffu)) / 3) & 3u) { case 0: d += 1u; break; case 1: d ^= 714u; /* falls through */ case 2: d = mul_hi((c - a), max(gid, a)); break; default: d = rotate(d, 3u); }
  tile[lid] = lid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 21u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
