struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x >> (104731u & 31u)) + min(x, 472518u)) << (mul_hi(912825u, min(x, x)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(fmax(f, fmin((f / (fabs((float)(a & 255u)) + 1.0f)), (f - g))), -1000.0f, 1000.0f);
  if (((c - 451849u) + (lid / (lid | 1u))) < d) { if (mul_hi((uint)(((int)(gid & 0xffffu) - (int)(809656u & 0xffffu)) / 3), min(gid, d)) < ((432543u >> (a & 31u)) / ((gid << (gid & 31u)) | 1u))) { b ^= convert_uint_sat(fabs((sqrt(fabs(g)) * (f - f))) * 16.0f); } else { c = (((lid * d) % (847286u | 1u)) + (uint)(((int)((uint)(((int)(44846u & 0xffffu) - (int)(d & 0xffffu)) / 3) & 0xffffu) - (int)(max(a, lid) & 0xffffu)) / 3)); } } else { if (rotate(mul_hi(391699u, b), lid) != ((a | c) / ((a % (b | 1u)) | 1u))) { f = clamp(((float)(a & 255u) * (g / (fabs(fmax(f, 2.35f)) + 1.0f))), -1000.0f, 1000.0f); } else { d = 408185u; } }
  switch (rotate((b << (c & 31u)), (c % (gid | 1u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 491u; /* falls through */ case 2: b = ((259029u % (129546u | 1u)) % ((200412u * a) | 1u)); break; default: b = rotate(b, 3u); }
  d = ((min(a, lid) & (c ^ d)) << ((((gid < b) ? gid : (b ^ 0x55u)) * (c | c)) & 31u));
  tile[lid] = (max(200672u, gid) >> (rotate(802585u, 871530u) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 7u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
