struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((x - y) ^ (740788u % (x | 1u))) % (max((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3), (y << (179327u & 31u))) | 1u))); y ^= x >> 3; x = x * 31u + (mul_hi(x, ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) / (min(x, y) | 1u)))); y ^= x >> 3; x = x * 31u + (((mul_hi(y, 312778u) % (y | 1u)) * ((751085u + 240081u) << ((uint)(((int)(y & 0xffffu) - (int)(1013347u & 0xffffu)) / 3) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp((1.72f - ((2.93f * f) / (fabs(fmax(g, 1.64f)) + 1.0f))), -1000.0f, 1000.0f);
  switch (((769964u * lid) * b) & 3u) { case 0: b += 1u; break; case 1: b ^= 987u; /* falls through */ case 2: b = (min(d, 195819u) - rotate(53944u, b)); break; default: b = rotate(b, 3u); }
  b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
