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
  a = ((max(d, 814479u) & (891852u % (718426u | 1u))) & ((mul_hi(c, gid) < (b >> (b & 31u))) ? mul_hi(c, gid) : ((b >> (b & 31u)) ^ 0x55u)));
  if (max((263479u + 185622u), (614190u >> (d & 31u))) < ((uint)(((int)(c & 0xffffu) - (int)(b & 0xffffu)) / 3) << ((d & c) & 31u))) { f = clamp((2.16f - (clamp(f, -4.0f, 4.0f) / (fabs(((float)(a & 255u) * f)) + 1.0f))), -1000.0f, 1000.0f); } else { switch ((min(d, lid) | d) & 3u) { case 0: b += 1u; break; case 1: b ^= 169u; /* falls through */ case 2: b = 597801u; break; default: b = rotate(b, 3u); } }
  switch (max((lid << (522954u & 31u)), max(174410u, b)) & 3u) { case 0: a += 1u; break; case 1: a ^= 98u; /* falls through */ case 2: a = min((b / (601073u | 1u)), max(1031550u, b)); break; default: a = rotate(a, 3u); }
  p[(a + 4u) & 7u] = min((gid << (764219u & 31u)), (gid / (a | 1u))); a += p[1u & 7u];
  if (gid == ((d << (c & 31u)) << (268826u & 31u))) { d = (((uint)(((int)(d & 0xffffu) - (int)(c & 0xffffu)) / 3) << (d & 31u)) >> (((gid >> (d & 31u)) + 628737u) & 31u)); } else { b = (uint)(((int)(898870u & 0xffffu) - (int)(((532454u << (998842u & 31u)) << ((c / (lid | 1u)) & 31u)) & 0xffffu)) / 3); }
  d = (uint)(((int)(1014987u & 0xffffu) - (int)(((gid << (d & 31u)) & (b | a)) & 0xffffu)) / 3);
  d ^= convert_uint_sat(fabs(clamp((g * 2.48f), -4.0f, 4.0f)) * 16.0f);
  tile[lid] = ((d >> (897454u & 31u)) >> (703772u & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 29u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
