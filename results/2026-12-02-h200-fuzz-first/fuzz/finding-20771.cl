struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min((y << (y & 31u)), (x * 411628u)) | (y - y))); y ^= x >> 3; x = x * 31u + (887012u); y ^= x >> 3; x = x * 31u + (801411u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((uint)(((int)(((1046005u ^ y) + (361090u - x)) & 0xffffu) - (int)((uint)(((int)((x * 342149u) & 0xffffu) - (int)(min(x, x) & 0xffffu)) / 3) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (281688u); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (mul_hi(708938u, mul_hi(x, (504825u * 426148u)))); y ^= x >> 3; x = x * 31u + ((x - y)); y ^= x >> 3; x = x * 31u + (((y ^ ((293817u < x) ? 293817u : (x ^ 0x55u))) - ((y >> (y & 31u)) | x))); y ^= x >> 3; x = x * 31u + ((y | (x + x))); y ^= x >> 3; x = x * 31u + ((141348u >> (mul_hi(236961u, (y - 667411u)) & 31u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(rotate((356954u % (542262u | 1u)), y) & 0xffffu) - (int)((min(y, y) % (x | 1u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)(((x | x) & ((768359u < y) ? 768359u : (y ^ 0x55u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((rotate(214685u, rotate(y, 488087u)) << (((y ^ 753778u) - (y * 12031u)) & 31u))); y ^= x >> 3; x = x * 31u + ((574471u & (y * (x >> (y & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp((((float)(a & 255u) + ((float)(a & 255u) + 1.50f)) / (fabs(fmax(f, f)) + 1.0f)), -1000.0f, 1000.0f);
  c = h1(((412501u >> (gid & 31u)) * min(gid, 970573u)), a);
  tile[lid] = ((gid / (lid | 1u)) << ((uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 23u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
