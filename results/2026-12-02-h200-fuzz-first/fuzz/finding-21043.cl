struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate((((y & y) < y) ? (y & y) : (y ^ 0x55u)), mul_hi((x + x), (21054u / (627271u | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (max(y, ((y | y) / (9612u | 1u)))); y ^= x >> 3; x = x * 31u + (mul_hi(102157u, (x % (x | 1u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) + (27384u & x)) | (((x | y) < (y & x)) ? (x | y) : ((y & x) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((min(390530u, (y - 313798u)) | x)); y ^= x >> 3; x = x * 31u + ((((290978u * y) + y) + ((y * x) - (uint)(((int)(864367u & 0xffffu) - (int)(y & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((max((x << (911217u & 31u)), y) << (((y * y) >> ((x + y) & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + (((mul_hi(961881u, x) | max(y, y)) * ((173364u / (883373u | 1u)) + (x | x)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (mul_hi((y / (mul_hi(x, y) | 1u)), y)); y ^= x >> 3; x = x * 31u + ((((y ^ 866574u) & y) - 1022324u)); y ^= x >> 3; x = x * 31u + (max(1015581u, ((46986u + x) + mul_hi(x, x)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((255408u >> (662096u & 31u)) << (max(y, x) & 31u)) & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((x ^ (y % (y | 1u))) * 14404u)); y ^= x >> 3; x = x * 31u + (mul_hi((x / ((y - 450090u) | 1u)), y)); y ^= x >> 3; x = x * 31u + (((x < ((x ^ 131410u) * (516961u & 520325u))) ? x : (((x ^ 131410u) * (516961u & 520325u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((x - max((x % (660101u | 1u)), x))); y ^= x >> 3; x = x * 31u + ((y >> (((y ^ y) % ((y >> (919844u & 31u)) | 1u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h0((b << ((a & d) & 31u)), ((mul_hi(b, a) < (b & a)) ? mul_hi(b, a) : ((b & a) ^ 0x55u)));
  p[(rotate(744404u, lid) + 1u) & 7u] = ((581470u < (d * c)) ? 581470u : ((d * c) ^ 0x55u)); b += p[1u & 7u];
  b ^= convert_uint_sat(fabs(g) * 16.0f);
  switch (((c % (gid | 1u)) * (102782u - c)) & 3u) { case 0: b += 1u; break; case 1: b ^= 37u; /* falls through */ case 2: b = max((763054u - c), rotate(d, lid)); break; default: b = rotate(b, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
