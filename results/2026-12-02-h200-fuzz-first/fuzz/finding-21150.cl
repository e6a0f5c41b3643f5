struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((x * y) * x) << ((y / ((821997u & y) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + (rotate(y, x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (rotate(((x ^ 605546u) / (x | 1u)), (y << (rotate(622332u, y) & 31u)))); y ^= x >> 3; x = x * 31u + ((min(333254u, max(x, 53613u)) | (min(231721u, x) >> ((x & x) & 31u)))); y ^= x >> 3; x = x * 31u + (((y + (y * 411664u)) * (y << ((540179u >> (x & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + ((rotate(max(234148u, 721888u), x) % (rotate(x, (uint)(((int)(489038u & 0xffffu) - (int)(x & 0xffffu)) / 3)) | 1u))); y ^= x >> 3; x = x * 31u + ((rotate((x - x), ((x < x) ? x : (x ^ 0x55u))) * min(((y < y) ? y : (y ^ 0x55u)), y))); y ^= x >> 3; x = x * 31u + ((min(max(y, 203956u), max(x, y)) << (min((166593u * x), (x / (x | 1u))) & 31u))); y ^= x >> 3; x = x * 31u + (mul_hi(825234u, (min(495282u, x) << (83176u & 31u)))); y ^= x >> 3; x = x * 31u + (((min((y >> (y & 31u)), (y >> (482964u & 31u))) < (rotate(y, y) / ((470267u ^ y) | 1u))) ? min((y >> (y & 31u)), (y >> (482964u & 31u))) : ((rotate(y, y) / ((470267u ^ y) | 1u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((126170u ^ x) - 15133u) & rotate((597745u & y), (y % (y | 1u))))); y ^= x >> 3; x = x * 31u + ((573598u ^ ((x / (115470u | 1u)) * mul_hi(y, 418446u)))); y ^= x >> 3; x = x * 31u + ((y - 240795u)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((y * rotate((x | x), max(x, x)))); y ^= x >> 3; x = x * 31u + (mul_hi((uint)(((int)((y >> (x & 31u)) & 0xffffu) - (int)((x + 641110u) & 0xffffu)) / 3), ((x & x) & y))); y ^= x >> 3; x = x * 31u + ((834684u ^ (y / (x | 1u)))); y ^= x >> 3; x = x * 31u + (rotate(y, (((x < y) ? x : (y ^ 0x55u)) >> (mul_hi(507365u, y) & 31u)))); y ^= x >> 3; x = x * 31u + (((x ^ (x - 304393u)) - ((y / (622854u | 1u)) + (x >> (y & 31u))))); y ^= x >> 3; x = x * 31u + (rotate((562795u * (uint)(((int)(y & 0xffffu) - (int)(646192u & 0xffffu)) / 3)), x)); y ^= x >> 3; x = x * 31u + (542307u); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (971611u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = h0(gid, (min(424682u, 136281u) ^ (lid + b)));
  switch ((max(gid, 761421u) >> (rotate(b, d) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 863u; /* falls through */ case 2: a = c; break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; f = clamp(1.41f, -1000.0f, 1000.0f); }
  c = (((89600u / (381662u | 1u)) & max(a, c)) >> (((uint)(((int)(c & 0xffffu) - (int)(702706u & 0xffffu)) / 3) | (d >> (202235u & 31u))) & 31u));
  p[(((a < 755435u) ? a : (755435u ^ 0x55u)) + 2u) & 7u] = 476886u; d += p[5u & 7u];
  switch (lid & 3u) { case 0: a += 1u; break; case 1: a ^= 368u; /* falls through */ case 2: a = d; break; default: a = rotate(a, 3u); }
  a = h1((gid << ((b & lid) & 31u)), ((b % (759817u | 1u)) | (lid & d)));
  a ^= convert_uint_sat(fabs(((f / (fabs(g) + 1.0f)) - g)) * 16.0f);
  a = h1((rotate(632781u, 642641u) >> ((470364u & d) & 31u)), ((576110u ^ 540615u) - rotate(c, lid)));
  for (int k = 0; k < 2; k++) {  c ^= convert_uint_sat(fabs(2.97f) * 16.0f); }
  d = rotate(mul_hi(lid, rotate(b, a)), min(22738u, ((lid < lid) ? lid : (lid ^ 0x55u))));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
