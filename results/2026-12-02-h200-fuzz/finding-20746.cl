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
  if (461224u != min(min(261416u, b), gid)) { if ((rotate(c, gid) ^ (lid ^ lid)) > (uint)(((int)((d + d) & 0xffffu) - (int)((lid * gid) & 0xffffu)) / 3)) { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); } else { f = clamp(((f * 1.57f) + (fmax(g, (float)(a & 255u)) / (fabs(((float)(a & 255u) * (float)(a & 255u))) + 1.0f))), -1000.0f, 1000.0f); } } else { c = (a | (rotate(718690u, gid) / ((d | a) | 1u))); }
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 0u) continue; a = a; }
  if ((max(gid, gid) ^ mul_hi(831853u, 210455u)) > (gid % (d | 1u))) { switch ((a % (a | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 814u; /* falls through */ case 2: d = (a * (c << (18698u & 31u))); break; default: d = rotate(d, 3u); } } else { switch (gid & 3u) { case 0: d += 1u; break; case 1: d ^= 28u; /* falls through */ case 2: d = lid; break; default: d = rotate(d, 3u); } }
  tile[lid] = (a | max(d, b)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 35u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
