struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x ^ x) + (375216u ^ x)) ^ ((926212u - y) % (mul_hi(y, x) | 1u)))); y ^= x >> 3; x = x * 31u + ((((505698u << (y & 31u)) * min(y, 8425u)) * (mul_hi(x, 1046612u) & y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((326636u * x) >> (86198u & 31u)) * ((x < (y | y)) ? x : ((y | y) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(y & 0xffffu) - (int)(((y < y) ? y : (y ^ 0x55u)) & 0xffffu)) / 3) >> (x & 31u))); y ^= x >> 3; x = x * 31u + ((x | y)); y ^= x >> 3; x = x * 31u + (max(y, (rotate(634941u, y) << ((800620u / (y | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + ((y - (x | (x % (x | 1u))))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (max(rotate((x | 987951u), min(410664u, 562792u)), x)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((min(1025331u, x) ^ (uint)(((int)(528660u & 0xffffu) - (int)(67039u & 0xffffu)) / 3)) % (mul_hi((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3), rotate(y, x)) | 1u))); y ^= x >> 3; x = x * 31u + ((((x << (670757u & 31u)) - y) ^ (x * 669881u))); y ^= x >> 3; x = x * 31u + (((min(x, y) ^ (x & 306855u)) << (rotate((169331u % (707415u | 1u)), (88472u | 404006u)) & 31u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((1040469u | 369918u) % ((uint)(((int)(529842u & 0xffffu) - (int)(y & 0xffffu)) / 3) | 1u)) & 0xffffu) - (int)(((115157u < (726458u / (y | 1u))) ? 115157u : ((726458u / (y | 1u)) ^ 0x55u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (min((((x ^ x) < (872776u % (437681u | 1u))) ? (x ^ x) : ((872776u % (437681u | 1u)) ^ 0x55u)), mul_hi(rotate(169175u, y), (y % (95383u | 1u))))); y ^= x >> 3; x = x * 31u + ((x ^ ((y << (401097u & 31u)) - (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((lid + a) + 4u) & 7u] = mul_hi((uint)(((int)(gid & 0xffffu) - (int)(c & 0xffffu)) / 3), (lid & 742766u)); c += p[1u & 7u];
  p[((uint)(((int)(a & 0xffffu) - (int)(d & 0xffffu)) / 3) + 3u) & 7u] = ((756893u >> (313244u & 31u)) & rotate(gid, 193939u)); d += p[6u & 7u];
  switch (((767045u % (lid | 1u)) * ((gid < a) ? gid : (a ^ 0x55u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 599u; /* falls through */ case 2: a = ((d + 415997u) | (532142u | b)); break; default: a = rotate(a, 3u); }
  switch (((394614u + d) >> ((lid | c) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 68u; /* falls through */ case 2: c = (rotate(c, c) - (lid % (gid | 1u))); break; default: c = rotate(c, 3u); }
  if ((gid * max(b, gid)) != (((a << (d & 31u)) < d) ? (a << (d & 31u)) : (d ^ 0x55u))) { c = h0(((uint)(((int)(c & 0xffffu) - (int)(a & 0xffffu)) / 3) + (c << (b & 31u))), rotate((a - c), (gid % (b | 1u)))); } else { p[((uint)(((int)(509421u & 0xffffu) - (int)(582853u & 0xffffu)) / 3) + 0u) & 7u] = ((746246u - a) / ((a / (c | 1u)) | 1u)); b += p[0u & 7u]; }
  c = (((751650u - d) ^ (b % (455423u | 1u))) >> ((d % (rotate(lid, gid) | 1u)) & 31u));
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  for (int k = 0; k < 5; k++) {  f = clamp(f, -1000.0f, 1000.0f); }
  a = ((((uint)(((int)(684312u & 0xffffu) - (int)(gid & 0xffffu)) / 3) < (uint)(((int)(lid & 0xffffu) - (int)(d & 0xffffu)) / 3)) ? (uint)(((int)(684312u & 0xffffu) - (int)(gid & 0xffffu)) / 3) : ((uint)(((int)(lid & 0xffffu) - (int)(d & 0xffffu)) / 3) ^ 0x55u)) | (((615445u << (a & 31u)) < d) ? (615445u << (a & 31u)) : (d ^ 0x55u)));
  p[((d * 289610u) + 1u) & 7u] = (uint)(((int)((uint)(((int)(508178u & 0xffffu) - (int)(a & 0xffffu)) / 3) & 0xffffu) - (int)(a & 0xffffu)) / 3); d += p[1u & 7u];
  a = a;
  tile[lid] = (mul_hi(d, a) | (c << (d & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 32u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
