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
  switch ((mul_hi(b, lid) | gid) & 3u) { case 0: b += 1u; break; case 1: b ^= 183u; /* falls through */ case 2: b = ((b * 710352u) << (rotate(gid, 216304u) & 31u)); break; default: b = rotate(b, 3u); }
  d = rotate(((a * gid) & ((749039u < b) ? 749039u : (b ^ 0x55u))), mul_hi((c / (lid | 1u)), lid));
  switch (((661796u ^ d) + (81738u * d)) & 3u) { case 0: b += 1u; break; case 1: b ^= 204u; /* falls through */ case 2: b = mul_hi(max(259757u, gid), gid); break; default: b = rotate(b, 3u); }
  c = ((gid < (max(a, 89256u) + mul_hi(b, 759001u))) ? gid : ((max(a, 89256u) + mul_hi(b, 759001u)) ^ 0x55u));
  for (int k = 0; k < 3; k++) {  switch (d & 3u) { case 0: c += 1u; break; case 1: c ^= 490u; /* falls through */ case 2: c = rotate(((535196u < d) ? 535196u : (d ^ 0x55u)), 874209u); break; default: c = rotate(c, 3u); } }
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; d = 754677u; }
  for (int k = 0; k < 3; k++) {  switch (min(c, (178357u & 958714u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 494u; /* falls through */ case 2: b = 528869u; break; default: b = rotate(b, 3u); } }
  c = rotate((min(d, 804425u) / ((c * 465689u) | 1u)), ((956712u / (c | 1u)) % ((b | gid) | 1u)));
  tile[lid] = rotate(d, ((gid < 124526u) ? gid : (124526u ^ 0x55u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 55u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
