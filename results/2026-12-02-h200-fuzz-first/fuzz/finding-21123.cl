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
  switch (1029486u & 3u) { case 0: c += 1u; break; case 1: c ^= 428u; /* falls through */ case 2: c = min((b | lid), (uint)(((int)(374893u & 0xffffu) - (int)(c & 0xffffu)) / 3)); break; default: c = rotate(c, 3u); }
  b = (((a ^ a) - (931948u ^ 1044420u)) | rotate((c ^ b), (200335u / (gid | 1u))));
  switch ((1046222u | (c + lid)) & 3u) { case 0: c += 1u; break; case 1: c ^= 775u; /* falls through */ case 2: c = a; break; default: c = rotate(c, 3u); }
  p[((lid % (475760u | 1u)) + 1u) & 7u] = gid; a += p[7u & 7u];
  tile[lid] = rotate(a, mul_hi(115378u, gid)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 43u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
