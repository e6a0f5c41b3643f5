struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (mul_hi((629142u << (min(y, 269389u) & 31u)), x)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((((251153u < x) ? 251153u : (x ^ 0x55u)) / ((x | x) | 1u)) & mul_hi((121278u / (x | 1u)), (y << (y & 31u))))); y ^= x >> 3; x = x * 31u + (rotate(((y >> (1013890u & 31u)) + (x | 393935u)), (x % ((394430u / (x | 1u)) | 1u)))); y ^= x >> 3; x = x * 31u + (560699u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = d;
  a = rotate(426930u, gid);
  switch (b & 3u) { case 0: a += 1u; break; case 1: a ^= 625u; /* falls through */ case 2: a = lid; break; default: a = rotate(a, 3u); }
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
