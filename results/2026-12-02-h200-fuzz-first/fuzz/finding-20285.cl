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
  for (int k = 0; k < 6; k++) {  c = (lid - ((lid | 755002u) - (c - gid))); }
  p[(mul_hi(b, a) + 6u) & 7u] = ((d & 205605u) * (gid / (c | 1u))); b += p[7u & 7u];
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; switch (((c << (lid & 31u)) / ((d - 848913u) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 58u; /* falls through */ case 2: d = mul_hi(gid, min(d, d)); break; default: d = rotate(d, 3u); } }
  switch (min((a >> (392264u & 31u)), (gid << (c & 31u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 893u; /* falls through */ case 2: d = ((c >> (559898u & 31u)) | (301427u + 574690u)); break; default: d = rotate(d, 3u); }
  f = clamp(clamp((clamp(f, -4.0f, 4.0f) + (f - g)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  if (lid == min(max(c, a), (d + 816919u))) { for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; p[((uint)(((int)(d & 0xffffu) - (int)(a & 0xffffu)) / 3) + 6u) & 7u] = min((d % (c | 1u)), max(509602u, lid)); a += p[0u & 7u]; } } else { for (int k = 0; k < 6; k++) {  b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } }
  b = (mul_hi(d, rotate(786227u, b)) / ((gid / ((919031u << (lid & 31u)) | 1u)) | 1u));
  c = a;
  if ((uint)(((int)(((c < a) ? c : (a ^ 0x55u)) & 0xffffu) - (int)(d & 0xffffu)) / 3) < (min(a, 412507u) & a)) { p[((886692u / (gid | 1u)) + 0u) & 7u] = mul_hi(a, d); c += p[6u & 7u]; } else { d ^= convert_uint_sat(fabs((fmax(g, (float)(a & 255u)) * (f / (fabs(g) + 1.0f)))) * 16.0f); }
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
