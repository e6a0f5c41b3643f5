struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((mul_hi((744045u << (998214u & 31u)), (x ^ x)) << (y & 31u))); y ^= x >> 3; x = x * 31u + ((440466u ^ min(y, y))); y ^= x >> 3; x = x * 31u + (rotate(((x - y) / (x | 1u)), rotate((755549u + 10226u), rotate(x, x)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (511174u); y ^= x >> 3; x = x * 31u + ((x * min(y, (y | x)))); y ^= x >> 3; x = x * 31u + (((((x - y) < y) ? (x - y) : (y ^ 0x55u)) | (uint)(((int)((y << (y & 31u)) & 0xffffu) - (int)(mul_hi(535u, x) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (max(((998568u >> (579484u & 31u)) / (rotate(403842u, x) | 1u)), mul_hi(x, 888379u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((max(x, y) & (y << (x & 31u))) - ((x << (y & 31u)) - (805723u & x)))); y ^= x >> 3; x = x * 31u + ((((x + y) + x) % (((865219u / (y | 1u)) / ((x >> (x & 31u)) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + ((rotate(25294u, (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)) ^ (((y | y) < ((619311u < x) ? 619311u : (x ^ 0x55u))) ? (y | y) : (((619311u < x) ? 619311u : (x ^ 0x55u)) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((y + ((y - x) - mul_hi(x, x)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((uint)(((int)(mul_hi(((794107u < 494912u) ? 794107u : (494912u ^ 0x55u)), (y << (y & 31u))) & 0xffffu) - (int)(((y + 845510u) >> (min(398466u, x) & 31u)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((d << (712464u & 31u)) + a) < (min(983161u, 919782u) - (uint)(((int)(gid & 0xffffu) - (int)(lid & 0xffffu)) / 3))) { if (b != rotate(831213u, (gid - 925187u))) { b = (min((d + d), (b << (lid & 31u))) ^ (c >> (((a < 992718u) ? a : (992718u ^ 0x55u)) & 31u))); } else { a = (uint)(((int)(min((b >> (d & 31u)), (c % (a | 1u))) & 0xffffu) - (int)(a & 0xffffu)) / 3); } } else { a = (a & ((514790u * lid) & (gid >> (gid & 31u)))); }
  b ^= convert_uint_sat(fabs(clamp((float)(a & 255u), -4.0f, 4.0f)) * 16.0f);
  c = (a % ((uint)(((int)((d - gid) & 0xffffu) - (int)((gid << (d & 31u)) & 0xffffu)) / 3) | 1u));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
