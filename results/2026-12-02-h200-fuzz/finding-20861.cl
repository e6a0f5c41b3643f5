struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((max(x, (323191u & y)) - y)); y ^= x >> 3; x = x * 31u + (min(320073u, (uint)(((int)((y & x) & 0xffffu) - (int)((580961u + y) & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (max(y, (rotate(y, 299127u) & (650521u + 68241u)))); y ^= x >> 3; x = x * 31u + ((mul_hi(mul_hi(x, x), mul_hi(y, x)) | ((y - y) + (y >> (y & 31u))))); y ^= x >> 3; x = x * 31u + ((((x * x) ^ (x | x)) << (((909174u << (y & 31u)) ^ y) & 31u))); y ^= x >> 3; x = x * 31u + (((x + (y << (y & 31u))) & max(x, (y * y)))); y ^= x >> 3; x = x * 31u + (max(((y | 369409u) >> (((y < x) ? y : (x ^ 0x55u)) & 31u)), rotate(51099u, (525462u % (550271u | 1u))))); y ^= x >> 3; x = x * 31u + ((((186587u ^ (1020140u & 2452u)) < rotate(rotate(851490u, x), 366406u)) ? (186587u ^ (1020140u & 2452u)) : (rotate(rotate(851490u, x), 366406u) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((mul_hi((x ^ y), 17929u) % (((y ^ y) * min(x, 1035155u)) | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(max((x - 802852u), (798483u / (x | 1u))) & 0xffffu) - (int)(mul_hi((y ^ 315972u), (y ^ y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((560950u ^ 482086u) < rotate((y * y), (x + x))) ? (560950u ^ 482086u) : (rotate((y * y), (x + x)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((756206u + (64175u % (x | 1u))) >> (((x >> (215314u & 31u)) % ((285152u >> (y & 31u)) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + ((45698u >> ((min(x, y) >> ((x + 720462u) & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (max((((x + x) < max(x, 639381u)) ? (x + x) : (max(x, 639381u) ^ 0x55u)), mul_hi((357974u << (y & 31u)), x))); y ^= x >> 3; x = x * 31u + (393809u); y ^= x >> 3; x = x * 31u + ((uint)(((int)((((x < x) ? x : (x ^ 0x55u)) & (uint)(((int)(1033528u & 0xffffu) - (int)(11962u & 0xffffu)) / 3)) & 0xffffu) - (int)(((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) & max(x, 6584u)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(fmin((fmin(1.3f, g) + fmin((float)(a & 255u), (float)(a & 255u))), (fmax(g, f) * sqrt(fabs(g)))), -1000.0f, 1000.0f);
  b = b;
  c ^= convert_uint_sat(fabs(0.33f) * 16.0f);
  if (rotate((b << (gid & 31u)), 270470u) != ((b - b) * (1046863u << (c & 31u)))) { b ^= convert_uint_sat(fabs(((g - f) * ((float)(a & 255u) + 2.88f))) * 16.0f); } else { d = h1(c, max((757282u << (374822u & 31u)), (256407u % (d | 1u)))); }
  p[((709855u * c) + 0u) & 7u] = max(max(936842u, 300934u), (b % (gid | 1u))); d += p[7u & 7u];
  tile[lid] = (lid & (d - gid)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 3u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
