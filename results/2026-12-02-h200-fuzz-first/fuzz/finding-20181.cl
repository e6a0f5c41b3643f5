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
  switch ((rotate(a, lid) / ((lid * 855985u) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 322u; /* falls through */ case 2: b = max(rotate(gid, c), (a % (503327u | 1u))); break; default: b = rotate(b, 3u); }
  if ((((d < 879882u) ? d : (879882u ^ 0x55u)) % (gid | 1u)) > 503058u) { d ^= convert_uint_sat(fabs((sqrt(fabs(f)) * f)) * 16.0f); } else { if (rotate(max(b, gid), rotate(b, lid)) == ((319039u << (d & 31u)) % (mul_hi(c, 902883u) | 1u))) { f = clamp(g, -1000.0f, 1000.0f); } else { f = clamp(1.29f, -1000.0f, 1000.0f); } }
  f = clamp((f + (fmin(3.10f, (float)(a & 255u)) + sqrt(fabs(0.6f)))), -1000.0f, 1000.0f);
  for (int k = 0; k < 3; k++) { if ((d & 7u) == 0u) break; switch (lid & 3u) { case 0: a += 1u; break; case 1: a ^= 521u; /* falls through */ case 2: a = d; break; default: a = rotate(a, 3u); } }
  f = clamp((fmin(clamp(f, -4.0f, 4.0f), ((float)(a & 255u) - (float)(a & 255u))) / (fabs(fmax((g - (float)(a & 255u)), fmax((float)(a & 255u), 3.32f))) + 1.0f)), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs(((float)(a & 255u) * g)) * 16.0f);
  p[(((70712u < 164662u) ? 70712u : (164662u ^ 0x55u)) + 2u) & 7u] = (((691595u + 820837u) < (960496u | 401262u)) ? (691595u + 820837u) : ((960496u | 401262u) ^ 0x55u)); c += p[3u & 7u];
  switch (max(((gid < 834576u) ? gid : (834576u ^ 0x55u)), (b ^ gid)) & 3u) { case 0: a += 1u; break; case 1: a ^= 607u; /* falls through */ case 2: a = (uint)(((int)((gid / (c | 1u)) & 0xffffu) - (int)((b * 377191u) & 0xffffu)) / 3); break; default: a = rotate(a, 3u); }
  if (lid > (888963u ^ (a >> (792458u & 31u)))) { c = (((556576u >> (891007u & 31u)) ^ c) >> (((936694u | 386867u) | min(237697u, lid)) & 31u)); } else { c = 712614u; }
  switch (max(rotate(gid, 575785u), mul_hi(gid, 726497u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 928u; /* falls through */ case 2: d = (((gid < lid) ? gid : (lid ^ 0x55u)) / (max(c, d) | 1u)); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 1; k++) { if ((d & 7u) == 3u) break; for (int k = 0; k < 4; k++) { if ((c & 7u) == 5u) break; b = (((263850u % (749481u | 1u)) ^ (uint)(((int)(946639u & 0xffffu) - (int)(gid & 0xffffu)) / 3)) | (mul_hi(375305u, d) | (c / (lid | 1u)))); } }
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
