struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min((79639u % (x | 1u)), (y & 198599u)) % (((y & 432883u) + y) | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = 619010u;
  if (669005u < ((1019371u ^ c) << (96142u & 31u))) { p[(max(779942u, c) + 6u) & 7u] = ((d >> (654927u & 31u)) & (104537u | gid)); c += p[2u & 7u]; } else { switch (a & 3u) { case 0: c += 1u; break; case 1: c ^= 249u; /* falls through */ case 2: c = b; break; default: c = rotate(c, 3u); } }
  f = clamp((fmax((1.33f / (fabs((float)(a & 255u)) + 1.0f)), f) * f), -1000.0f, 1000.0f);
  d = ((582102u + (uint)(((int)(a & 0xffffu) - (int)(lid & 0xffffu)) / 3)) ^ (((a % (gid | 1u)) < 765211u) ? (a % (gid | 1u)) : (765211u ^ 0x55u)));
  b ^= convert_uint_sat(fabs(((g - 2.50f) * 1.44f)) * 16.0f);
  a = ((((a ^ 1019163u) < (b >> (lid & 31u))) ? (a ^ 1019163u) : ((b >> (lid & 31u)) ^ 0x55u)) ^ (mul_hi(70611u, d) - mul_hi(b, b)));
  if (mul_hi((920297u - c), (lid - 92224u)) == ((gid | lid) + (b * d))) { a = h0(min(rotate(1026348u, b), (lid * 677699u)), a); } else { a = h0(((638003u & b) << ((240080u + 264940u) & 31u)), c); }
  c = (((a | a) * rotate(d, gid)) / (mul_hi((599027u ^ a), (b >> (772106u & 31u))) | 1u));
  if ((max(lid, 499711u) | (c % (590370u | 1u))) == min(mul_hi(945570u, a), (uint)(((int)(d & 0xffffu) - (int)(293353u & 0xffffu)) / 3))) { for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; f = clamp(f, -1000.0f, 1000.0f); } } else { c ^= convert_uint_sat(fabs(clamp((3.94f * g), -4.0f, 4.0f)) * 16.0f); }
  tile[lid] = (285309u << (gid & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 63u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
