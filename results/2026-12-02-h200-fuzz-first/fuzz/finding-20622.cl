struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((uint)(((int)(973969u & 0xffffu) - (int)(x & 0xffffu)) / 3) & mul_hi(x, (y | y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (max((898567u * (y | x)), mul_hi((x << (57088u & 31u)), (uint)(((int)(x & 0xffffu) - (int)(924266u & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((((y / (y | 1u)) << ((uint)(((int)(x & 0xffffu) - (int)(256023u & 0xffffu)) / 3) & 31u)) - x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (mul_hi((229657u ^ c), max(d, d)) & 3u) { case 0: a += 1u; break; case 1: a ^= 538u; /* falls through */ case 2: a = (min(lid, 1028492u) << ((d & a) & 31u)); break; default: a = rotate(a, 3u); }
  c ^= convert_uint_sat(fabs(sqrt(fabs(fmax((float)(a & 255u), 3.69f)))) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
