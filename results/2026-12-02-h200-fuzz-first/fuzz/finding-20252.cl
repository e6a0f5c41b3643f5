struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((y * 582238u)); y ^= x >> 3; x = x * 31u + (((min(rotate(y, x), y) < 250000u) ? min(rotate(y, x), y) : (250000u ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((644594u >> (((y << (y & 31u)) / ((492360u ^ x) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (462698u); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((rotate(y, y) >> ((911338u - x) & 31u)) % ((max(443554u, 446425u) % (min(x, x) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + ((mul_hi((x << (y & 31u)), y) + min((y / (y | 1u)), (y | y)))); y ^= x >> 3; x = x * 31u + ((max((y >> (y & 31u)), min(y, 539573u)) << ((((x + x) < (x / (x | 1u))) ? (x + x) : ((x / (x | 1u)) ^ 0x55u)) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((min(max(423238u, 590607u), (y >> (x & 31u))) | (x << (321733u & 31u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((y + x) & (uint)(((int)((y ^ y) & 0xffffu) - (int)(mul_hi(21446u, y) & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((b - min(b, 192002u)) == (rotate(699779u, d) + d)) { a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } else { c = h1(((uint)(((int)(169624u & 0xffffu) - (int)(1019530u & 0xffffu)) / 3) * (575870u - d)), lid); }
  c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  d ^= convert_uint_sat(fabs(g) * 16.0f);
  d = h1(b, (min(b, gid) % ((456534u << (gid & 31u)) | 1u)));
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; b = (min(b, (a ^ 830725u)) * 995574u); }
  d ^= convert_uint_sat(fabs(((f / (fabs(f) + 1.0f)) / (fabs(0.78f) + 1.0f))) * 16.0f);
  for (int k = 0; k < 5; k++) { if ((d & 7u) == 4u) break; p[((lid >> (323209u & 31u)) + 1u) & 7u] = ((uint)(((int)(d & 0xffffu) - (int)(gid & 0xffffu)) / 3) * (12626u << (b & 31u))); c += p[4u & 7u]; }
  if (lid < rotate((739921u >> (414022u & 31u)), 578823u)) { for (int k = 0; k < 4; k++) {  b = max(((64666u < (b % (1015615u | 1u))) ? 64666u : ((b % (1015615u | 1u)) ^ 0x55u)), ((c - b) ^ (c | 146378u))); } } else { f = clamp(f, -1000.0f, 1000.0f); }
  tile[lid] = (max(a, lid) % (min(277286u, d) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 45u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
