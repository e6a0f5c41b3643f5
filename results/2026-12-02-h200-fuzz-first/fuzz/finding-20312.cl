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
  switch (a & 3u) { case 0: c += 1u; break; case 1: c ^= 312u; /* falls through */ case 2: c = gid; break; default: c = rotate(c, 3u); }
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; switch (a & 3u) { case 0: c += 1u; break; case 1: c ^= 616u; /* falls through */ case 2: c = ((max(lid, 519447u) < 953511u) ? max(lid, 519447u) : (953511u ^ 0x55u)); break; default: c = rotate(c, 3u); } }
  p[((uint)(((int)(a & 0xffffu) - (int)(260624u & 0xffffu)) / 3) + 7u) & 7u] = max(b, max(lid, 711051u)); c += p[0u & 7u];
  if ((mul_hi(407034u, gid) >> ((b & 548163u) & 31u)) > 275744u) { d ^= convert_uint_sat(fabs(fmin(fmin((float)(a & 255u), 3.14f), f)) * 16.0f); } else { for (int k = 0; k < 3; k++) {  a = (rotate(min(97491u, b), (c + gid)) + min((1029437u << (c & 31u)), (c & 787151u))); } }
  p[(125765u + 6u) & 7u] = max((76501u + 768171u), (249827u >> (22400u & 31u))); a += p[4u & 7u];
  switch (((uint)(((int)(lid & 0xffffu) - (int)(lid & 0xffffu)) / 3) * lid) & 3u) { case 0: a += 1u; break; case 1: a ^= 96u; /* falls through */ case 2: a = b; break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 1; k++) { if ((d & 7u) == 7u) break; d ^= convert_uint_sat(fabs(f) * 16.0f); }
  b = gid;
  d = rotate(((d % (lid | 1u)) | (946380u * a)), ((c << (a & 31u)) - (gid ^ gid)));
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
