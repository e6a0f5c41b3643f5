struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((uint)(((int)(mul_hi(297648u, y) & 0xffffu) - (int)(mul_hi(76822u, 551030u) & 0xffffu)) / 3) * (rotate(x, x) + max(1038306u, x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (mul_hi((((x < y) ? x : (y ^ 0x55u)) | (85584u << (x & 31u))), ((x / (x | 1u)) % ((y % (871488u | 1u)) | 1u)))); y ^= x >> 3; x = x * 31u + (max(((x ^ 636471u) + (940538u & y)), (((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) < (308103u + y)) ? (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) : ((308103u + y) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (591359u); y ^= x >> 3; x = x * 31u + ((min(min(x, y), y) | mul_hi((x * x), x))); y ^= x >> 3; x = x * 31u + (rotate((((509013u < 496614u) ? 509013u : (496614u ^ 0x55u)) - max(243320u, y)), max(((y < 276572u) ? y : (276572u ^ 0x55u)), (577374u - 619557u)))); y ^= x >> 3; x = x * 31u + (868104u); y ^= x >> 3; x = x * 31u + (337052u); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y < x) ? y : (x ^ 0x55u)) & 0xffffu) - (int)(mul_hi(((y < 817924u) ? y : (817924u ^ 0x55u)), y) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((((y ^ 24867u) & 99271u) < (866201u | (y & y))) ? ((y ^ 24867u) & 99271u) : ((866201u | (y & y)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (mul_hi(mul_hi((y >> (12082u & 31u)), (x | x)), ((x & y) % ((y + y) | 1u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((mul_hi(y, y) - (817848u - x)) + mul_hi(mul_hi(991992u, y), (x << (68982u & 31u))))); y ^= x >> 3; x = x * 31u + ((y ^ min(mul_hi(819828u, x), rotate(906880u, y)))); y ^= x >> 3; x = x * 31u + (max(167205u, ((348306u + 138763u) & y))); y ^= x >> 3; x = x * 31u + (874205u); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) << ((217745u * y) & 31u)) / ((min(x, y) / (mul_hi(756789u, y) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (mul_hi(x, (((67106u < y) ? 67106u : (y ^ 0x55u)) * min(x, x)))); y ^= x >> 3; x = x * 31u + ((min((88907u / (342793u | 1u)), (y ^ x)) / ((((y - x) < y) ? (y - x) : (y ^ 0x55u)) | 1u))); y ^= x >> 3; x = x * 31u + ((((32974u % (x | 1u)) < 790714u) ? (32974u % (x | 1u)) : (790714u ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((x << (y & 31u)) ^ x) & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (690092u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((d ^ (gid + a)) == ((421214u - c) / (rotate(gid, d) | 1u))) { a = (((uint)(((int)((c ^ 274503u) & 0xffffu) - (int)(mul_hi(d, a) & 0xffffu)) / 3) < c) ? (uint)(((int)((c ^ 274503u) & 0xffffu) - (int)(mul_hi(d, a) & 0xffffu)) / 3) : (c ^ 0x55u)); } else { a = gid; }
  g = clamp((((float)(a & 255u) * clamp(f, -4.0f, 4.0f)) + ((float)(a & 255u) * (g + (float)(a & 255u)))), -1000.0f, 1000.0f);
  switch (min((d << (91789u & 31u)), a) & 3u) { case 0: b += 1u; break; case 1: b ^= 121u; /* falls through */ case 2: b = rotate((lid >> (gid & 31u)), b); break; default: b = rotate(b, 3u); }
  d = h0(((171160u + b) / ((lid / (388502u | 1u)) | 1u)), mul_hi((570746u + 57235u), (89497u >> (969825u & 31u))));
  p[((gid - d) + 4u) & 7u] = (959186u % (369822u | 1u)); a += p[6u & 7u];
  tile[lid] = lid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 43u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
