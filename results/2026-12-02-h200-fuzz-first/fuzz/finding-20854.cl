struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (375040u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((y & 158626u) < (1004281u - (x | y))) ? (y & 158626u) : ((1004281u - (x | y)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((mul_hi((uint)(((int)(157415u & 0xffffu) - (int)(x & 0xffffu)) / 3), (266704u + 830591u)) >> (((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) ^ (x - x)) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (rotate(491405u, rotate(min(473866u, x), (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)((y ^ 895270u) & 0xffffu)) / 3) < x) ? (uint)(((int)(x & 0xffffu) - (int)((y ^ 895270u) & 0xffffu)) / 3) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + (mul_hi((min(y, y) << ((836545u % (x | 1u)) & 31u)), x)); y ^= x >> 3; x = x * 31u + ((((y << (183082u & 31u)) / (x | 1u)) % ((((778188u ^ y) < (uint)(((int)(899124u & 0xffffu) - (int)(x & 0xffffu)) / 3)) ? (778188u ^ y) : ((uint)(((int)(899124u & 0xffffu) - (int)(x & 0xffffu)) / 3) ^ 0x55u)) | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y + y) ^ (x | y)) & 0xffffu) - (int)((x / ((1023481u << (y & 31u)) | 1u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((min(x, x) & mul_hi(1029188u, y)) % ((max(148944u, y) & (y / (y | 1u))) | 1u))); y ^= x >> 3; x = x * 31u + ((((x * y) + (y * x)) / (max((455531u * x), 7641u) | 1u))); y ^= x >> 3; x = x * 31u + ((min(y, mul_hi(277881u, y)) & x)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(405083u & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (max((rotate(y, x) << (y & 31u)), (uint)(((int)((x - y) & 0xffffu) - (int)((x + y) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((mul_hi((y * y), x) ^ x)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((((y / (x | 1u)) ^ (x >> (x & 31u))) < x) ? ((y / (x | 1u)) ^ (x >> (x & 31u))) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + (min(x, 979395u)); y ^= x >> 3; x = x * 31u + ((max((x >> (x & 31u)), (x | 690783u)) ^ min(max(x, y), (x - y)))); y ^= x >> 3; x = x * 31u + ((y ^ ((x + x) * (310513u * 792792u)))); y ^= x >> 3; x = x * 31u + ((max((x * x), mul_hi(y, x)) - (y >> ((362721u - y) & 31u)))); y ^= x >> 3; x = x * 31u + (56798u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((b + gid) + (446287u / (a | 1u))) != 1044312u) { a = c; } else { g = clamp((clamp(fmax((float)(a & 255u), g), -4.0f, 4.0f) - sqrt(fabs(g))), -1000.0f, 1000.0f); }
  if ((263314u ^ (d + a)) < 845633u) { f = clamp(fmax((sqrt(fabs((float)(a & 255u))) + g), ((g / (fabs(f) + 1.0f)) + g)), -1000.0f, 1000.0f); } else { p[(c + 1u) & 7u] = (a & (b % (lid | 1u))); d += p[6u & 7u]; }
  if ((c ^ rotate(801088u, gid)) != rotate((b >> (d & 31u)), rotate(b, gid))) { f = clamp(clamp((float)(a & 255u), -4.0f, 4.0f), -1000.0f, 1000.0f); } else { p[(mul_hi(d, c) + 3u) & 7u] = (uint)(((int)(c & 0xffffu) - (int)(((761844u < c) ? 761844u : (c ^ 0x55u)) & 0xffffu)) / 3); d += p[1u & 7u]; }
  a = h0((uint)(((int)((uint)(((int)(gid & 0xffffu) - (int)(965521u & 0xffffu)) / 3) & 0xffffu) - (int)((c | c) & 0xffffu)) / 3), gid);
  switch (lid & 3u) { case 0: c += 1u; break; case 1: c ^= 661u; /* falls through */ case 2: c = max(595041u, gid); break; default: c = rotate(c, 3u); }
  for (int k = 0; k < 6; k++) { if ((a & 7u) == 6u) break; d ^= convert_uint_sat(fabs((fmin(g, f) - sqrt(fabs(f)))) * 16.0f); }
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; a ^= convert_uint_sat(fabs((((float)(a & 255u) / (fabs(3.34f) + 1.0f)) + (f / (fabs((float)(a & 255u)) + 1.0f)))) * 16.0f); }
  c = (((c ^ lid) - 134498u) / (((785391u << (350765u & 31u)) + max(gid, a)) | 1u));
  f = clamp((g * f), -1000.0f, 1000.0f);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
