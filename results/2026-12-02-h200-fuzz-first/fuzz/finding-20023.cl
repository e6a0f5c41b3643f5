struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((((x & x) ^ y) < ((442593u / (y | 1u)) | (y ^ 852979u))) ? ((x & x) ^ y) : (((442593u / (y | 1u)) | (y ^ 852979u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((x / ((uint)(((int)(x & 0xffffu) - (int)(((y < x) ? y : (x ^ 0x55u)) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (987246u); y ^= x >> 3; x = x * 31u + (692367u); y ^= x >> 3; x = x * 31u + (((y * (y + y)) + y)); y ^= x >> 3; x = x * 31u + ((rotate(599281u, (y >> (880333u & 31u))) | ((813369u + 525059u) << (x & 31u)))); y ^= x >> 3; x = x * 31u + (509945u); y ^= x >> 3; x = x * 31u + ((uint)(((int)((max(976603u, 412590u) + rotate(x, x)) & 0xffffu) - (int)((max(y, 419956u) & (219087u >> (y & 31u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((rotate(y, y) << ((x * x) & 31u)) < y) ? (rotate(y, y) << ((x * x) & 31u)) : (y ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((x + y) + max(679919u, y)) - (606428u - (y >> (288916u & 31u))))); y ^= x >> 3; x = x * 31u + (((mul_hi((1017313u % (y | 1u)), (x | x)) < ((x / (y | 1u)) & y)) ? mul_hi((1017313u % (y | 1u)), (x | x)) : (((x / (y | 1u)) & y) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((rotate(x, (x % (y | 1u))) + ((y / (x | 1u)) | x))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)(rotate((553713u - y), (520383u << (y & 31u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((250942u ^ x) + x) & x)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((min((y << (x & 31u)), (x ^ y)) & x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; d = h1(mul_hi(mul_hi(b, d), a), ((gid < ((d < d) ? d : (d ^ 0x55u))) ? gid : (((d < d) ? d : (d ^ 0x55u)) ^ 0x55u))); }
  if (((lid % (701704u | 1u)) - (c + a)) == rotate(lid, c)) { for (int k = 0; k < 6; k++) { if ((c & 7u) == 6u) break; f = clamp(clamp((g * fmax(0.97f, f)), -4.0f, 4.0f), -1000.0f, 1000.0f); } } else { p[((a + 98876u) + 0u) & 7u] = ((755838u ^ a) / (d | 1u)); a += p[2u & 7u]; }
  p[(((b < b) ? b : (b ^ 0x55u)) + 3u) & 7u] = (b >> (lid & 31u)); b += p[0u & 7u];
  g = clamp((sqrt(fabs(clamp((float)(a & 255u), -4.0f, 4.0f))) + sqrt(fabs(f))), -1000.0f, 1000.0f);
  f = clamp((sqrt(fabs((f + g))) + 2.73f), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
