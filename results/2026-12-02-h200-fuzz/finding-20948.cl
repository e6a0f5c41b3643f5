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
  p[(min(lid, d) + 7u) & 7u] = c; d += p[5u & 7u];
  a = ((a & (646945u & b)) + a);
  p[(((680863u < d) ? 680863u : (d ^ 0x55u)) + 3u) & 7u] = ((lid % (386554u | 1u)) & min(d, lid)); c += p[6u & 7u];
  switch (mul_hi(min(340448u, 44469u), rotate(gid, 879805u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 422u; /* falls through */ case 2: d = b; break; default: d = rotate(d, 3u); }
  tile[lid] = a; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 45u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
