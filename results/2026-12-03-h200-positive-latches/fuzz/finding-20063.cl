struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(((0.78f - (1.40f - g)) / (fabs(sqrt(fabs(2.71f))) + 1.0f)), -1000.0f, 1000.0f);
  if (mul_hi((292117u & 760398u), ((a < d) ? a : (d ^ 0x55u))) < ((d * b) | 662751u)) { c = 97228u; } else { for (int k = 0; k < 6; k++) { if ((a & 7u) == 7u) break; b = 731541u; } }
  d = h0(439676u, max(16245u, a));
  g = clamp((sqrt(fabs((f / (fabs((float)(a & 255u)) + 1.0f)))) + fmax(g, g)), -1000.0f, 1000.0f);
  for (int k = 0; k < 5; k++) {  c = 358507u; }
  p[(b + 6u) & 7u] = (c << (max(lid, lid) & 31u)); a += p[4u & 7u];
  c ^= convert_uint_sat(fabs(((g / (fabs(1.13f) + 1.0f)) * (2.11f / (fabs(f) + 1.0f)))) * 16.0f);
  switch (((702729u * b) >> (max(a, 508220u) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 952u; /* falls through */ case 2: d = max(max(119323u, d), (72554u - lid)); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 2; k++) { if ((d & 7u) == 7u) break; p[((lid | b) + 2u) & 7u] = 632958u; a += p[1u & 7u]; }
  if (rotate((lid + 4615u), (uint)(((int)(476068u & 0xffffu) - (int)(d & 0xffffu)) / 3)) != lid) { b = h0((min(785012u, lid) | (b + 16448u)), ((lid | 45735u) - rotate(gid, 458649u))); } else { c ^= convert_uint_sat(fabs(((0.8f - (float)(a & 255u)) / (fabs(3.51f) + 1.0f))) * 16.0f); }
  b ^= convert_uint_sat(fabs(g) * 16.0f);
  tile[lid] = (c << (378279u & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 32u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
