struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((775389u << (x & 31u)) - (649110u >> (524268u & 31u))) * x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((725303u ^ ((1037146u / (x | 1u)) - ((815771u < 477527u) ? 815771u : (477527u ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (279115u); y ^= x >> 3; x = x * 31u + (595197u); y ^= x >> 3; x = x * 31u + (((uint)(((int)(622996u & 0xffffu) - (int)(x & 0xffffu)) / 3) / (((y ^ 792911u) + y) | 1u))); y ^= x >> 3; x = x * 31u + ((x | ((y * x) - (776092u & 172661u)))); y ^= x >> 3; x = x * 31u + (((y < mul_hi(mul_hi(36613u, 343916u), 519777u)) ? y : (mul_hi(mul_hi(36613u, 343916u), 519777u) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((((x ^ x) % ((x % (758999u | 1u)) | 1u)) < ((y - 946597u) % (441461u | 1u))) ? ((x ^ x) % ((x % (758999u | 1u)) | 1u)) : (((y - 946597u) % (441461u | 1u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((y ^ y)); y ^= x >> 3; x = x * 31u + (((uint)(((int)((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) & 0xffffu) - (int)(mul_hi(x, x) & 0xffffu)) / 3) * ((541256u % (y | 1u)) % ((676101u * y) | 1u)))); y ^= x >> 3; x = x * 31u + ((((x >> (y & 31u)) + (y >> (502414u & 31u))) / ((rotate(y, x) * (x << (x & 31u))) | 1u))); y ^= x >> 3; x = x * 31u + (((x * max(x, y)) + max(rotate(x, x), y))); y ^= x >> 3; x = x * 31u + ((max((x << (156375u & 31u)), min(x, x)) % ((min(x, x) / (mul_hi(457233u, 935995u) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((704697u + 505008u) / ((uint)(((int)(118596u & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u)) / (x | 1u))); y ^= x >> 3; x = x * 31u + (((min(mul_hi(62069u, y), (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)) < rotate(550448u, x)) ? min(mul_hi(62069u, y), (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)) : (rotate(550448u, x) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((437461u % (y | 1u)) % (max(x, y) | 1u)) >> (313224u & 31u))); y ^= x >> 3; x = x * 31u + (616316u); y ^= x >> 3; x = x * 31u + ((((x + y) % ((x % (218892u | 1u)) | 1u)) << (651570u & 31u))); y ^= x >> 3; x = x * 31u + (567549u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = h1(((984448u * lid) * 697397u), lid);
  c = gid;
  p[(mul_hi(b, 849833u) + 1u) & 7u] = (min(9355u, a) / (mul_hi(b, gid) | 1u)); d += p[4u & 7u];
  tile[lid] = max((c | gid), min(41474u, gid)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 22u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
