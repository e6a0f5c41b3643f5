struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((x ^ ((uint)(((int)(400586u & 0xffffu) - (int)(x & 0xffffu)) / 3) ^ x))); y ^= x >> 3; x = x * 31u + (mul_hi(x, ((x % (x | 1u)) * (x - 184788u)))); y ^= x >> 3; x = x * 31u + ((((980694u ^ y) / ((x * x) | 1u)) | (min(y, 364676u) + (x >> (x & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs(clamp(((float)(a & 255u) + f), -4.0f, 4.0f)) * 16.0f);
  switch ((c % ((1030249u ^ b) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 360u; /* falls through */ case 2: d = ((lid % (700388u | 1u)) | (uint)(((int)(d & 0xffffu) - (int)(lid & 0xffffu)) / 3)); break; default: d = rotate(d, 3u); }
  if ((min(lid, lid) / ((c & c) | 1u)) != min((c - c), min(d, b))) { b = h0(694895u, (mul_hi(d, gid) ^ (c & d))); } else { a = h0(((max(d, 337506u) < (a << (d & 31u))) ? max(d, 337506u) : ((a << (d & 31u)) ^ 0x55u)), max(gid, max(gid, b))); }
  p[((b * 280043u) + 7u) & 7u] = ((28418u % (d | 1u)) * 99460u); c += p[7u & 7u];
  switch ((47034u + (556784u & gid)) & 3u) { case 0: b += 1u; break; case 1: b ^= 268u; /* falls through */ case 2: b = (mul_hi(c, lid) & (uint)(((int)(159546u & 0xffffu) - (int)(613489u & 0xffffu)) / 3)); break; default: b = rotate(b, 3u); }
  g = clamp(fmax(sqrt(fabs(fmin(g, (float)(a & 255u)))), (f + 1.63f)), -1000.0f, 1000.0f);
  p[(mul_hi(a, 841699u) + 7u) & 7u] = ((a * c) + mul_hi(a, gid)); c += p[1u & 7u];
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
