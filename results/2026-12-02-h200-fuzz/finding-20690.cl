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
  switch (323863u & 3u) { case 0: b += 1u; break; case 1: b ^= 298u; /* falls through */ case 2: b = (max(lid, b) % ((d * d) | 1u)); break; default: b = rotate(b, 3u); }
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; p[((uint)(((int)(b & 0xffffu) - (int)(d & 0xffffu)) / 3) + 7u) & 7u] = 344597u; d += p[4u & 7u]; }
  switch (((146312u & d) & (a ^ gid)) & 3u) { case 0: c += 1u; break; case 1: c ^= 700u; /* falls through */ case 2: c = ((503118u / (405615u | 1u)) & (d >> (278942u & 31u))); break; default: c = rotate(c, 3u); }
  f = clamp(1.43f, -1000.0f, 1000.0f);
  g = clamp(((fmax((float)(a & 255u), f) / (fabs((g + g)) + 1.0f)) + (2.42f * fmin(f, g))), -1000.0f, 1000.0f);
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; switch (c & 3u) { case 0: d += 1u; break; case 1: d ^= 242u; /* falls through */ case 2: d = (252500u % (491491u | 1u)); break; default: d = rotate(d, 3u); } }
  if ((mul_hi(682811u, d) >> (c & 31u)) == min((d | 958245u), (419734u - 715485u))) { switch (((70940u / (d | 1u)) & (a >> (d & 31u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 809u; /* falls through */ case 2: c = (uint)(((int)(a & 0xffffu) - (int)(mul_hi(a, lid) & 0xffffu)) / 3); break; default: c = rotate(c, 3u); } } else { b = ((rotate(447282u, 1040181u) ^ d) - ((a * a) / ((d * 420783u) | 1u))); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
