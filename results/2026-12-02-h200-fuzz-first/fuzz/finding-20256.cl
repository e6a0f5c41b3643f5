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
  p[((b * gid) + 4u) & 7u] = ((184746u / (c | 1u)) >> (((gid < b) ? gid : (b ^ 0x55u)) & 31u)); b += p[0u & 7u];
  if ((uint)(((int)((455790u % (877730u | 1u)) & 0xffffu) - (int)((d + 13642u) & 0xffffu)) / 3) > (max(gid, d) << (c & 31u))) { switch (164984u & 3u) { case 0: d += 1u; break; case 1: d ^= 578u; /* falls through */ case 2: d = mul_hi(318480u, ((b < c) ? b : (c ^ 0x55u))); break; default: d = rotate(d, 3u); } } else { switch ((lid ^ (725718u & 27437u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 353u; /* falls through */ case 2: d = (min(c, gid) + (uint)(((int)(c & 0xffffu) - (int)(d & 0xffffu)) / 3)); break; default: d = rotate(d, 3u); } }
  p[((562248u % (gid | 1u)) + 1u) & 7u] = (lid >> ((b % (gid | 1u)) & 31u)); a += p[6u & 7u];
  switch (((uint)(((int)(lid & 0xffffu) - (int)(c & 0xffffu)) / 3) - (a << (a & 31u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 720u; /* falls through */ case 2: b = rotate(rotate(252772u, 372032u), (uint)(((int)(d & 0xffffu) - (int)(798713u & 0xffffu)) / 3)); break; default: b = rotate(b, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
