struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((mul_hi((957198u - y), min(x, 116285u)) % (mul_hi(y, y) | 1u))); y ^= x >> 3; x = x * 31u + ((((mul_hi(y, x) < mul_hi(x, x)) ? mul_hi(y, x) : (mul_hi(x, x) ^ 0x55u)) - ((x >> (x & 31u)) & x))); y ^= x >> 3; x = x * 31u + ((y ^ x)); y ^= x >> 3; x = x * 31u + (((x ^ max(x, y)) ^ 427696u)); y ^= x >> 3; x = x * 31u + (((1010949u * (y ^ x)) ^ ((x + 915993u) & y))); y ^= x >> 3; x = x * 31u + (max(x, (uint)(((int)((x ^ x) & 0xffffu) - (int)((x + x) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((uint)(((int)((x + y) & 0xffffu) - (int)(mul_hi(967669u, y) & 0xffffu)) / 3) & 0xffffu) - (int)(((613500u & x) + (230975u / (227845u | 1u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((x / (159530u | 1u)) * mul_hi(820932u, 938126u)) & x)); y ^= x >> 3; x = x * 31u + (123797u); y ^= x >> 3; x = x * 31u + ((uint)(((int)(y & 0xffffu) - (int)((min(x, x) + (y + y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((184705u - y) % ((x / (y | 1u)) | 1u)) | 337683u)); y ^= x >> 3; x = x * 31u + (min((rotate(50669u, y) / (x | 1u)), x)); y ^= x >> 3; x = x * 31u + (((uint)(((int)((y % (x | 1u)) & 0xffffu) - (int)((x >> (x & 31u)) & 0xffffu)) / 3) % (216336u | 1u))); y ^= x >> 3; x = x * 31u + (((y < (uint)(((int)(y & 0xffffu) - (int)((y % (y | 1u)) & 0xffffu)) / 3)) ? y : ((uint)(((int)(y & 0xffffu) - (int)((y % (y | 1u)) & 0xffffu)) / 3) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((970557u & mul_hi(x, x)) * ((364557u >> (x & 31u)) * 219757u))); y ^= x >> 3; x = x * 31u + ((x - x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 2; k++) { if ((a & 7u) == 2u) break; if (((b / (692065u | 1u)) ^ (358866u ^ b)) > 267374u) { a = ((gid / (((d < 536474u) ? d : (536474u ^ 0x55u)) | 1u)) & ((610084u ^ 283149u) % (460759u | 1u))); } else { a ^= convert_uint_sat(fabs(g) * 16.0f); } }
  f = clamp((((3.85f / (fabs(g) + 1.0f)) + (3.13f + (float)(a & 255u))) / (fabs(g) + 1.0f)), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs(3.32f) * 16.0f);
  a = h1(((d / (b | 1u)) % ((770762u << (b & 31u)) | 1u)), ((c + b) ^ c));
  d = (((643411u * c) / ((d ^ lid) | 1u)) / (((511595u | d) % (max(283212u, b) | 1u)) | 1u));
  c = h1((((c << (a & 31u)) < 943889u) ? (c << (a & 31u)) : (943889u ^ 0x55u)), (d + rotate(819051u, gid)));
  c = 282784u;
  b = (((lid & 718118u) + (gid ^ a)) - (237018u % ((c + d) | 1u)));
  if ((uint)(((int)((d | c) & 0xffffu) - (int)(1039406u & 0xffffu)) / 3) > (((lid < d) ? lid : (d ^ 0x55u)) - (b / (c | 1u)))) { g = clamp(g, -1000.0f, 1000.0f); } else { if ((750677u << ((lid + a) & 31u)) == ((839955u * 953840u) >> (gid & 31u))) { g = clamp(fmax(((f * 3.43f) - g), fmax(sqrt(fabs(g)), ((float)(a & 255u) * (float)(a & 255u)))), -1000.0f, 1000.0f); } else { c = mul_hi(((c & d) & mul_hi(509254u, c)), c); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
