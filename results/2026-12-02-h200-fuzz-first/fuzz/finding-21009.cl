struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)(mul_hi((x | x), max(x, y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((((x + 432891u) < ((426987u < 737892u) ? 426987u : (737892u ^ 0x55u))) ? (x + 432891u) : (((426987u < 737892u) ? 426987u : (737892u ^ 0x55u)) ^ 0x55u)) - (rotate(y, 708732u) << ((y >> (y & 31u)) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((max(((y < x) ? y : (x ^ 0x55u)), (uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)) - rotate((214540u << (469548u & 31u)), (y & y)))); y ^= x >> 3; x = x * 31u + ((x ^ 478924u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((405912u | 931171u) + 5u) & 7u] = 826263u; b += p[3u & 7u];
  switch (((b << (981616u & 31u)) << ((1047628u >> (d & 31u)) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 979u; /* falls through */ case 2: a = rotate(mul_hi(lid, d), a); break; default: a = rotate(a, 3u); }
  switch (max(min(b, 727163u), gid) & 3u) { case 0: b += 1u; break; case 1: b ^= 291u; /* falls through */ case 2: b = ((a * d) | (d ^ 781995u)); break; default: b = rotate(b, 3u); }
  f = clamp(clamp(fmax(1.93f, (2.77f - 0.78f)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  p[(max(613627u, a) + 0u) & 7u] = rotate(mul_hi(c, a), (gid * 539740u)); d += p[6u & 7u];
  tile[lid] = (max(c, 436427u) | (d ^ a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 32u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
