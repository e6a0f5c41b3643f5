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
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 1u) continue; switch (((d / (gid | 1u)) / ((uint)(((int)(lid & 0xffffu) - (int)(a & 0xffffu)) / 3) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 569u; /* falls through */ case 2: b = (lid | 460494u); break; default: b = rotate(b, 3u); } }
  c ^= convert_uint_sat(fabs(((float)(a & 255u) / (fabs(fmin(f, g)) + 1.0f))) * 16.0f);
  switch ((lid & (uint)(((int)(b & 0xffffu) - (int)(lid & 0xffffu)) / 3)) & 3u) { case 0: a += 1u; break; case 1: a ^= 820u; /* falls through */ case 2: a = (uint)(((int)((976401u & 364910u) & 0xffffu) - (int)((274413u * gid) & 0xffffu)) / 3); break; default: a = rotate(a, 3u); }
  a = ((((408959u << (a & 31u)) < gid) ? (408959u << (a & 31u)) : (gid ^ 0x55u)) >> (((220686u + c) ^ (912775u - a)) & 31u));
  tile[lid] = rotate(max(d, c), max(a, a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 28u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
