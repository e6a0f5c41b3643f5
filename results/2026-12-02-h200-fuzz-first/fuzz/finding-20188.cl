struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(854353u, rotate(y, (353424u / (x | 1u))))); y ^= x >> 3; x = x * 31u + (351897u); y ^= x >> 3; x = x * 31u + ((mul_hi((x ^ y), rotate(101175u, y)) ^ y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((x < x) ? x : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) / ((uint)(((int)(714049u & 0xffffu) - (int)(271179u & 0xffffu)) / 3) | 1u)) / (min((y % (393373u | 1u)), (x & y)) | 1u))); y ^= x >> 3; x = x * 31u + ((rotate(y, x) + (uint)(((int)((37781u % (61565u | 1u)) & 0xffffu) - (int)((y << (y & 31u)) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (187251u); y ^= x >> 3; x = x * 31u + ((((x / (x | 1u)) / ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u)) & ((568870u * 60217u) * (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((x >> (((x | 791746u) & x) & 31u))); y ^= x >> 3; x = x * 31u + ((mul_hi((x >> (x & 31u)), 275710u) % ((654752u | 345606u) | 1u))); y ^= x >> 3; x = x * 31u + ((880580u - (789859u + min(933445u, x)))); y ^= x >> 3; x = x * 31u + (min(((x - x) | x), y)); y ^= x >> 3; x = x * 31u + (min(x, ((x / (427353u | 1u)) & x))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (222622u); y ^= x >> 3; x = x * 31u + ((x * y)); y ^= x >> 3; x = x * 31u + (mul_hi(max((x / (y | 1u)), rotate(y, y)), (((y < x) ? y : (x ^ 0x55u)) << ((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) & 31u)))); y ^= x >> 3; x = x * 31u + (min(min(rotate(x, 164843u), x), (min(151051u, x) >> ((uint)(((int)(x & 0xffffu) - (int)(911099u & 0xffffu)) / 3) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (min(rotate(491677u, b), gid) + c);
  p[((gid * a) + 3u) & 7u] = a; a += p[4u & 7u];
  tile[lid] = 116555u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 62u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
