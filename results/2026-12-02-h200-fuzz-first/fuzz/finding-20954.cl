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
  switch (((lid * 567654u) & (c >> (c & 31u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 652u; /* falls through */ case 2: d = (rotate(gid, c) - (d / (a | 1u))); break; default: d = rotate(d, 3u); }
  p[((a % (d | 1u)) + 5u) & 7u] = ((b < (1046364u - gid)) ? b : ((1046364u - gid) ^ 0x55u)); b += p[0u & 7u];
  tile[lid] = rotate(rotate(568416u, 804359u), max(c, 156282u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 63u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
