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
  switch (mul_hi((d + gid), b) & 3u) { case 0: c += 1u; break; case 1: c ^= 641u; /* falls through */ case 2: c = ((b << (b & 31u)) & (d << (a & 31u))); break; default: c = rotate(c, 3u); }
  d ^= convert_uint_sat(fabs(clamp(fmax(f, (float)(a & 255u)), -4.0f, 4.0f)) * 16.0f);
  if (((b ^ 42345u) * rotate(207201u, 566507u)) > d) { a = a; } else { switch (((c << (gid & 31u)) + (a % (c | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 661u; /* falls through */ case 2: c = (lid - (497829u - lid)); break; default: c = rotate(c, 3u); } }
  if (a > 233337u) { f = clamp((f + (f + (float)(a & 255u))), -1000.0f, 1000.0f); } else { c ^= convert_uint_sat(fabs((fmin(g, g) - (3.35f + 3.56f))) * 16.0f); }
  switch (max(d, mul_hi(b, 907761u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 148u; /* falls through */ case 2: c = gid; break; default: c = rotate(c, 3u); }
  p[((lid << (c & 31u)) + 0u) & 7u] = 426058u; a += p[6u & 7u];
  f = clamp((f - g), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
