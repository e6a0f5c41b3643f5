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
  switch (gid & 3u) { case 0: b += 1u; break; case 1: b ^= 505u; /* falls through */ case 2: b = (max(gid, 1010129u) ^ (342872u * b)); break; default: b = rotate(b, 3u); }
  b = (((d ^ b) % ((493774u | gid) | 1u)) / ((lid / ((c << (31298u & 31u)) | 1u)) | 1u));
  switch ((((729903u % (d | 1u)) < (b & c)) ? (729903u % (d | 1u)) : ((b & c) ^ 0x55u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 107u; /* falls through */ case 2: d = d; break; default: d = rotate(d, 3u); }
  switch (((lid * 760490u) | (a ^ b)) & 3u) { case 0: d += 1u; break; case 1: d ^= 808u; /* falls through */ case 2: d = b; break; default: d = rotate(d, 3u); }
  if (((gid % (gid | 1u)) << ((b | gid) & 31u)) < (uint)(((int)(b & 0xffffu) - (int)(min(787351u, 88733u) & 0xffffu)) / 3)) { g = clamp(((((float)(a & 255u) + 0.40f) - fmax((float)(a & 255u), g)) - fmax(clamp((float)(a & 255u), -4.0f, 4.0f), (1.9f + f))), -1000.0f, 1000.0f); } else { for (int k = 0; k < 3; k++) {  d = ((lid - (324312u >> (692560u & 31u))) / (mul_hi(max(a, 6500u), lid) | 1u)); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
