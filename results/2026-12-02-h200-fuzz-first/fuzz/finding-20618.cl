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
  b = ((c * (uint)(((int)(d & 0xffffu) - (int)(lid & 0xffffu)) / 3)) | (((gid < 949709u) ? gid : (949709u ^ 0x55u)) % ((c << (c & 31u)) | 1u)));
  c ^= convert_uint_sat(fabs(sqrt(fabs((f / (fabs((float)(a & 255u)) + 1.0f))))) * 16.0f);
  for (int k = 0; k < 6; k++) {  switch (gid & 3u) { case 0: d += 1u; break; case 1: d ^= 226u; /* falls through */ case 2: d = ((gid * 310328u) ^ (lid % (716849u | 1u))); break; default: d = rotate(d, 3u); } }
  tile[lid] = ((467711u * 30176u) % (114053u | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 44u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
