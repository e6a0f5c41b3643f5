struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (887998u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((rotate((141044u - x), max(y, x)) ^ 198469u)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y % (765236u | 1u)) << ((x * y) & 31u)) & 0xffffu) - (int)(max(y, (x >> (y & 31u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((y | (((y & 676962u) < (x | x)) ? (y & 676962u) : ((x | x) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((((678088u / (100636u | 1u)) & 50918u) & ((y & 17378u) ^ x))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((rotate(max(x, y), 768110u) << ((rotate(y, 21168u) % (rotate(y, x) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + ((x * mul_hi((y ^ x), (931868u - y)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((459818u << (x & 31u)) / (582253u | 1u)) & 0xffffu) - (int)(mul_hi(y, mul_hi(774691u, x)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((rotate(x, x) % (rotate((y / (y | 1u)), x) | 1u))); y ^= x >> 3; x = x * 31u + (191514u); y ^= x >> 3; x = x * 31u + ((rotate(max(y, y), ((y < x) ? y : (x ^ 0x55u))) * ((y >> (y & 31u)) | (uint)(((int)(y & 0xffffu) - (int)(13354u & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((((x ^ 94711u) % (min(y, 516822u) | 1u)) / (44647u | 1u))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(y & 0xffffu) - (int)(max(y, x) & 0xffffu)) / 3) * max((x % (y | 1u)), (x | 255995u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((y >> (567912u & 31u)) / ((y & y) | 1u)) | mul_hi(((x < 621523u) ? x : (621523u ^ 0x55u)), x))); y ^= x >> 3; x = x * 31u + ((((x ^ 224718u) << (max(x, 179248u) & 31u)) + max((y ^ x), y))); y ^= x >> 3; x = x * 31u + (((y < (900116u * (190368u + y))) ? y : ((900116u * (190368u + y)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (min((max(y, y) ^ 109171u), max(rotate(811110u, y), (137314u >> (y & 31u))))); y ^= x >> 3; x = x * 31u + ((685486u * ((441605u % (186634u | 1u)) % (x | 1u)))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) % (min(y, 315497u) | 1u)) % ((rotate(y, 917669u) >> ((y * 875436u) & 31u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (((b < (b * 403785u)) ? b : ((b * 403785u) ^ 0x55u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 584u; /* falls through */ case 2: c = ((a % (151388u | 1u)) % ((648759u % (b | 1u)) | 1u)); break; default: c = rotate(c, 3u); }
  switch (mul_hi(max(111643u, 417983u), (b & gid)) & 3u) { case 0: a += 1u; break; case 1: a ^= 839u; /* falls through */ case 2: a = ((gid < mul_hi(d, 59455u)) ? gid : (mul_hi(d, 59455u) ^ 0x55u)); break; default: a = rotate(a, 3u); }
  g = clamp(1.44f, -1000.0f, 1000.0f);
  g = clamp(g, -1000.0f, 1000.0f);
  g = clamp(f, -1000.0f, 1000.0f);
  g = clamp(g, -1000.0f, 1000.0f);
  f = clamp(0.50f, -1000.0f, 1000.0f);
  if (mul_hi(925388u, ((gid < 1046285u) ? gid : (1046285u ^ 0x55u))) == 558140u) { b = h0(((mul_hi(gid, c) < (906577u + lid)) ? mul_hi(gid, c) : ((906577u + lid) ^ 0x55u)), 649673u); } else { c = h1(((c ^ c) & (lid / (816571u | 1u))), ((a < 212740u) ? a : (212740u ^ 0x55u))); }
  g = clamp(((((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f)) + clamp((float)(a & 255u), -4.0f, 4.0f)) + fmin(fmax(1.88f, (float)(a & 255u)), clamp(f, -4.0f, 4.0f))), -1000.0f, 1000.0f);
  d = h0(gid, (mul_hi(d, 233079u) >> ((lid & lid) & 31u)));
  for (int k = 0; k < 1; k++) { if ((c & 7u) == 3u) break; b = ((uint)(((int)(lid & 0xffffu) - (int)(rotate(738180u, gid) & 0xffffu)) / 3) & max(min(772253u, 461345u), 450000u)); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
