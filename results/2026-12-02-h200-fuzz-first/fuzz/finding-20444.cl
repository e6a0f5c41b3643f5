struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((rotate(x, 2116u) ^ x) ^ (mul_hi(987142u, y) % ((y - x) | 1u)))); y ^= x >> 3; x = x * 31u + (min(mul_hi(min(y, x), min(1004655u, y)), 754908u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp((2.42f - f), -1000.0f, 1000.0f);
  f = clamp(f, -1000.0f, 1000.0f);
  a = ((rotate(427395u, 649144u) & 39785u) << (((d & gid) & (921659u * gid)) & 31u));
  c = ((((lid << (b & 31u)) + (a ^ c)) < (min(lid, gid) | b)) ? ((lid << (b & 31u)) + (a ^ c)) : ((min(lid, gid) | b) ^ 0x55u));
  d = (max(381278u, c) << (max((d << (lid & 31u)), 240990u) & 31u));
  b = rotate(max(a, max(d, b)), ((426394u ^ d) >> ((d + 567092u) & 31u)));
  if (((d | c) & 264907u) != ((843613u - 142384u) & (lid - a))) { g = clamp((f * fmax(1.14f, (1.87f / (fabs(f) + 1.0f)))), -1000.0f, 1000.0f); } else { b ^= convert_uint_sat(fabs((((float)(a & 255u) / (fabs(f) + 1.0f)) - fmin((float)(a & 255u), f))) * 16.0f); }
  a = h0(((237801u >> (b & 31u)) + mul_hi(c, 27567u)), ((uint)(((int)(796633u & 0xffffu) - (int)(d & 0xffffu)) / 3) >> (762297u & 31u)));
  tile[lid] = 304915u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 34u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
