struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(x, (((x < x) ? x : (x ^ 0x55u)) & (783582u / (y | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((((80163u << (20031u & 31u)) << (y & 31u)) < min(y, x)) ? ((80163u << (20031u & 31u)) << (y & 31u)) : (min(y, x) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((((y < x) ? y : (x ^ 0x55u)) >> (mul_hi(x, y) & 31u)) < (uint)(((int)(mul_hi(y, x) & 0xffffu) - (int)((x / (x | 1u)) & 0xffffu)) / 3)) ? (((y < x) ? y : (x ^ 0x55u)) >> (mul_hi(x, y) & 31u)) : ((uint)(((int)(mul_hi(y, x) & 0xffffu) - (int)((x / (x | 1u)) & 0xffffu)) / 3) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(958194u & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((483305u + x) + min(1001380u, y)) * min((y - y), (y & x)))); y ^= x >> 3; x = x * 31u + ((y & ((y / (1009271u | 1u)) / (y | 1u)))); y ^= x >> 3; x = x * 31u + (440873u); y ^= x >> 3; x = x * 31u + ((uint)(((int)(mul_hi((2865u | x), (382984u & y)) & 0xffffu) - (int)((175641u % (rotate(105698u, y) | 1u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (min(y, (min(y, 105863u) + min(59097u, 744978u)))); y ^= x >> 3; x = x * 31u + (mul_hi(x, y)); y ^= x >> 3; x = x * 31u + (762656u); y ^= x >> 3; x = x * 31u + ((mul_hi((x + x), (y & x)) | (x & min(364625u, y)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(y & 0xffffu) - (int)(rotate((x ^ y), (y & 307703u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((y / (y | 1u)) % ((31805u / (x | 1u)) | 1u)) % (y | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (rotate(rotate(221673u, 971210u), (1044307u * 214378u)) == ((a < (b + d)) ? a : ((b + d) ^ 0x55u))) { switch (min(mul_hi(c, a), rotate(a, 372005u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 467u; /* falls through */ case 2: c = 62981u; break; default: c = rotate(c, 3u); } } else { p[(a + 7u) & 7u] = d; c += p[7u & 7u]; }
  a = (((gid << (305468u & 31u)) - 707280u) | rotate((45920u - d), c));
  switch (185668u & 3u) { case 0: d += 1u; break; case 1: d ^= 430u; /* falls through */ case 2: d = max(c, (lid + lid)); break; default: d = rotate(d, 3u); }
  c = h0(548494u, ((713963u / (gid | 1u)) / (rotate(a, 320156u) | 1u)));
  g = clamp(((g - sqrt(fabs(f))) * f), -1000.0f, 1000.0f);
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; if (b < d) { p[((gid >> (c & 31u)) + 7u) & 7u] = (206974u >> (((42319u < 19224u) ? 42319u : (19224u ^ 0x55u)) & 31u)); a += p[6u & 7u]; } else { c = min((max(59968u, b) << ((uint)(((int)(d & 0xffffu) - (int)(82255u & 0xffffu)) / 3) & 31u)), ((880478u ^ b) << ((735249u - 342477u) & 31u))); } }
  switch (mul_hi((931540u * c), ((gid < a) ? gid : (a ^ 0x55u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 225u; /* falls through */ case 2: b = min(d, (d / (a | 1u))); break; default: b = rotate(b, 3u); }
  if (421237u > ((b * d) & c)) { a = c; } else { b = mul_hi(((c / (gid | 1u)) * (c >> (133112u & 31u))), (uint)(((int)((uint)(((int)(lid & 0xffffu) - (int)(c & 0xffffu)) / 3) & 0xffffu) - (int)((c - lid) & 0xffffu)) / 3)); }
  p[(((637975u < 982689u) ? 637975u : (982689u ^ 0x55u)) + 6u) & 7u] = ((uint)(((int)(d & 0xffffu) - (int)(283209u & 0xffffu)) / 3) - (uint)(((int)(gid & 0xffffu) - (int)(447596u & 0xffffu)) / 3)); b += p[6u & 7u];
  tile[lid] = max((239466u << (lid & 31u)), d); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 16u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
