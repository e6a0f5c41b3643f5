struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((y % (y | 1u)) & x) < x) ? ((y % (y | 1u)) & x) : (x ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((72637u | ((rotate(y, x) < max(y, x)) ? rotate(y, x) : (max(y, x) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (((max(975724u, y) - (y / (x | 1u))) * (uint)(((int)((965604u | x) & 0xffffu) - (int)((227045u | 328168u) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((y ^ (220359u ^ 965315u)) < x) ? (y ^ (220359u ^ 965315u)) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((y + y) % (rotate(y, 44245u) | 1u)) ^ (824947u & rotate(x, x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs(sqrt(fabs(sqrt(fabs(g))))) * 16.0f);
  c = h1((uint)(((int)((b | lid) & 0xffffu) - (int)((d * a) & 0xffffu)) / 3), ((uint)(((int)(c & 0xffffu) - (int)(c & 0xffffu)) / 3) & ((b < 915876u) ? b : (915876u ^ 0x55u))));
  c = (uint)(((int)((((c * gid) < max(b, c)) ? (c * gid) : (max(b, c) ^ 0x55u)) & 0xffffu) - (int)(d & 0xffffu)) / 3);
  for (int k = 0; k < 2; k++) {  p[((a * lid) + 3u) & 7u] = c; d += p[1u & 7u]; }
  for (int k = 0; k < 5; k++) {  p[(mul_hi(gid, b) + 4u) & 7u] = (max(d, a) & (a / (d | 1u))); c += p[4u & 7u]; }
  for (int k = 0; k < 5; k++) { if ((a & 7u) == 5u) break; a ^= convert_uint_sat(fabs(fmax((g + f), (f - f))) * 16.0f); }
  g = clamp(fmin((fmax(f, 2.14f) / (fabs((float)(a & 255u)) + 1.0f)), f), -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) {  if (c != ((lid * a) ^ (c | 247389u))) { p[((b >> (c & 31u)) + 2u) & 7u] = 297797u; a += p[5u & 7u]; } else { p[((a * 288497u) + 0u) & 7u] = ((lid | lid) % (mul_hi(d, b) | 1u)); c += p[7u & 7u]; } }
  tile[lid] = ((uint)(((int)(822686u & 0xffffu) - (int)(b & 0xffffu)) / 3) - 52076u); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 40u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
