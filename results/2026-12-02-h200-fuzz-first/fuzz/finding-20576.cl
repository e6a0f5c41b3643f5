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
  b ^= convert_uint_sat(fabs((f - 1.92f)) * 16.0f);
  switch (((c | c) << (min(103684u, d) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 48u; /* falls through */ case 2: a = min(min(c, 1037521u), min(694353u, 956027u)); break; default: a = rotate(a, 3u); }
  c = (((664660u / (lid | 1u)) / (lid | 1u)) & ((gid / (lid | 1u)) ^ (b - b)));
  switch (d & 3u) { case 0: c += 1u; break; case 1: c ^= 17u; /* falls through */ case 2: c = ((889028u - gid) + (b >> (c & 31u))); break; default: c = rotate(c, 3u); }
  switch ((c >> (458407u & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 676u; /* falls through */ case 2: a = (614612u % (min(gid, b) | 1u)); break; default: a = rotate(a, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
