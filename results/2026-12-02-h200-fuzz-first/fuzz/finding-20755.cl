struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((x >> ((262212u * 230418u) & 31u)) >> (((uint)(((int)(y & 0xffffu) - (int)(346338u & 0xffffu)) / 3) / (((1044267u < x) ? 1044267u : (x ^ 0x55u)) | 1u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((mul_hi((x * y), (y ^ x)) * ((x + y) | (760427u ^ x)))); y ^= x >> 3; x = x * 31u + (657755u); y ^= x >> 3; x = x * 31u + (rotate(657201u, y)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(rotate((x & x), max(x, 350082u)) & 0xffffu) - (int)(mul_hi(min(x, x), min(y, x)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((mul_hi(164497u, x) ^ (x << (x & 31u))) << (min(439066u, (y * y)) & 31u))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(mul_hi(547823u, x) & 0xffffu) - (int)(min(y, y) & 0xffffu)) / 3) < max(mul_hi(x, 567331u), mul_hi(y, y))) ? (uint)(((int)(mul_hi(547823u, x) & 0xffffu) - (int)(min(y, y) & 0xffffu)) / 3) : (max(mul_hi(x, 567331u), mul_hi(y, y)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((max((uint)(((int)(259212u & 0xffffu) - (int)(626006u & 0xffffu)) / 3), max(y, 509639u)) / (min((y | x), (x << (x & 31u))) | 1u))); y ^= x >> 3; x = x * 31u + (((((x / (62637u | 1u)) < (y << (y & 31u))) ? (x / (62637u | 1u)) : ((y << (y & 31u)) ^ 0x55u)) + x)); y ^= x >> 3; x = x * 31u + (rotate((min(x, y) & min(978163u, 1011354u)), 739504u)); y ^= x >> 3; x = x * 31u + (mul_hi((min(38245u, x) + (x + x)), x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = c;
  a = h0((mul_hi(d, lid) & (420247u % (b | 1u))), min((678257u ^ d), max(gid, 39808u)));
  for (int k = 0; k < 5; k++) { if ((d & 7u) == 1u) break; b = h0(660201u, (mul_hi(215591u, 335975u) % ((c + c) | 1u))); }
  a ^= convert_uint_sat(fabs(2.82f) * 16.0f);
  c = h0(((100186u % (b | 1u)) - mul_hi(397206u, lid)), (uint)(((int)((b >> (lid & 31u)) & 0xffffu) - (int)((671411u + lid) & 0xffffu)) / 3));
  b ^= convert_uint_sat(fabs(((0.9f * g) - f)) * 16.0f);
  a = ((((gid < mul_hi(571880u, d)) ? gid : (mul_hi(571880u, d) ^ 0x55u)) < rotate(537874u, (a >> (a & 31u)))) ? ((gid < mul_hi(571880u, d)) ? gid : (mul_hi(571880u, d) ^ 0x55u)) : (rotate(537874u, (a >> (a & 31u))) ^ 0x55u));
  g = clamp(g, -1000.0f, 1000.0f);
  a = h0((uint)(((int)((c >> (b & 31u)) & 0xffffu) - (int)((a & a) & 0xffffu)) / 3), (((525786u < a) ? 525786u : (a ^ 0x55u)) | mul_hi(c, a)));
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
