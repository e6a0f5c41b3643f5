struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((x / (x | 1u)) < (uint)(((int)(y & 0xffffu) - (int)(171867u & 0xffffu)) / 3)) ? (x / (x | 1u)) : ((uint)(((int)(y & 0xffffu) - (int)(171867u & 0xffffu)) / 3) ^ 0x55u)) % (max(x, (y * y)) | 1u))); y ^= x >> 3; x = x * 31u + ((((y - y) / (x | 1u)) * (uint)(((int)(min(y, 867292u) & 0xffffu) - (int)((282436u << (x & 31u)) & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  d ^= convert_uint_sat(fabs(sqrt(fabs((g - f)))) * 16.0f);
  g = clamp((clamp(sqrt(fabs((float)(a & 255u))), -4.0f, 4.0f) * (((float)(a & 255u) / (fabs(f) + 1.0f)) / (fabs(g) + 1.0f))), -1000.0f, 1000.0f);
  a = h0((min(1000979u, a) & (lid & 152376u)), 596141u);
  if (((gid | a) >> ((d >> (b & 31u)) & 31u)) != min(869048u, (lid / (592548u | 1u)))) { p[((d ^ c) + 7u) & 7u] = ((694943u & d) | (gid & gid)); a += p[7u & 7u]; } else { switch ((mul_hi(lid, gid) | (465212u ^ d)) & 3u) { case 0: a += 1u; break; case 1: a ^= 67u; /* falls through */ case 2: a = max((4704u % (lid | 1u)), ((gid < gid) ? gid : (gid ^ 0x55u))); break; default: a = rotate(a, 3u); } }
  b = ((uint)(((int)(mul_hi(c, 370460u) & 0xffffu) - (int)(max(a, d) & 0xffffu)) / 3) % ((uint)(((int)((a - d) & 0xffffu) - (int)((d >> (c & 31u)) & 0xffffu)) / 3) | 1u));
  c = h0(mul_hi(gid, b), rotate(mul_hi(lid, c), (616530u - d)));
  p[(d + 2u) & 7u] = ((gid >> (b & 31u)) + d); a += p[1u & 7u];
  for (int k = 0; k < 4; k++) { if ((b & 7u) == 0u) break; c ^= convert_uint_sat(fabs(((f / (fabs(g) + 1.0f)) - clamp((float)(a & 255u), -4.0f, 4.0f))) * 16.0f); }
  tile[lid] = ((b << (b & 31u)) + rotate(d, 229955u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 40u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
