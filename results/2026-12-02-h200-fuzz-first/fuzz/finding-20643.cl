struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((725670u & 234604u)); y ^= x >> 3; x = x * 31u + (mul_hi(rotate((y / (626065u | 1u)), min(x, x)), (min(y, x) * (795335u % (x | 1u))))); y ^= x >> 3; x = x * 31u + (max((((426699u << (81787u & 31u)) < (y * x)) ? (426699u << (81787u & 31u)) : ((y * x) ^ 0x55u)), (mul_hi(y, x) - (y + y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((a - 857640u) + 2u) & 7u] = (mul_hi(lid, a) / ((b >> (139535u & 31u)) | 1u)); c += p[3u & 7u];
  a = max(((a | 729034u) << ((uint)(((int)(b & 0xffffu) - (int)(906562u & 0xffffu)) / 3) & 31u)), (lid - (b | lid)));
  if (min(min(gid, 100037u), min(488852u, c)) == (gid & max(a, lid))) { c = h0(d, (uint)(((int)((c ^ a) & 0xffffu) - (int)(max(1023283u, 372u) & 0xffffu)) / 3)); } else { for (int k = 0; k < 5; k++) {  b = ((min(238935u, b) << (rotate(a, 794719u) & 31u)) >> (((a >> (81705u & 31u)) * (gid & b)) & 31u)); } }
  d = h0(((830126u / (gid | 1u)) >> ((164228u >> (282363u & 31u)) & 31u)), ((uint)(((int)(562721u & 0xffffu) - (int)(c & 0xffffu)) / 3) % (rotate(lid, 412315u) | 1u)));
  d = h0((uint)(((int)((d + d) & 0xffffu) - (int)(((170711u < 314904u) ? 170711u : (314904u ^ 0x55u)) & 0xffffu)) / 3), (c / ((a % (d | 1u)) | 1u)));
  c = h0((((b < 767352u) ? b : (767352u ^ 0x55u)) << ((lid | b) & 31u)), b);
  b ^= convert_uint_sat(fabs((0.90f / (fabs(((float)(a & 255u) / (fabs(f) + 1.0f))) + 1.0f))) * 16.0f);
  a = (849647u << (665412u & 31u));
  p[(560771u + 0u) & 7u] = ((986923u + b) + 975439u); a += p[2u & 7u];
  tile[lid] = ((23822u & c) & (b << (b & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 3u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
