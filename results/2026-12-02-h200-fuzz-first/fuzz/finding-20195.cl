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
  p[((d >> (d & 31u)) + 2u) & 7u] = (rotate(744386u, a) << (c & 31u)); b += p[3u & 7u];
  b ^= convert_uint_sat(fabs(clamp(f, -4.0f, 4.0f)) * 16.0f);
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) { if ((a & 7u) == 1u) break; switch (rotate(rotate(gid, a), min(a, lid)) & 3u) { case 0: d += 1u; break; case 1: d ^= 139u; /* falls through */ case 2: d = ((c % (gid | 1u)) * (lid & c)); break; default: d = rotate(d, 3u); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
