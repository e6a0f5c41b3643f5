struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (min((x + (312172u / (y | 1u))), y)); y ^= x >> 3; x = x * 31u + (max((uint)(((int)((y + x) & 0xffffu) - (int)((y % (y | 1u)) & 0xffffu)) / 3), (max(x, 864090u) / (559932u | 1u)))); y ^= x >> 3; x = x * 31u + (min(875878u, rotate(max(402529u, x), (y >> (x & 31u))))); y ^= x >> 3; x = x * 31u + ((mul_hi(y, min(587952u, x)) / (((x % (y | 1u)) % ((x & 959363u) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((max(x, 993912u) + (y | x)) ^ rotate(121368u, y))); y ^= x >> 3; x = x * 31u + (((x >> ((y | 78402u) & 31u)) & ((x / (809138u | 1u)) % ((982728u & y) | 1u)))); y ^= x >> 3; x = x * 31u + ((((x / ((y * 606653u) | 1u)) < max(y, y)) ? (x / ((y * 606653u) | 1u)) : (max(y, y) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((663260u % (x | 1u)) << (max(y, y) & 31u)) & 0xffffu) - (int)(min((214730u + 422647u), (uint)(((int)(387941u & 0xffffu) - (int)(y & 0xffffu)) / 3)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((x & (630808u / (218796u | 1u))) % (589435u | 1u))); y ^= x >> 3; x = x * 31u + (769408u); y ^= x >> 3; x = x * 31u + (min(mul_hi(y, (y + y)), y)); y ^= x >> 3; x = x * 31u + (((uint)(((int)(max(x, y) & 0xffffu) - (int)(182525u & 0xffffu)) / 3) - (mul_hi(y, 793422u) * (x / (x | 1u))))); y ^= x >> 3; x = x * 31u + ((((y & x) | y) >> (y & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 6; k++) { if ((a & 7u) == 5u) break; for (int k = 0; k < 6; k++) { if ((d & 7u) == 2u) break; p[((d - c) + 1u) & 7u] = (uint)(((int)((c - 171975u) & 0xffffu) - (int)(a & 0xffffu)) / 3); c += p[2u & 7u]; } }
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; d = h0(lid, d); }
  d = min(rotate((856413u * b), (403111u % (a | 1u))), c);
  c = c;
  for (int k = 0; k < 6; k++) {  f = clamp((fmax(0.29f, sqrt(fabs(f))) + 1.3f), -1000.0f, 1000.0f); }
  if ((uint)(((int)((984944u + d) & 0xffffu) - (int)(c & 0xffffu)) / 3) < mul_hi((a / (b | 1u)), min(c, 635534u))) { a ^= convert_uint_sat(fabs(fmax(((float)(a & 255u) - (float)(a & 255u)), sqrt(fabs(g)))) * 16.0f); } else { p[((1030378u + 959482u) + 7u) & 7u] = min((d << (a & 31u)), (d * lid)); d += p[2u & 7u]; }
  switch ((d | ((lid < 664980u) ? lid : (664980u ^ 0x55u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 135u; /* falls through */ case 2: a = d; break; default: a = rotate(a, 3u); }
  tile[lid] = (a / ((747791u & d) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 36u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
