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
  switch (a & 3u) { case 0: d += 1u; break; case 1: d ^= 606u; /* falls through */ case 2: d = c; break; default: d = rotate(d, 3u); }
  d ^= convert_uint_sat(fabs(fmax((f - 3.53f), f)) * 16.0f);
  d = a;
  b = (((1045167u | 362226u) + (325122u - d)) * d);
  switch (rotate((c % (779971u | 1u)), ((c < gid) ? c : (gid ^ 0x55u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 912u; /* falls through */ case 2: b = max(b, (d % (287979u | 1u))); break; default: b = rotate(b, 3u); }
  if ((b & (13340u << (a & 31u))) > 30636u) { switch (((c & 719203u) / ((a & a) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 757u; /* falls through */ case 2: d = (754180u % (521829u | 1u)); break; default: d = rotate(d, 3u); } } else { b = ((c < ((a >> (660572u & 31u)) / ((gid - c) | 1u))) ? c : (((a >> (660572u & 31u)) / ((gid - c) | 1u)) ^ 0x55u)); }
  tile[lid] = mul_hi(lid, (690926u >> (d & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 34u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
