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
  for (int k = 0; k < 3; k++) {  switch (rotate(min(gid, gid), (443728u % (lid | 1u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 422u; /* falls through */ case 2: d = ((a ^ 331995u) & mul_hi(537137u, 607505u)); break; default: d = rotate(d, 3u); } }
  switch (gid & 3u) { case 0: d += 1u; break; case 1: d ^= 278u; /* falls through */ case 2: d = ((373232u << (gid & 31u)) | (c >> (233484u & 31u))); break; default: d = rotate(d, 3u); }
  switch (mul_hi(((209797u < 554308u) ? 209797u : (554308u ^ 0x55u)), (979265u << (a & 31u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 834u; /* falls through */ case 2: d = d; break; default: d = rotate(d, 3u); }
  a = max((763342u << ((gid | b) & 31u)), (b * 658071u));
  if (mul_hi(d, a) > mul_hi(((a < d) ? a : (d ^ 0x55u)), (uint)(((int)(gid & 0xffffu) - (int)(lid & 0xffffu)) / 3))) { d = c; } else { a = (mul_hi((673082u / (971133u | 1u)), mul_hi(lid, c)) ^ 288399u); }
  for (int k = 0; k < 1; k++) {  for (int k = 0; k < 5; k++) { if ((a & 7u) == 6u) break; d = rotate(a, ((lid | 1030078u) % (((977742u < b) ? 977742u : (b ^ 0x55u)) | 1u))); } }
  if (815578u != ((uint)(((int)(372536u & 0xffffu) - (int)(25974u & 0xffffu)) / 3) + 444139u)) { p[(min(1044728u, 276836u) + 2u) & 7u] = lid; c += p[7u & 7u]; } else { switch ((max(a, 9043u) - ((lid < gid) ? lid : (gid ^ 0x55u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 255u; /* falls through */ case 2: b = min((uint)(((int)(gid & 0xffffu) - (int)(a & 0xffffu)) / 3), (b | c)); break; default: b = rotate(b, 3u); } }
  if (((c + b) * (568415u >> (274102u & 31u))) != (d % ((uint)(((int)(218031u & 0xffffu) - (int)(lid & 0xffffu)) / 3) | 1u))) { a = (d * ((c | 175735u) % ((c >> (b & 31u)) | 1u))); } else { a ^= convert_uint_sat(fabs((clamp(g, -4.0f, 4.0f) * 1.86f)) * 16.0f); }
  g = clamp(((float)(a & 255u) + f), -1000.0f, 1000.0f);
  for (int k = 0; k < 3; k++) {  switch (((d - b) | 998630u) & 3u) { case 0: b += 1u; break; case 1: b ^= 539u; /* falls through */ case 2: b = max((c / (gid | 1u)), ((b < a) ? b : (a ^ 0x55u))); break; default: b = rotate(b, 3u); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
