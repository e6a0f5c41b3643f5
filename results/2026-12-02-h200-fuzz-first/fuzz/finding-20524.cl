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
  for (int k = 0; k < 3; k++) {  f = clamp(2.2f, -1000.0f, 1000.0f); }
  if ((max(c, lid) + (gid % (965659u | 1u))) != (mul_hi(a, 535617u) + 835216u)) { for (int k = 0; k < 6; k++) { if ((a & 7u) == 1u) break; d = rotate(min(gid, d), ((uint)(((int)(d & 0xffffu) - (int)(lid & 0xffffu)) / 3) / ((gid | lid) | 1u))); } } else { c = ((uint)(((int)(c & 0xffffu) - (int)(mul_hi(301447u, 854467u) & 0xffffu)) / 3) & rotate((b ^ d), (d / (589673u | 1u)))); }
  b = lid;
  switch (max(max(b, a), 482141u) & 3u) { case 0: d += 1u; break; case 1: d ^= 48u; /* falls through */ case 2: d = ((142518u - b) / ((b & d) | 1u)); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 2; k++) {  if ((((gid - b) < (c / (941597u | 1u))) ? (gid - b) : ((c / (941597u | 1u)) ^ 0x55u)) < (lid & 1006385u)) { g = clamp(((sqrt(fabs((float)(a & 255u))) + sqrt(fabs(0.39f))) - (fmax(f, 3.58f) - fmin((float)(a & 255u), g))), -1000.0f, 1000.0f); } else { a = ((c * (c | 160997u)) ^ min(gid, (994055u / (d | 1u)))); } }
  for (int k = 0; k < 2; k++) { if ((d & 7u) == 7u) break; a = (b * ((gid / (lid | 1u)) * ((gid < lid) ? gid : (lid ^ 0x55u)))); }
  if ((mul_hi(42048u, 862271u) * (lid >> (594416u & 31u))) == (min(gid, gid) | mul_hi(gid, 1046554u))) { p[((lid << (a & 31u)) + 3u) & 7u] = ((713010u | b) * mul_hi(a, gid)); c += p[0u & 7u]; } else { switch (lid & 3u) { case 0: b += 1u; break; case 1: b ^= 855u; /* falls through */ case 2: b = ((lid * 852779u) + (c ^ a)); break; default: b = rotate(b, 3u); } }
  a ^= convert_uint_sat(fabs(sqrt(fabs(clamp((float)(a & 255u), -4.0f, 4.0f)))) * 16.0f);
  a = (((880780u | b) % (d | 1u)) & ((419561u / (c | 1u)) << (((c < lid) ? c : (lid ^ 0x55u)) & 31u)));
  f = clamp(1.56f, -1000.0f, 1000.0f);
  c = ((a * (182874u - d)) % (((713907u - gid) | (868567u * 481308u)) | 1u));
  tile[lid] = (lid - 823279u); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 36u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
