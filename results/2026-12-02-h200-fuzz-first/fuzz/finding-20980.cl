struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min((81980u * x), mul_hi(442957u, 985302u)) ^ 556985u)); y ^= x >> 3; x = x * 31u + (((uint)(((int)(894550u & 0xffffu) - (int)((x % (x | 1u)) & 0xffffu)) / 3) + 76062u)); y ^= x >> 3; x = x * 31u + ((y & (uint)(((int)(x & 0xffffu) - (int)((854789u * y) & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((min(1034282u, (x - 147022u)) % (306822u | 1u))); y ^= x >> 3; x = x * 31u + ((max((637938u - x), (y % (736027u | 1u))) - 650876u)); y ^= x >> 3; x = x * 31u + (((((y | y) | y) < x) ? ((y | y) | y) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + (rotate(((uint)(((int)(140848u & 0xffffu) - (int)(476112u & 0xffffu)) / 3) - (x ^ y)), ((x >> (x & 31u)) ^ (y >> (668525u & 31u))))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(mul_hi(464890u, (y << (y & 31u))) & 0xffffu) - (int)((y << ((y - y) & 31u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((max(y, y) < (y - y)) ? max(y, y) : ((y - y) ^ 0x55u)) - x)); y ^= x >> 3; x = x * 31u + ((454794u % (min((x * 498852u), (y & y)) | 1u))); y ^= x >> 3; x = x * 31u + ((max(y, (x << (437512u & 31u))) << (mul_hi(676464u, max(1039115u, 605420u)) & 31u))); y ^= x >> 3; x = x * 31u + (((x < ((200392u / (x | 1u)) % (max(y, y) | 1u))) ? x : (((200392u / (x | 1u)) % (max(y, y) | 1u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((x | (402580u << (rotate(705454u, 906950u) & 31u)))); y ^= x >> 3; x = x * 31u + (((((y < x) ? y : (x ^ 0x55u)) | 59569u) & ((y + y) >> ((x >> (966298u & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + ((y / (((uint)(((int)(357781u & 0xffffu) - (int)(y & 0xffffu)) / 3) % (rotate(x, y) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp((f * (float)(a & 255u)), -1000.0f, 1000.0f);
  g = clamp(fmax((fmax(f, g) - (1.89f + g)), (fmin(g, 2.34f) * f)), -1000.0f, 1000.0f);
  switch (((c + 596342u) + b) & 3u) { case 0: b += 1u; break; case 1: b ^= 206u; /* falls through */ case 2: b = ((gid % (a | 1u)) - 257243u); break; default: b = rotate(b, 3u); }
  d ^= convert_uint_sat(fabs(2.50f) * 16.0f);
  if (133884u > ((b + c) + (uint)(((int)(948160u & 0xffffu) - (int)(gid & 0xffffu)) / 3))) { b ^= convert_uint_sat(fabs(g) * 16.0f); } else { f = clamp(f, -1000.0f, 1000.0f); }
  switch ((a % (gid | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 334u; /* falls through */ case 2: d = (265143u & (d / (b | 1u))); break; default: d = rotate(d, 3u); }
  c ^= convert_uint_sat(fabs((g + fmin((float)(a & 255u), (float)(a & 255u)))) * 16.0f);
  p[(max(d, 891038u) + 5u) & 7u] = (uint)(((int)(637354u & 0xffffu) - (int)(975798u & 0xffffu)) / 3); b += p[2u & 7u];
  g = clamp((fmin((g / (fabs(0.18f) + 1.0f)), (2.25f * g)) + (g / (fabs((g * 0.73f)) + 1.0f))), -1000.0f, 1000.0f);
  tile[lid] = ((gid - 538626u) % ((d - c) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 37u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
