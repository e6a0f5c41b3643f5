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
  for (int k = 0; k < 2; k++) {  switch (max((187050u << (684648u & 31u)), c) & 3u) { case 0: a += 1u; break; case 1: a ^= 708u; /* falls through */ case 2: a = ((c - b) & ((176145u < lid) ? 176145u : (lid ^ 0x55u))); break; default: a = rotate(a, 3u); } }
  g = clamp(fmin(fmax(fmin((float)(a & 255u), g), fmin(f, g)), (fmin(3.18f, f) - g)), -1000.0f, 1000.0f);
  tile[lid] = c; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 52u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
