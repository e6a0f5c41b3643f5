struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (660727u); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = h0(((d << (821464u & 31u)) & (gid * gid)), c);
  p[((lid << (390486u & 31u)) + 3u) & 7u] = (uint)(((int)(774103u & 0xffffu) - (int)((uint)(((int)(798297u & 0xffffu) - (int)(437744u & 0xffffu)) / 3) & 0xffffu)) / 3); c += p[6u & 7u];
  a = (((min(a, 614385u) * (534230u >> (256035u & 31u))) < b) ? (min(a, 614385u) * (534230u >> (256035u & 31u))) : (b ^ 0x55u));
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; for (int k = 0; k < 6; k++) {  f = clamp((f + (g * (float)(a & 255u))), -1000.0f, 1000.0f); } }
  if ((min(c, 906504u) * ((893434u < b) ? 893434u : (b ^ 0x55u))) != (c / (gid | 1u))) { p[((d & lid) + 0u) & 7u] = gid; d += p[5u & 7u]; } else { if (((gid % (b | 1u)) ^ (gid * c)) == (mul_hi(183879u, b) & mul_hi(d, b))) { p[(((404497u < 795500u) ? 404497u : (795500u ^ 0x55u)) + 3u) & 7u] = ((599783u - gid) ^ min(b, c)); a += p[3u & 7u]; } else { b ^= convert_uint_sat(fabs(2.75f) * 16.0f); } }
  p[(lid + 2u) & 7u] = c; c += p[4u & 7u];
  p[((464623u ^ gid) + 7u) & 7u] = (rotate(702723u, 503879u) >> ((1014486u << (929933u & 31u)) & 31u)); c += p[6u & 7u];
  tile[lid] = rotate(d, rotate(729535u, gid)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 15u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
