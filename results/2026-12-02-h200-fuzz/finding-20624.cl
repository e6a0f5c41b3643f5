struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((315461u << ((y / (883169u | 1u)) & 31u)) < rotate((x | x), (y + 211622u))) ? (315461u << ((y / (883169u | 1u)) & 31u)) : (rotate((x | x), (y + 211622u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (rotate(y, (y >> ((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (315585u); y ^= x >> 3; x = x * 31u + ((((((x & x) < (19869u + y)) ? (x & x) : ((19869u + y) ^ 0x55u)) < ((x ^ y) & min(947508u, 431155u))) ? (((x & x) < (19869u + y)) ? (x & x) : ((19869u + y) ^ 0x55u)) : (((x ^ y) & min(947508u, 431155u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((862183u + x) % (y | 1u)) / (174615u | 1u))); y ^= x >> 3; x = x * 31u + ((((x + 212719u) + (y & y)) ^ max((y | x), max(y, 1013173u)))); y ^= x >> 3; x = x * 31u + (((((y % (y | 1u)) < (uint)(((int)(x & 0xffffu) - (int)(215084u & 0xffffu)) / 3)) ? (y % (y | 1u)) : ((uint)(((int)(x & 0xffffu) - (int)(215084u & 0xffffu)) / 3) ^ 0x55u)) | (y ^ x))); y ^= x >> 3; x = x * 31u + (((min(x, x) % ((y | x) | 1u)) - (max(816569u, x) | mul_hi(370366u, 575147u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((((y + 90735u) < max(y, 953678u)) ? (y + 90735u) : (max(y, 953678u) ^ 0x55u)) & 0xffffu) - (int)(((mul_hi(y, y) < (y / (y | 1u))) ? mul_hi(y, y) : ((y / (y | 1u)) ^ 0x55u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (mul_hi(((186787u >> (x & 31u)) * (y / (x | 1u))), (((y >> (x & 31u)) < y) ? (y >> (x & 31u)) : (y ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (505556u); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((mul_hi((x + x), max(x, y)) << ((((y < y) ? y : (y ^ 0x55u)) / ((386278u & x) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((rotate(x, rotate(y, x)) << (max((581850u | y), (x | y)) & 31u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y & x) / ((y << (y & 31u)) | 1u)) & 0xffffu) - (int)((y % (mul_hi(x, 992978u) | 1u)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = (a % (749620u | 1u));
  switch (((591182u | 411195u) - 134712u) & 3u) { case 0: d += 1u; break; case 1: d ^= 266u; /* falls through */ case 2: d = (rotate(c, gid) >> ((c - a) & 31u)); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; switch ((lid - 601541u) & 3u) { case 0: c += 1u; break; case 1: c ^= 675u; /* falls through */ case 2: c = ((c * 400685u) + (d / (a | 1u))); break; default: c = rotate(c, 3u); } }
  f = clamp(sqrt(fabs(((f + (float)(a & 255u)) * fmin(f, (float)(a & 255u))))), -1000.0f, 1000.0f);
  c ^= convert_uint_sat(fabs(((f * f) + g)) * 16.0f);
  p[(460732u + 0u) & 7u] = (((807094u < 442679u) ? 807094u : (442679u ^ 0x55u)) ^ min(d, 372000u)); d += p[3u & 7u];
  p[((c & a) + 4u) & 7u] = ((lid & gid) * (403434u | b)); a += p[0u & 7u];
  d = (c << (lid & 31u));
  switch (((lid % (884277u | 1u)) + (b % (98562u | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 245u; /* falls through */ case 2: c = ((b | 747495u) + (b << (a & 31u))); break; default: c = rotate(c, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
