struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (777337u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (((lid & gid) + (d & a)) & 3u) { case 0: d += 1u; break; case 1: d ^= 62u; /* falls through */ case 2: d = a; break; default: d = rotate(d, 3u); }
  if (min((122762u + d), (lid ^ c)) == ((uint)(((int)(279356u & 0xffffu) - (int)(b & 0xffffu)) / 3) / (c | 1u))) { if (c < (max(gid, gid) + (899005u / (b | 1u)))) { d = ((((357137u << (lid & 31u)) < (gid / (c | 1u))) ? (357137u << (lid & 31u)) : ((gid / (c | 1u)) ^ 0x55u)) | ((c << (lid & 31u)) % ((a ^ 346825u) | 1u))); } else { d = (max(d, (c - d)) + rotate(b, c)); } } else { for (int k = 0; k < 2; k++) { if ((d & 7u) == 3u) break; f = clamp(((((float)(a & 255u) / (fabs(f) + 1.0f)) / (fabs((g * f)) + 1.0f)) + g), -1000.0f, 1000.0f); } }
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; for (int k = 0; k < 4; k++) {  d ^= convert_uint_sat(fabs(sqrt(fabs(fmin(g, 1.6f)))) * 16.0f); } }
  b = min(rotate(max(a, lid), a), ((345797u << (a & 31u)) * b));
  if (d != b) { b = (((lid & 414133u) + (b % (a | 1u))) >> (687902u & 31u)); } else { d = h0(rotate(mul_hi(lid, d), (750495u + 236889u)), ((d / (d | 1u)) | (b - a))); }
  tile[lid] = rotate(mul_hi(b, 786419u), (832179u ^ b)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 20u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
