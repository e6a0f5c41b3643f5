struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (max(x, mul_hi(x, (997523u - y)))); y ^= x >> 3; x = x * 31u + (((mul_hi(x, y) & (y / (y | 1u))) % ((195986u & ((x < x) ? x : (x ^ 0x55u))) | 1u))); y ^= x >> 3; x = x * 31u + (621798u); y ^= x >> 3; x = x * 31u + ((rotate((697947u | 745929u), (x - x)) >> (((x % (x | 1u)) + mul_hi(x, 842421u)) & 31u))); y ^= x >> 3; x = x * 31u + (min((max(12470u, x) | (y << (x & 31u))), min(((x < y) ? x : (y ^ 0x55u)), mul_hi(492342u, 218674u)))); y ^= x >> 3; x = x * 31u + (((((((y < y) ? y : (y ^ 0x55u)) < 888096u) ? ((y < y) ? y : (y ^ 0x55u)) : (888096u ^ 0x55u)) < mul_hi((114648u & x), ((467350u < 985451u) ? 467350u : (985451u ^ 0x55u)))) ? ((((y < y) ? y : (y ^ 0x55u)) < 888096u) ? ((y < y) ? y : (y ^ 0x55u)) : (888096u ^ 0x55u)) : (mul_hi((114648u & x), ((467350u < 985451u) ? 467350u : (985451u ^ 0x55u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((min((817818u - 540697u), rotate(224080u, y)) & (uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((538003u >> (rotate((y ^ y), max(x, y)) & 31u))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(min(x, 668328u) & 0xffffu) - (int)(y & 0xffffu)) / 3) + max((591771u << (x & 31u)), rotate(732707u, x)))); y ^= x >> 3; x = x * 31u + (((min((y ^ 499814u), 509449u) < rotate(y, (y * 448280u))) ? min((y ^ 499814u), 509449u) : (rotate(y, (y * 448280u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (min(y, ((x < (301996u | y)) ? x : ((301996u | y) ^ 0x55u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = 453475u;
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 7u) break; d = h1(((b - c) - max(26271u, gid)), min(gid, (c ^ c))); }
  a = (min((c | gid), (655271u | a)) + (rotate(b, 782774u) * mul_hi(1047790u, b)));
  b = lid;
  d = d;
  tile[lid] = ((c << (99829u & 31u)) & (b - 548485u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 53u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
