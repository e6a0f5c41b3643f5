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
  p[((663568u - b) + 4u) & 7u] = 83381u; b += p[3u & 7u];
  a ^= convert_uint_sat(fabs(g) * 16.0f);
  for (int k = 0; k < 3; k++) {  if (d < c) { g = clamp(f, -1000.0f, 1000.0f); } else { b = (((b & lid) | (288603u >> (b & 31u))) | (lid * gid)); } }
  c = ((d / (min(lid, gid) | 1u)) - (lid - min(797245u, a)));
  p[((634184u << (c & 31u)) + 5u) & 7u] = 475653u; d += p[0u & 7u];
  a = ((592575u & min(880612u, gid)) * ((uint)(((int)(630800u & 0xffffu) - (int)(a & 0xffffu)) / 3) + a));
  if (((gid << (lid & 31u)) - (b | a)) == max((254195u << (lid & 31u)), (414726u | c))) { f = clamp(fmax(f, fmax((g * 2.9f), 1.45f)), -1000.0f, 1000.0f); } else { c = (lid + (c & c)); }
  switch (mul_hi((748106u | a), 171909u) & 3u) { case 0: b += 1u; break; case 1: b ^= 38u; /* falls through */ case 2: b = ((gid < (637313u | lid)) ? gid : ((637313u | lid) ^ 0x55u)); break; default: b = rotate(b, 3u); }
  a = (d - (min(1466u, b) / ((lid ^ a) | 1u)));
  tile[lid] = (uint)(((int)((223398u - gid) & 0xffffu) - (int)(lid & 0xffffu)) / 3); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 39u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
