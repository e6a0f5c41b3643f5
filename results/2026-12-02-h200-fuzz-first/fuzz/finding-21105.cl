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
  f = clamp((f - clamp(sqrt(fabs(3.89f)), -4.0f, 4.0f)), -1000.0f, 1000.0f);
  g = clamp((g * f), -1000.0f, 1000.0f);
  g = clamp(sqrt(fabs(sqrt(fabs(f)))), -1000.0f, 1000.0f);
  a = ((max(d, b) >> (684415u & 31u)) / (rotate((619226u >> (a & 31u)), rotate(a, 296182u)) | 1u));
  switch (551669u & 3u) { case 0: b += 1u; break; case 1: b ^= 633u; /* falls through */ case 2: b = ((46901u ^ c) ^ b); break; default: b = rotate(b, 3u); }
  p[((a / (d | 1u)) + 5u) & 7u] = ((rotate(c, 263591u) < gid) ? rotate(c, 263591u) : (gid ^ 0x55u)); a += p[4u & 7u];
  switch (rotate((lid << (gid & 31u)), (b % (893186u | 1u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 100u; /* falls through */ case 2: d = (mul_hi(gid, 606268u) * max(gid, 543711u)); break; default: d = rotate(d, 3u); }
  if (a > (((a + lid) < gid) ? (a + lid) : (gid ^ 0x55u))) { g = clamp(sqrt(fabs(sqrt(fabs((f - (float)(a & 255u)))))), -1000.0f, 1000.0f); } else { switch ((a >> (a & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 556u; /* falls through */ case 2: a = (max(46866u, d) - d); break; default: a = rotate(a, 3u); } }
  tile[lid] = (rotate(c, 437762u) & lid); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 48u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
