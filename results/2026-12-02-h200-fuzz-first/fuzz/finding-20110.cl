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
  f = clamp(0.48f, -1000.0f, 1000.0f);
  if (max(rotate(lid, b), min(121948u, d)) < (rotate(lid, 507982u) >> (a & 31u))) { switch (max((a ^ lid), (d + b)) & 3u) { case 0: a += 1u; break; case 1: a ^= 18u; /* falls through */ case 2: a = (((b < a) ? b : (a ^ 0x55u)) >> (max(b, 767007u) & 31u)); break; default: a = rotate(a, 3u); } } else { if (b > 966588u) { c = min(((201259u | gid) & c), 950860u); } else { c = (mul_hi((b | gid), c) + (382115u ^ c)); } }
  for (int k = 0; k < 2; k++) { if ((b & 7u) == 3u) break; d ^= convert_uint_sat(fabs(f) * 16.0f); }
  g = clamp(f, -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs(clamp((g / (fabs(g) + 1.0f)), -4.0f, 4.0f)) * 16.0f);
  d ^= convert_uint_sat(fabs((sqrt(fabs(g)) + fmax(f, f))) * 16.0f);
  c = (((c + 808720u) & (gid ^ 31733u)) >> (244167u & 31u));
  tile[lid] = (c * mul_hi(lid, lid)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 62u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
