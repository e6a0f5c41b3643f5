struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((max((967668u + x), y) < x) ? max((967668u + x), y) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((839781u ^ y) ^ (590205u | x)) >> (max((x + 103372u), (73987u >> (y & 31u))) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (rotate(((y / (x | 1u)) >> (rotate(x, x) & 31u)), ((353368u % (x | 1u)) / ((228772u & 371268u) | 1u)))); y ^= x >> 3; x = x * 31u + (((min(x, x) * (y << (y & 31u))) >> (((x << (1002279u & 31u)) % ((x + y) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + ((y % (((y | x) >> ((x ^ x) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (max(1043491u, y)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((668917u << (907630u & 31u)) % (x | 1u)) / (x | 1u))); y ^= x >> 3; x = x * 31u + (((y < 485786u) ? y : (485786u ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((min(368029u, x) >> (25594u & 31u)) >> (((x ^ x) - rotate(x, y)) & 31u))); y ^= x >> 3; x = x * 31u + (966735u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(sqrt(fabs(g)), -1000.0f, 1000.0f);
  d ^= convert_uint_sat(fabs((((float)(a & 255u) * 1.57f) / (fabs((2.70f - f)) + 1.0f))) * 16.0f);
  a = ((mul_hi(b, 154416u) << ((469163u >> (918224u & 31u)) & 31u)) >> ((gid & b) & 31u));
  switch (gid & 3u) { case 0: c += 1u; break; case 1: c ^= 645u; /* falls through */ case 2: c = rotate((b / (877135u | 1u)), max(233164u, gid)); break; default: c = rotate(c, 3u); }
  f = clamp(clamp(((f + f) - fmax(g, (float)(a & 255u))), -4.0f, 4.0f), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs(fmin(((float)(a & 255u) + g), 0.67f)) * 16.0f);
  d = h1((lid * (lid & c)), gid);
  d = mul_hi((a - (uint)(((int)(189889u & 0xffffu) - (int)(238254u & 0xffffu)) / 3)), max((d % (d | 1u)), (gid - 474837u)));
  b ^= convert_uint_sat(fabs(fmin(f, sqrt(fabs(g)))) * 16.0f);
  switch (((d >> (390593u & 31u)) & (504883u * 229957u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 241u; /* falls through */ case 2: c = rotate(gid, mul_hi(b, d)); break; default: c = rotate(c, 3u); }
  tile[lid] = ((gid + gid) << ((49683u >> (a & 31u)) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 50u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
