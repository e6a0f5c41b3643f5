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
  p[((928536u << (lid & 31u)) + 4u) & 7u] = 510971u; b += p[3u & 7u];
  c = (min((uint)(((int)(gid & 0xffffu) - (int)(357744u & 0xffffu)) / 3), lid) % (rotate(c, lid) | 1u));
  b = (uint)(((int)(a & 0xffffu) - (int)(599704u & 0xffffu)) / 3);
  f = clamp((clamp(f, -4.0f, 4.0f) * (clamp(f, -4.0f, 4.0f) / (fabs(clamp(f, -4.0f, 4.0f)) + 1.0f))), -1000.0f, 1000.0f);
  c = ((((gid % (a | 1u)) < (195583u - 67948u)) ? (gid % (a | 1u)) : ((195583u - 67948u) ^ 0x55u)) << (d & 31u));
  switch ((uint)(((int)(rotate(b, lid) & 0xffffu) - (int)(a & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 481u; /* falls through */ case 2: a = ((b - d) >> ((b | 621318u) & 31u)); break; default: a = rotate(a, 3u); }
  c = (uint)(((int)(((gid / (370160u | 1u)) + (389140u * 383422u)) & 0xffffu) - (int)(d & 0xffffu)) / 3);
  b = (mul_hi((uint)(((int)(980067u & 0xffffu) - (int)(792935u & 0xffffu)) / 3), d) ^ ((a & 950773u) + 801860u));
  if (243766u < (168927u % (gid | 1u))) { switch (((568369u % (b | 1u)) >> (((161839u < d) ? 161839u : (d ^ 0x55u)) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 110u; /* falls through */ case 2: d = (mul_hi(164340u, 557097u) + (lid << (687519u & 31u))); break; default: d = rotate(d, 3u); } } else { switch (((729867u | a) * ((lid < gid) ? lid : (gid ^ 0x55u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 229u; /* falls through */ case 2: a = ((b < max(646186u, d)) ? b : (max(646186u, d) ^ 0x55u)); break; default: a = rotate(a, 3u); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
