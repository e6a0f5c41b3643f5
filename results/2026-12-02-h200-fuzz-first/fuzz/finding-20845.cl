struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(x, x)); y ^= x >> 3; x = x * 31u + (68298u); y ^= x >> 3; x = x * 31u + (rotate(((x | 913381u) - ((x < x) ? x : (x ^ 0x55u))), (max(55497u, x) + y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((x >> (rotate(y, y) & 31u)) - (((y < 715334u) ? y : (715334u ^ 0x55u)) ^ rotate(y, 501477u)))); y ^= x >> 3; x = x * 31u + (((y < ((y * y) << ((x / (x | 1u)) & 31u))) ? y : (((y * y) << ((x / (x | 1u)) & 31u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(597420u & 0xffffu) - (int)(455446u & 0xffffu)) / 3) / (max(y, 496817u) | 1u)) - (y * x))); y ^= x >> 3; x = x * 31u + (((x & min(x, y)) ^ ((x + y) / (max(y, x) | 1u)))); y ^= x >> 3; x = x * 31u + (((((541706u * y) < x) ? (541706u * y) : (x ^ 0x55u)) % (((72486u | y) & (590947u - 564927u)) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (max((x ^ rotate(x, y)), rotate((y / (y | 1u)), (291639u + 903478u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (((276562u - c) << (821897u & 31u)) % (d | 1u));
  p[(242552u + 6u) & 7u] = b; d += p[0u & 7u];
  g = clamp(f, -1000.0f, 1000.0f);
  tile[lid] = (((d & b) < (lid ^ a)) ? (d & b) : ((lid ^ a) ^ 0x55u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 19u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
