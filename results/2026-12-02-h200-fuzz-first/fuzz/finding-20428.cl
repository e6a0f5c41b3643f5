struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x / (y | 1u)) * (x << (y & 31u))) ^ 430992u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((mul_hi(394979u, x) >> ((uint)(((int)(670039u & 0xffffu) - (int)(83650u & 0xffffu)) / 3) & 31u)) & (y + (y - 989742u)))); y ^= x >> 3; x = x * 31u + ((((y ^ y) & x) ^ mul_hi(3341u, x))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((mul_hi(y, y) < max(x, x)) ? mul_hi(y, y) : (max(x, x) ^ 0x55u)) & 0xffffu) - (int)(((x << (y & 31u)) * 466942u) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (max(x, (uint)(((int)((962793u / (x | 1u)) & 0xffffu) - (int)((y >> (304539u & 31u)) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (mul_hi((min(16797u, x) >> ((x * x) & 31u)), x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 2; k++) { if ((a & 7u) == 1u) break; p[(384126u + 7u) & 7u] = lid; c += p[6u & 7u]; }
  for (int k = 0; k < 5; k++) {  a ^= convert_uint_sat(fabs(clamp(sqrt(fabs((float)(a & 255u))), -4.0f, 4.0f)) * 16.0f); }
  for (int k = 0; k < 3; k++) { if ((b & 7u) == 5u) break; a = (min((lid - 644090u), mul_hi(359858u, a)) >> (a & 31u)); }
  b = gid;
  for (int k = 0; k < 1; k++) { if ((c & 7u) == 7u) break; for (int k = 0; k < 4; k++) { if ((b & 7u) == 6u) break; c ^= convert_uint_sat(fabs(g) * 16.0f); } }
  f = clamp((f / (fabs(g) + 1.0f)), -1000.0f, 1000.0f);
  switch ((((a < 53189u) ? a : (53189u ^ 0x55u)) ^ (uint)(((int)(lid & 0xffffu) - (int)(d & 0xffffu)) / 3)) & 3u) { case 0: c += 1u; break; case 1: c ^= 58u; /* falls through */ case 2: c = ((964703u - b) / ((gid & d) | 1u)); break; default: c = rotate(c, 3u); }
  p[((299862u | 522033u) + 7u) & 7u] = b; c += p[5u & 7u];
  d ^= convert_uint_sat(fabs(((float)(a & 255u) * fmax(0.10f, (float)(a & 255u)))) * 16.0f);
  p[(b + 7u) & 7u] = (uint)(((int)(mul_hi(c, lid) & 0xffffu) - (int)(gid & 0xffffu)) / 3); a += p[6u & 7u];
  d = h0((uint)(((int)((945031u + a) & 0xffffu) - (int)(mul_hi(b, d) & 0xffffu)) / 3), (uint)(((int)(max(gid, 84450u) & 0xffffu) - (int)(d & 0xffffu)) / 3));
  tile[lid] = c; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 52u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
