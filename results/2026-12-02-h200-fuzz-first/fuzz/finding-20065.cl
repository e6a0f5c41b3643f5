struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((234985u + 221271u) + 50831u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((mul_hi(381150u, (12966u >> (222508u & 31u))) ^ x)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((min((y % (671770u | 1u)), rotate(503113u, 190891u)) ^ (x + x))); y ^= x >> 3; x = x * 31u + ((mul_hi(y, min(707511u, y)) ^ x)); y ^= x >> 3; x = x * 31u + ((x - (((x ^ y) < max(x, 65765u)) ? (x ^ y) : (max(x, 65765u) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((rotate(min(y, y), (312230u >> (x & 31u))) << (mul_hi((y << (616803u & 31u)), rotate(y, x)) & 31u))); y ^= x >> 3; x = x * 31u + (((x * (x * y)) ^ min((y - x), (y >> (y & 31u))))); y ^= x >> 3; x = x * 31u + (min(x, ((x >> (x & 31u)) ^ (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) << (rotate(y, y) & 31u)) << (y & 31u))); y ^= x >> 3; x = x * 31u + ((((x + y) | (x + 280331u)) - x)); y ^= x >> 3; x = x * 31u + (((mul_hi(y, x) * rotate(x, 1004304u)) >> (x & 31u))); y ^= x >> 3; x = x * 31u + ((((y % (458540u | 1u)) ^ rotate(x, 530487u)) >> ((x % ((959839u | 58503u) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + ((mul_hi((423377u | x), y) << (((y % (807164u | 1u)) ^ (y / (512032u | 1u))) & 31u))); y ^= x >> 3; x = x * 31u + (rotate(((x >> (420718u & 31u)) ^ (440601u % (x | 1u))), max((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3), 618457u))); y ^= x >> 3; x = x * 31u + (((uint)(((int)((x & y) & 0xffffu) - (int)((909193u ^ y) & 0xffffu)) / 3) / (371136u | 1u))); y ^= x >> 3; x = x * 31u + (174087u); y ^= x >> 3; x = x * 31u + (mul_hi(y, (((y < 645825u) ? y : (645825u ^ 0x55u)) & x))); y ^= x >> 3; x = x * 31u + ((((422214u % (x | 1u)) ^ 290995u) / (((y * y) % (y | 1u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (lid & 3u) { case 0: b += 1u; break; case 1: b ^= 259u; /* falls through */ case 2: b = (lid * (c + gid)); break; default: b = rotate(b, 3u); }
  c = h1(c, ((lid / (d | 1u)) | (d << (613934u & 31u))));
  g = clamp((((g + f) * (float)(a & 255u)) / (fabs(fmax(clamp(0.61f, -4.0f, 4.0f), (float)(a & 255u))) + 1.0f)), -1000.0f, 1000.0f);
  tile[lid] = lid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 45u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
