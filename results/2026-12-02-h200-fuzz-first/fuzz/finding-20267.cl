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
  switch (((((703975u < gid) ? 703975u : (gid ^ 0x55u)) < (b & b)) ? ((703975u < gid) ? 703975u : (gid ^ 0x55u)) : ((b & b) ^ 0x55u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 625u; /* falls through */ case 2: c = ((b & b) - (391267u << (756438u & 31u))); break; default: c = rotate(c, 3u); }
  if ((rotate(d, a) % (a | 1u)) < 876377u) { c ^= convert_uint_sat(fabs(fmax((g / (fabs(g) + 1.0f)), 2.76f)) * 16.0f); } else { f = clamp((sqrt(fabs((f - (float)(a & 255u)))) / (fabs((float)(a & 255u)) + 1.0f)), -1000.0f, 1000.0f); }
  tile[lid] = (uint)(((int)((lid | d) & 0xffffu) - (int)(min(d, b) & 0xffffu)) / 3); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 8u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
