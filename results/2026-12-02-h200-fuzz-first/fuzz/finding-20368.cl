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
  d = ((rotate((a ^ 589438u), (lid + d)) < ((750147u - gid) + (b - 184787u))) ? rotate((a ^ 589438u), (lid + d)) : (((750147u - gid) + (b - 184787u)) ^ 0x55u));
  switch ((gid << (min(165829u, 20759u) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 786u; /* falls through */ case 2: b = (4537u * (184417u - a)); break; default: b = rotate(b, 3u); }
  p[((a - a) + 1u) & 7u] = min((100883u ^ c), (d >> (b & 31u))); c += p[6u & 7u];
  switch (rotate(c, b) & 3u) { case 0: b += 1u; break; case 1: b ^= 930u; /* falls through */ case 2: b = (192731u ^ gid); break; default: b = rotate(b, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
