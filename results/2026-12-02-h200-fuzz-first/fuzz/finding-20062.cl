struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)((max(x, 353225u) | (uint)(((int)(x & 0xffffu) - (int)(703930u & 0xffffu)) / 3)) & 0xffffu) - (int)(rotate(rotate(y, 299991u), min(x, 458338u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((y & ((872533u & x) >> ((209781u << (y & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + ((y ^ (((x < 51512u) ? x : (51512u ^ 0x55u)) / (335602u | 1u)))); y ^= x >> 3; x = x * 31u + (((((x < y) ? x : (y ^ 0x55u)) % (min(x, x) | 1u)) << (((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) + max(y, y)) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((uint)(((int)(max(y, x) & 0xffffu) - (int)(min(x, x) & 0xffffu)) / 3) << (17726u & 31u))); y ^= x >> 3; x = x * 31u + ((y % (((x % (255346u | 1u)) % ((789952u % (459382u | 1u)) | 1u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = (((d + b) << ((c >> (lid & 31u)) & 31u)) & ((c & 730433u) & a));
  c = 9753u;
  if (max((c - a), 799646u) == (381987u | (673666u % (b | 1u)))) { b = min(112001u, (b + (10128u / (gid | 1u)))); } else { for (int k = 0; k < 3; k++) {  b = rotate((mul_hi(493242u, 664063u) >> ((b >> (798405u & 31u)) & 31u)), (93740u / (c | 1u))); } }
  switch (((lid << (gid & 31u)) * (c >> (504707u & 31u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 187u; /* falls through */ case 2: c = d; break; default: c = rotate(c, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
