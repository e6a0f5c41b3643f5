struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max((uint)(((int)(mul_hi(338796u, x) & 0xffffu) - (int)((658787u / (x | 1u)) & 0xffffu)) / 3), x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (695980u); y ^= x >> 3; x = x * 31u + (((uint)(((int)(mul_hi(x, 306546u) & 0xffffu) - (int)(x & 0xffffu)) / 3) | (538241u * 324550u))); y ^= x >> 3; x = x * 31u + ((min(x, ((39099u < y) ? 39099u : (y ^ 0x55u))) - rotate((63611u % (x | 1u)), x))); y ^= x >> 3; x = x * 31u + ((min(x, (x >> (x & 31u))) / (((y - 991471u) ^ y) | 1u))); y ^= x >> 3; x = x * 31u + ((min((x | x), y) % ((uint)(((int)(x & 0xffffu) - (int)((x - 424337u) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((max(917004u, y) % ((y + y) | 1u)) < min((593192u * 846426u), (y / (102542u | 1u)))) ? (max(917004u, y) % ((y + y) | 1u)) : (min((593192u * 846426u), (y / (102542u | 1u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (rotate(min(rotate(x, y), y), ((x + 679977u) * 937382u))); y ^= x >> 3; x = x * 31u + (min(((y / (x | 1u)) & (x % (y | 1u))), 468022u)); y ^= x >> 3; x = x * 31u + ((417202u << ((rotate(y, x) ^ 382523u) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (44542u); y ^= x >> 3; x = x * 31u + (max((y & x), rotate(((807026u < y) ? 807026u : (y ^ 0x55u)), (y >> (757261u & 31u))))); y ^= x >> 3; x = x * 31u + (min((max(y, y) % ((790829u >> (717478u & 31u)) | 1u)), max(mul_hi(x, 133741u), (576530u / (y | 1u))))); y ^= x >> 3; x = x * 31u + (931150u); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((uint)(((int)((y ^ 136158u) & 0xffffu) - (int)(min(y, y) & 0xffffu)) / 3) + x)); y ^= x >> 3; x = x * 31u + (((max(y, 106272u) ^ (x & x)) | (y ^ (y / (x | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs(g) * 16.0f);
  d = h0(((b + d) * ((a < 673270u) ? a : (673270u ^ 0x55u))), ((176098u % (d | 1u)) * (gid - 535933u)));
  b = gid;
  d = ((a * 798398u) | min(((810572u < b) ? 810572u : (b ^ 0x55u)), (51982u & d)));
  c = (((rotate(a, gid) >> ((196495u | 152178u) & 31u)) < d) ? (rotate(a, gid) >> ((196495u | 152178u) & 31u)) : (d ^ 0x55u));
  a ^= convert_uint_sat(fabs((g + clamp(f, -4.0f, 4.0f))) * 16.0f);
  c = lid;
  d = (((rotate(gid, 619237u) ^ b) < ((min(501416u, 1008747u) < (b >> (583330u & 31u))) ? min(501416u, 1008747u) : ((b >> (583330u & 31u)) ^ 0x55u))) ? (rotate(gid, 619237u) ^ b) : (((min(501416u, 1008747u) < (b >> (583330u & 31u))) ? min(501416u, 1008747u) : ((b >> (583330u & 31u)) ^ 0x55u)) ^ 0x55u));
  tile[lid] = (lid + (978347u - a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 48u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
