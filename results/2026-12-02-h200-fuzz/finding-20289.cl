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
  switch (((c - 194750u) / ((lid + a) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 642u; /* falls through */ case 2: c = (rotate(b, 937216u) >> ((592981u * d) & 31u)); break; default: c = rotate(c, 3u); }
  c = (695910u % ((b + (lid & lid)) | 1u));
  b = (((((b < gid) ? b : (gid ^ 0x55u)) & max(608863u, lid)) < min((734884u / (b | 1u)), max(a, 315497u))) ? (((b < gid) ? b : (gid ^ 0x55u)) & max(608863u, lid)) : (min((734884u / (b | 1u)), max(a, 315497u)) ^ 0x55u));
  switch (d & 3u) { case 0: a += 1u; break; case 1: a ^= 822u; /* falls through */ case 2: a = gid; break; default: a = rotate(a, 3u); }
  c = mul_hi(mul_hi((c << (c & 31u)), ((gid < b) ? gid : (b ^ 0x55u))), ((913400u << (lid & 31u)) - (199186u << (b & 31u))));
  switch (65307u & 3u) { case 0: b += 1u; break; case 1: b ^= 890u; /* falls through */ case 2: b = (b & 784290u); break; default: b = rotate(b, 3u); }
  tile[lid] = ((gid - c) << ((uint)(((int)(656786u & 0xffffu) - (int)(b & 0xffffu)) / 3) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 14u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
