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
  a ^= convert_uint_sat(fabs(1.51f) * 16.0f);
  b = c;
  a = ((lid < 1001883u) ? lid : (1001883u ^ 0x55u));
  a = ((mul_hi(a, c) % ((b >> (lid & 31u)) | 1u)) - c);
  if (d < mul_hi((gid | 431447u), max(gid, 927229u))) { for (int k = 0; k < 1; k++) {  b = b; } } else { switch (rotate((c >> (c & 31u)), (b & 756113u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 547u; /* falls through */ case 2: a = rotate((c * a), rotate(416987u, 140843u)); break; default: a = rotate(a, 3u); } }
  if (352681u < (360388u + min(967765u, c))) { switch (rotate((uint)(((int)(c & 0xffffu) - (int)(d & 0xffffu)) / 3), ((852381u < 103555u) ? 852381u : (103555u ^ 0x55u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 530u; /* falls through */ case 2: d = rotate((b | d), (954809u / (827431u | 1u))); break; default: d = rotate(d, 3u); } } else { g = clamp(f, -1000.0f, 1000.0f); }
  switch (rotate(208718u, (a + 790649u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 526u; /* falls through */ case 2: c = max(min(lid, b), b); break; default: c = rotate(c, 3u); }
  if ((c | mul_hi(c, d)) != (min(gid, 779931u) | d)) { b = ((min(a, lid) & (185066u << (b & 31u))) & ((d / (403171u | 1u)) + max(33398u, a))); } else { b ^= convert_uint_sat(fabs((f / (fabs(f) + 1.0f))) * 16.0f); }
  c = b;
  b = ((365953u | max(c, c)) + mul_hi((a << (lid & 31u)), (c / (995635u | 1u))));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
