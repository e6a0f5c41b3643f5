struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((((x < (307664u >> (494397u & 31u))) ? x : ((307664u >> (494397u & 31u)) ^ 0x55u)) < ((uint)(((int)(y & 0xffffu) - (int)(291916u & 0xffffu)) / 3) * (x - 395783u))) ? ((x < (307664u >> (494397u & 31u))) ? x : ((307664u >> (494397u & 31u)) ^ 0x55u)) : (((uint)(((int)(y & 0xffffu) - (int)(291916u & 0xffffu)) / 3) * (x - 395783u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((y << (max((979190u ^ y), 608622u) & 31u))); y ^= x >> 3; x = x * 31u + (257980u); y ^= x >> 3; x = x * 31u + ((max((942523u * y), max(x, 146985u)) & (min(717434u, y) | (y + x)))); y ^= x >> 3; x = x * 31u + ((max(rotate(785316u, x), 260798u) % (((x - x) << (mul_hi(y, y) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (((rotate(x, 647152u) * (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)) + ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) & (1024871u - x)))); y ^= x >> 3; x = x * 31u + ((mul_hi((581551u % (794145u | 1u)), (x % (y | 1u))) * (x ^ (y - 947631u)))); y ^= x >> 3; x = x * 31u + (mul_hi(mul_hi((492052u << (x & 31u)), (x - y)), (uint)(((int)(x & 0xffffu) - (int)((uint)(((int)(y & 0xffffu) - (int)(502046u & 0xffffu)) / 3) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (rotate(mul_hi((x / (x | 1u)), 637027u), 973057u)); y ^= x >> 3; x = x * 31u + (((mul_hi(y, 303862u) % (562366u | 1u)) << (194840u & 31u))); y ^= x >> 3; x = x * 31u + ((mul_hi(mul_hi(y, x), (x / (y | 1u))) * ((y < mul_hi(x, x)) ? y : (mul_hi(x, x) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (max(((x - y) & (151333u << (y & 31u))), 240159u)); y ^= x >> 3; x = x * 31u + (((min(y, y) + (y >> (y & 31u))) ^ rotate(493057u, ((y < y) ? y : (y ^ 0x55u))))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)(((x | x) + ((x < y) ? x : (y ^ 0x55u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((y & 788271u) | min(y, x)) + 1003143u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a ^= convert_uint_sat(fabs((f - (2.33f + f))) * 16.0f);
  for (int k = 0; k < 2; k++) {  f = clamp((float)(a & 255u), -1000.0f, 1000.0f); }
  if (((b / (lid | 1u)) & ((b < c) ? b : (c ^ 0x55u))) != (c << ((uint)(((int)(c & 0xffffu) - (int)(lid & 0xffffu)) / 3) & 31u))) { b = h0(d, d); } else { switch ((uint)(((int)((gid | c) & 0xffffu) - (int)((b | lid) & 0xffffu)) / 3) & 3u) { case 0: d += 1u; break; case 1: d ^= 229u; /* falls through */ case 2: d = gid; break; default: d = rotate(d, 3u); } }
  d ^= convert_uint_sat(fabs(sqrt(fabs(3.62f))) * 16.0f);
  if (b > (((438458u % (lid | 1u)) < 522354u) ? (438458u % (lid | 1u)) : (522354u ^ 0x55u))) { p[((322255u % (b | 1u)) + 0u) & 7u] = ((uint)(((int)(879784u & 0xffffu) - (int)(571820u & 0xffffu)) / 3) - min(a, 464849u)); c += p[7u & 7u]; } else { a = 545118u; }
  a = ((((a < d) ? a : (d ^ 0x55u)) + (531797u << (lid & 31u))) ^ 47193u);
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; switch (((gid ^ 437767u) | (d | gid)) & 3u) { case 0: c += 1u; break; case 1: c ^= 295u; /* falls through */ case 2: c = mul_hi(min(468759u, 14288u), (84347u << (250239u & 31u))); break; default: c = rotate(c, 3u); } }
  if ((c >> (gid & 31u)) > min(max(d, 589731u), (842890u & b))) { b = c; } else { if (max((lid % (b | 1u)), (d ^ 364684u)) != gid) { c = 176165u; } else { g = clamp(sqrt(fabs(sqrt(fabs((2.60f + g))))), -1000.0f, 1000.0f); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
