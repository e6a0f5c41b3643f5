struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((y % (mul_hi(975768u, x) | 1u)) + ((x | x) | (y / (1013377u | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((193356u - rotate((y - y), y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((gid * c) + 2u) & 7u] = (mul_hi(c, gid) - gid); a += p[2u & 7u];
  d = (490681u << ((uint)(((int)((c / (a | 1u)) & 0xffffu) - (int)(341337u & 0xffffu)) / 3) & 31u));
  b ^= convert_uint_sat(fabs(fmin((f * g), fmax(f, (float)(a & 255u)))) * 16.0f);
  c = (b - rotate((b * 81548u), rotate(c, c)));
  d = h1((uint)(((int)((568719u & 168536u) & 0xffffu) - (int)((890360u | c) & 0xffffu)) / 3), rotate((686368u ^ 778307u), (b - b)));
  tile[lid] = (((867089u * 505080u) < (384388u | 848616u)) ? (867089u * 505080u) : ((384388u | 848616u) ^ 0x55u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 60u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
