struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(((615383u >> (y & 31u)) & 379049u), ((179564u - x) / (max(x, y) | 1u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(y & 0xffffu) - (int)((min(y, 639141u) >> ((x | y) & 31u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((min(rotate(y, x), (445166u | y)) - (y & x))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((((y - y) & (y / (x | 1u))) < 854386u) ? ((y - y) & (y / (x | 1u))) : (854386u ^ 0x55u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (min(y, (uint)(((int)((y + x) & 0xffffu) - (int)(747956u & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (b < a) { b ^= convert_uint_sat(fabs(fmax(fmax(2.32f, f), (g - (float)(a & 255u)))) * 16.0f); } else { d = h0(((lid % (gid | 1u)) << (((b < 108077u) ? b : (108077u ^ 0x55u)) & 31u)), (max(979377u, c) - c)); }
  b = ((((746507u % (gid | 1u)) >> (min(a, a) & 31u)) < a) ? ((746507u % (gid | 1u)) >> (min(a, a) & 31u)) : (a ^ 0x55u));
  tile[lid] = 183185u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 56u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
