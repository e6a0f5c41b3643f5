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
  for (int k = 0; k < 6; k++) { if ((c & 7u) == 0u) break; p[(rotate(gid, d) + 4u) & 7u] = gid; b += p[3u & 7u]; }
  if ((((b << (620061u & 31u)) < a) ? (b << (620061u & 31u)) : (a ^ 0x55u)) > max((c | a), gid)) { d = ((a ^ mul_hi(b, a)) ^ 260159u); } else { switch (min(569532u, (911740u + a)) & 3u) { case 0: c += 1u; break; case 1: c ^= 51u; /* falls through */ case 2: c = (rotate(a, a) ^ ((gid < lid) ? gid : (lid ^ 0x55u))); break; default: c = rotate(c, 3u); } }
  switch (max(((d < gid) ? d : (gid ^ 0x55u)), (b / (a | 1u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 560u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  g = clamp(clamp(clamp(((float)(a & 255u) * f), -4.0f, 4.0f), -4.0f, 4.0f), -1000.0f, 1000.0f);
  a = rotate(((948190u * 889219u) & (438060u ^ lid)), 251841u);
  tile[lid] = ((uint)(((int)(491974u & 0xffffu) - (int)(226948u & 0xffffu)) / 3) / ((uint)(((int)(lid & 0xffffu) - (int)(gid & 0xffffu)) / 3) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 11u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
