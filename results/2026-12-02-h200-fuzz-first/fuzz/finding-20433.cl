struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(((x / (294390u | 1u)) ^ (565934u + y)), ((324518u & y) | (404153u - y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((y >> ((x & 251633u) & 31u)) >> (((x * y) + max(386952u, 249065u)) & 31u))); y ^= x >> 3; x = x * 31u + ((((x % (x | 1u)) * y) * min((y / (x | 1u)), (x << (x & 31u))))); y ^= x >> 3; x = x * 31u + ((y | ((x >> (x & 31u)) % ((643907u / (y | 1u)) | 1u)))); y ^= x >> 3; x = x * 31u + (min(((x ^ x) % ((uint)(((int)(y & 0xffffu) - (int)(1013566u & 0xffffu)) / 3) | 1u)), ((y % (891599u | 1u)) + (uint)(((int)(x & 0xffffu) - (int)(804181u & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + (627087u); y ^= x >> 3; x = x * 31u + ((min(x, (49192u << (184407u & 31u))) / ((rotate(292054u, y) / ((x + x) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + ((x & 215435u)); y ^= x >> 3; x = x * 31u + ((((y | 668168u) / (y | 1u)) | ((y & 193799u) / ((823134u & x) | 1u)))); y ^= x >> 3; x = x * 31u + ((((x * 562734u) / ((x * y) | 1u)) ^ (mul_hi(354234u, y) + (y >> (x & 31u))))); y ^= x >> 3; x = x * 31u + ((rotate((x | y), mul_hi(y, x)) | min(((y < 245681u) ? y : (245681u ^ 0x55u)), ((y < 273045u) ? y : (273045u ^ 0x55u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((c - d) + 2u) & 7u] = (((d < 956042u) ? d : (956042u ^ 0x55u)) / (gid | 1u)); a += p[7u & 7u];
  g = clamp((g - (f / (fabs(fmax((float)(a & 255u), (float)(a & 255u))) + 1.0f))), -1000.0f, 1000.0f);
  d ^= convert_uint_sat(fabs(3.74f) * 16.0f);
  a = h1((592760u << (mul_hi(lid, a) & 31u)), (a * ((lid < 415033u) ? lid : (415033u ^ 0x55u))));
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; if (d == rotate(min(lid, c), (d ^ gid))) { p[(mul_hi(594566u, lid) + 1u) & 7u] = ((uint)(((int)(lid & 0xffffu) - (int)(896847u & 0xffffu)) / 3) | lid); c += p[3u & 7u]; } else { b = (a ^ a); } }
  if ((max(gid, a) % (516147u | 1u)) != ((1011734u & gid) << (a & 31u))) { if (548529u < max((lid | a), (uint)(((int)(c & 0xffffu) - (int)(a & 0xffffu)) / 3))) { c ^= convert_uint_sat(fabs(sqrt(fabs(fmin(3.5f, f)))) * 16.0f); } else { a = (b - b); } } else { for (int k = 0; k < 1; k++) { if ((a & 7u) == 3u) break; p[((469070u >> (c & 31u)) + 2u) & 7u] = ((d & 425503u) & a); a += p[6u & 7u]; } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
