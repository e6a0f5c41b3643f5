struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((x * 582646u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((x / ((uint)(((int)((x - y) & 0xffffu) - (int)(y & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((y < (y >> (y & 31u))) ? y : ((y >> (y & 31u)) ^ 0x55u)) | ((y - 16074u) << ((x ^ x) & 31u)))); y ^= x >> 3; x = x * 31u + ((x / ((((uint)(((int)(65135u & 0xffffu) - (int)(430804u & 0xffffu)) / 3) < 17342u) ? (uint)(((int)(65135u & 0xffffu) - (int)(430804u & 0xffffu)) / 3) : (17342u ^ 0x55u)) | 1u))); y ^= x >> 3; x = x * 31u + ((((y >> (y & 31u)) >> (((y < y) ? y : (y ^ 0x55u)) & 31u)) % (((352230u - x) * (y - 680218u)) | 1u))); y ^= x >> 3; x = x * 31u + ((min(mul_hi(x, y), rotate(y, y)) ^ y)); y ^= x >> 3; x = x * 31u + ((((x & x) - (x & 714961u)) / ((uint)(((int)(mul_hi(y, y) & 0xffffu) - (int)(mul_hi(x, 57017u) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + ((x & x)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((x & ((y ^ x) % (max(y, 764803u) | 1u)))); y ^= x >> 3; x = x * 31u + (916317u); y ^= x >> 3; x = x * 31u + ((833923u * (rotate(x, 697501u) % ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((mul_hi(x, x) >> (x & 31u)) / (((y >> (658906u & 31u)) >> (530748u & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (215333u); y ^= x >> 3; x = x * 31u + (rotate((uint)(((int)((97271u ^ 666545u) & 0xffffu) - (int)((417872u + y) & 0xffffu)) / 3), max((303530u / (y | 1u)), ((472026u < x) ? 472026u : (x ^ 0x55u))))); y ^= x >> 3; x = x * 31u + ((y + (max(169190u, x) * (x ^ x)))); y ^= x >> 3; x = x * 31u + (((139771u & (y | 581609u)) % (((x - y) * (24978u & y)) | 1u))); y ^= x >> 3; x = x * 31u + (rotate((y << (max(x, 326293u) & 31u)), max(y, y))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((563362u << ((y + y) & 31u)) - x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b ^= convert_uint_sat(fabs(3.29f) * 16.0f);
  p[((b % (c | 1u)) + 0u) & 7u] = ((uint)(((int)(a & 0xffffu) - (int)(677973u & 0xffffu)) / 3) % (min(a, a) | 1u)); b += p[2u & 7u];
  tile[lid] = (max(a, b) ^ 25069u); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 54u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
