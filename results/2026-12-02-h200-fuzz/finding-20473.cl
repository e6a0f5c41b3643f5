struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y >> (627956u & 31u)) >> (max(x, 181500u) & 31u)) << (((681855u - 375019u) - (895569u >> (x & 31u))) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((max(y, 746903u) < (uint)(((int)(385519u & 0xffffu) - (int)(y & 0xffffu)) / 3)) ? max(y, 746903u) : ((uint)(((int)(385519u & 0xffffu) - (int)(y & 0xffffu)) / 3) ^ 0x55u)) - (x + ((y < x) ? y : (x ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (59366u); y ^= x >> 3; x = x * 31u + (((uint)(((int)((x * 160564u) & 0xffffu) - (int)((y - 464936u) & 0xffffu)) / 3) % ((((x < x) ? x : (x ^ 0x55u)) | (x >> (y & 31u))) | 1u))); y ^= x >> 3; x = x * 31u + ((287875u * ((579980u + 925075u) % (x | 1u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((rotate(622911u, x) << (rotate(x, y) & 31u)) % (max(x, x) | 1u))); y ^= x >> 3; x = x * 31u + ((((459755u | y) + (879747u & y)) + (uint)(((int)((x / (x | 1u)) & 0xffffu) - (int)((y / (366620u | 1u)) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((((x | y) * (x - x)) + ((y & 412857u) | (y & x)))); y ^= x >> 3; x = x * 31u + (rotate((y % ((y | x) | 1u)), ((610320u * 559717u) + 177620u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  b = h1((rotate(b, a) << (gid & 31u)), lid);
  c = 981330u;
  switch (max(c, min(c, 224786u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 273u; /* falls through */ case 2: d = 311734u; break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 3; k++) {  c = (mul_hi(c, mul_hi(lid, lid)) ^ ((c & 336307u) & (45052u / (c | 1u)))); }
  tile[lid] = d; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 26u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
