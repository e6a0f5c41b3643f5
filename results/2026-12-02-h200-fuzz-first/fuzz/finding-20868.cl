struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi((y + (y - x)), ((320677u | y) << ((126149u / (x | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + ((x % ((3529u + (5451u << (x & 31u))) | 1u))); y ^= x >> 3; x = x * 31u + (rotate((x & (y * x)), y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (rotate(((y << (113192u & 31u)) >> ((y / (x | 1u)) & 31u)), ((y | y) * (y - y)))); y ^= x >> 3; x = x * 31u + (max(y, (min(x, y) + y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((gid << (mul_hi(b, b) & 31u)) == gid) { p[(mul_hi(d, 635006u) + 5u) & 7u] = ((lid | lid) | mul_hi(d, a)); a += p[2u & 7u]; } else { c ^= convert_uint_sat(fabs(1.2f) * 16.0f); }
  d = h1(((b & b) >> (rotate(d, c) & 31u)), (17127u | rotate(gid, a)));
  b = ((372595u ^ (gid - a)) % (b | 1u));
  if ((uint)(((int)(rotate(lid, 528447u) & 0xffffu) - (int)(((a < c) ? a : (c ^ 0x55u)) & 0xffffu)) / 3) == ((b - gid) / (b | 1u))) { for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; b = 221121u; } } else { switch (mul_hi(c, 858780u) & 3u) { case 0: b += 1u; break; case 1: b ^= 719u; /* falls through */ case 2: b = (uint)(((int)((492081u % (gid | 1u)) & 0xffffu) - (int)(110836u & 0xffffu)) / 3); break; default: b = rotate(b, 3u); } }
  tile[lid] = (max(903368u, 4231u) & (lid - 66579u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 63u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
