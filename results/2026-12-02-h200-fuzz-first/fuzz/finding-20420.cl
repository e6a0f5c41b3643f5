struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y ^ 217966u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((uint)(((int)((x & y) & 0xffffu) - (int)((y >> (285335u & 31u)) & 0xffffu)) / 3) << ((max(65350u, x) * x) & 31u))); y ^= x >> 3; x = x * 31u + ((x & x)); y ^= x >> 3; x = x * 31u + ((((968927u / (311581u | 1u)) + (y >> (x & 31u))) & (uint)(((int)((uint)(((int)(598289u & 0xffffu) - (int)(y & 0xffffu)) / 3) & 0xffffu) - (int)((x << (y & 31u)) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((((x < y) ? x : (y ^ 0x55u)) / (mul_hi(y, 712247u) | 1u)) & ((518778u * 140369u) >> ((uint)(((int)(407722u & 0xffffu) - (int)(365320u & 0xffffu)) / 3) & 31u)))); y ^= x >> 3; x = x * 31u + ((36674u | (x >> (y & 31u)))); y ^= x >> 3; x = x * 31u + (((((x < x) ? x : (x ^ 0x55u)) ^ (654128u | x)) ^ ((y | 914389u) - 405661u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (643875u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(sqrt(fabs(f)), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs((3.33f + fmin(1.14f, 1.37f))) * 16.0f);
  b = mul_hi((21072u | (gid * d)), ((b ^ c) << (max(548329u, b) & 31u)));
  g = clamp(f, -1000.0f, 1000.0f);
  switch (((326082u % (gid | 1u)) >> (1047614u & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 289u; /* falls through */ case 2: b = ((uint)(((int)(c & 0xffffu) - (int)(97671u & 0xffffu)) / 3) - (a * b)); break; default: b = rotate(b, 3u); }
  p[(lid + 6u) & 7u] = (uint)(((int)(((a < 298556u) ? a : (298556u ^ 0x55u)) & 0xffffu) - (int)(1029119u & 0xffffu)) / 3); a += p[5u & 7u];
  g = clamp(f, -1000.0f, 1000.0f);
  tile[lid] = (512645u << (847192u & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 58u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
