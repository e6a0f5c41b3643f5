struct pair { uint u; float f; };
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  switch (((b >> (gid & 31u)) * (437642u >> (104562u & 31u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 571u; /* falls through */ case 2: c = ((lid ^ a) / ((a | a) | 1u)); break; default: c = rotate(c, 3u); }
  if (min(((241992u < 350402u) ? 241992u : (350402u ^ 0x55u)), (827495u * d)) != ((721862u % (b | 1u)) & max(b, a))) { b = ((max((b * a), (c >> (c & 31u))) < mul_hi((uint)(((int)(84269u & 0xffffu) - (int)(d & 0xffffu)) / 3), ((d < 626193u) ? d : (626193u ^ 0x55u)))) ? max((b * a), (c >> (c & 31u))) : (mul_hi((uint)(((int)(84269u & 0xffffu) - (int)(d & 0xffffu)) / 3), ((d < 626193u) ? d : (626193u ^ 0x55u))) ^ 0x55u)); } else { f = clamp((((f * 3.61f) - clamp(0.18f, -4.0f, 4.0f)) + f), -1000.0f, 1000.0f); }
  switch (a & 3u) { case 0: a += 1u; break; case 1: a ^= 873u; /* falls through */ case 2: a = ((722317u << (715613u & 31u)) & (lid % (b | 1u))); break; default: a = rotate(a, 3u); }
  switch (((uint)(((int)(b & 0xffffu) - (int)(c & 0xffffu)) / 3) % ((d | c) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 428u; /* falls through */ case 2: d = b; break; default: d = rotate(d, 3u); }
  switch (((d + b) + max(576189u, a)) & 3u) { case 0: a += 1u; break; case 1: a ^= 589u; /* falls through */ case 2: a = 254523u; break; default: a = rotate(a, 3u); }
  a = (b >> ((161249u >> ((c >> (a & 31u)) & 31u)) & 31u));
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
