struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((y & (932936u * (67339u ^ y)))); y ^= x >> 3; x = x * 31u + (min(min((x + y), (x % (y | 1u))), (((y * 859248u) < max(y, 401576u)) ? (y * 859248u) : (max(y, 401576u) ^ 0x55u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((min(670416u, x) / (max(994422u, y) | 1u))); y ^= x >> 3; x = x * 31u + (mul_hi((y | (y << (y & 31u))), (x << ((x << (y & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + ((mul_hi(x, y) | (mul_hi(y, y) - y))); y ^= x >> 3; x = x * 31u + (((((785568u / (x | 1u)) * (676419u & y)) < x) ? ((785568u / (x | 1u)) * (676419u & y)) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((180651u | x)); y ^= x >> 3; x = x * 31u + (max(max(rotate(829655u, y), 368763u), min((y % (841781u | 1u)), (y % (x | 1u))))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((y ^ mul_hi((65081u << (552474u & 31u)), ((y < x) ? y : (x ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (rotate(((y & y) * (543208u | x)), ((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) * max(138458u, x)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((y | (641500u % (141977u | 1u))) >> ((y >> (((y < 929395u) ? y : (929395u ^ 0x55u)) & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + ((y * (mul_hi(x, x) / ((uint)(((int)(y & 0xffffu) - (int)(595159u & 0xffffu)) / 3) | 1u)))); y ^= x >> 3; x = x * 31u + ((x - (x >> ((y + x) & 31u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (rotate((max(x, y) / (892908u | 1u)), ((x >> (y & 31u)) + mul_hi(x, x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = 707331u;
  c = (((c | 476581u) << (c & 31u)) | mul_hi(c, (130625u | a)));
  if ((b * a) == (((607881u < gid) ? 607881u : (gid ^ 0x55u)) - b)) { for (int k = 0; k < 1; k++) { if ((a & 7u) == 1u) break; p[(min(631585u, a) + 3u) & 7u] = c; b += p[7u & 7u]; } } else { b = (rotate((c % (lid | 1u)), (714900u >> (b & 31u))) << (max((673453u | 322162u), d) & 31u)); }
  p[((lid << (c & 31u)) + 1u) & 7u] = (c % ((b | 441559u) | 1u)); d += p[6u & 7u];
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
