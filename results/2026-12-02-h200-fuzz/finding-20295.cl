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
  switch ((((b % (c | 1u)) < rotate(gid, d)) ? (b % (c | 1u)) : (rotate(gid, d) ^ 0x55u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 802u; /* falls through */ case 2: b = 321493u; break; default: b = rotate(b, 3u); }
  p[(max(945777u, 410205u) + 0u) & 7u] = (b | (580565u >> (lid & 31u))); a += p[4u & 7u];
  d = ((((266453u < gid) ? 266453u : (gid ^ 0x55u)) % ((lid * c) | 1u)) ^ 353203u);
  g = clamp(sqrt(fabs(fmax(sqrt(fabs(g)), (g - g)))), -1000.0f, 1000.0f);
  tile[lid] = (uint)(((int)(rotate(lid, b) & 0xffffu) - (int)(max(lid, a) & 0xffffu)) / 3); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 62u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
