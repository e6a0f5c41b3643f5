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
  switch (min((a & 590894u), a) & 3u) { case 0: a += 1u; break; case 1: a ^= 296u; /* falls through */ case 2: a = (((lid < 699181u) ? lid : (699181u ^ 0x55u)) >> (lid & 31u)); break; default: a = rotate(a, 3u); }
  p[(max(154580u, b) + 5u) & 7u] = b; a += p[0u & 7u];
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; a = max(lid, mul_hi((gid >> (d & 31u)), min(lid, lid))); }
  switch ((((gid < 373381u) ? gid : (373381u ^ 0x55u)) ^ (d * 645424u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 42u; /* falls through */ case 2: c = (uint)(((int)((938502u + 657357u) & 0xffffu) - (int)(647450u & 0xffffu)) / 3); break; default: c = rotate(c, 3u); }
  if ((883695u / (263266u | 1u)) != (min(gid, 145492u) | (c * a))) { a ^= convert_uint_sat(fabs(f) * 16.0f); } else { g = clamp(f, -1000.0f, 1000.0f); }
  switch (rotate((c / (88148u | 1u)), ((d < 117579u) ? d : (117579u ^ 0x55u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 154u; /* falls through */ case 2: b = (((lid < lid) ? lid : (lid ^ 0x55u)) * 614767u); break; default: b = rotate(b, 3u); }
  p[(min(gid, 658121u) + 4u) & 7u] = ((737617u < (165826u + b)) ? 737617u : ((165826u + b) ^ 0x55u)); c += p[3u & 7u];
  b = min(((lid & 1022221u) ^ (824393u + c)), gid);
  g = clamp((1.99f + (sqrt(fabs(f)) - 3.3f)), -1000.0f, 1000.0f);
  tile[lid] = (max(b, a) >> ((773429u >> (259484u & 31u)) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 15u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
