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
  g = clamp((((1.75f + 1.62f) / (fabs((f + f)) + 1.0f)) / (fabs(3.26f) + 1.0f)), -1000.0f, 1000.0f);
  for (int k = 0; k < 5; k++) {  p[((c - 941892u) + 6u) & 7u] = c; c += p[0u & 7u]; }
  c = rotate((gid / (207680u | 1u)), max(264168u, (c % (d | 1u))));
  if ((lid - (c + 787913u)) < rotate(d, (d * lid))) { for (int k = 0; k < 2; k++) {  g = clamp(fmax(f, fmin(((float)(a & 255u) * 0.52f), (float)(a & 255u))), -1000.0f, 1000.0f); } } else { c = ((((b / (a | 1u)) < (d >> (lid & 31u))) ? (b / (a | 1u)) : ((d >> (lid & 31u)) ^ 0x55u)) & (((lid < d) ? lid : (d ^ 0x55u)) - (a & gid))); }
  b ^= convert_uint_sat(fabs(sqrt(fabs((f + 1.43f)))) * 16.0f);
  d = (280608u ^ (290094u | (b + d)));
  if (((273959u % (188086u | 1u)) % ((c << (895607u & 31u)) | 1u)) > ((d >> (gid & 31u)) * 980721u)) { c = 561092u; } else { switch (gid & 3u) { case 0: b += 1u; break; case 1: b ^= 705u; /* falls through */ case 2: b = 874771u; break; default: b = rotate(b, 3u); } }
  switch ((407659u % ((c + c) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 988u; /* falls through */ case 2: c = d; break; default: c = rotate(c, 3u); }
  switch (((51631u | lid) & mul_hi(d, gid)) & 3u) { case 0: d += 1u; break; case 1: d ^= 717u; /* falls through */ case 2: d = ((298480u - c) % (c | 1u)); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; switch ((((lid < 312296u) ? lid : (312296u ^ 0x55u)) << (((lid < lid) ? lid : (lid ^ 0x55u)) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 199u; /* falls through */ case 2: a = ((476127u - lid) & max(a, b)); break; default: a = rotate(a, 3u); } }
  tile[lid] = mul_hi((641884u * 229987u), gid); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 55u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
