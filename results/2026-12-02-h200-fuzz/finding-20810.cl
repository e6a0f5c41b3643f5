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
  b = ((462676u & (uint)(((int)(d & 0xffffu) - (int)(c & 0xffffu)) / 3)) ^ min((c * a), (d + 276801u)));
  if (min(b, lid) == mul_hi((c * gid), (378500u & lid))) { switch (gid & 3u) { case 0: a += 1u; break; case 1: a ^= 235u; /* falls through */ case 2: a = mul_hi((a * a), (gid % (a | 1u))); break; default: a = rotate(a, 3u); } } else { f = clamp(((((float)(a & 255u) + g) * ((float)(a & 255u) * (float)(a & 255u))) / (fabs(fmax(clamp((float)(a & 255u), -4.0f, 4.0f), g)) + 1.0f)), -1000.0f, 1000.0f); }
  p[((b - d) + 5u) & 7u] = (505379u * b); d += p[0u & 7u];
  switch (a & 3u) { case 0: b += 1u; break; case 1: b ^= 780u; /* falls through */ case 2: b = 371796u; break; default: b = rotate(b, 3u); }
  a = gid;
  p[((a - b) + 7u) & 7u] = ((29079u < (b & b)) ? 29079u : ((b & b) ^ 0x55u)); c += p[5u & 7u];
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
