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
  b = (min(max(d, lid), min(gid, d)) | 836968u);
  if (((89565u - lid) | (c | b)) < b) { if (((401416u * d) ^ min(288306u, a)) < ((lid + a) % (lid | 1u))) { b = (((a | lid) ^ (d + a)) << (c & 31u)); } else { a = rotate(582503u, (uint)(((int)(24890u & 0xffffu) - (int)(b & 0xffffu)) / 3)); } } else { for (int k = 0; k < 3; k++) {  c = ((1029121u & (945527u & b)) + ((d * gid) >> (125994u & 31u))); } }
  d = ((802438u ^ (a ^ c)) / (mul_hi((lid << (a & 31u)), (uint)(((int)(b & 0xffffu) - (int)(a & 0xffffu)) / 3)) | 1u));
  if ((((lid < 452819u) ? lid : (452819u ^ 0x55u)) + lid) == rotate(321828u, (304143u | a))) { switch ((uint)(((int)((gid & 796183u) & 0xffffu) - (int)(mul_hi(113660u, lid) & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 954u; /* falls through */ case 2: a = a; break; default: a = rotate(a, 3u); } } else { if (min((101452u + d), min(gid, gid)) == ((d - d) >> ((731206u / (lid | 1u)) & 31u))) { p[((b << (gid & 31u)) + 3u) & 7u] = ((gid ^ b) | mul_hi(a, d)); a += p[7u & 7u]; } else { p[((259855u >> (lid & 31u)) + 6u) & 7u] = (uint)(((int)((a + 858337u) & 0xffffu) - (int)((447717u & gid) & 0xffffu)) / 3); d += p[7u & 7u]; } }
  if ((gid >> ((a | a) & 31u)) > (lid ^ (285300u / (d | 1u)))) { switch (lid & 3u) { case 0: d += 1u; break; case 1: d ^= 472u; /* falls through */ case 2: d = (rotate(d, c) * (196950u % (c | 1u))); break; default: d = rotate(d, 3u); } } else { for (int k = 0; k < 4; k++) { if ((a & 7u) == 6u) break; g = clamp(2.67f, -1000.0f, 1000.0f); } }
  d = ((uint)(((int)(gid & 0xffffu) - (int)(lid & 0xffffu)) / 3) << (((196176u + lid) - c) & 31u));
  switch ((min(b, c) >> ((c + 793021u) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 34u; /* falls through */ case 2: a = (max(d, lid) >> ((lid ^ lid) & 31u)); break; default: a = rotate(a, 3u); }
  if (((417315u / (a | 1u)) | (a | c)) == ((111128u < mul_hi(c, a)) ? 111128u : (mul_hi(c, a) ^ 0x55u))) { g = clamp((fmin(0.37f, 2.57f) + f), -1000.0f, 1000.0f); } else { switch (((uint)(((int)(b & 0xffffu) - (int)(331199u & 0xffffu)) / 3) - (122963u % (a | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 646u; /* falls through */ case 2: c = ((297150u < (gid & 871510u)) ? 297150u : ((gid & 871510u) ^ 0x55u)); break; default: c = rotate(c, 3u); } }
  for (int k = 0; k < 2; k++) {  d = b; }
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; for (int k = 0; k < 2; k++) {  f = clamp(fmin((float)(a & 255u), fmax((float)(a & 255u), ((float)(a & 255u) + g))), -1000.0f, 1000.0f); } }
  f = clamp(clamp(fmax((f - (float)(a & 255u)), (f - 2.51f)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
