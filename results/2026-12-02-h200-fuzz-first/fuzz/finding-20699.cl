struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((min(y, y) < (y % (x | 1u))) ? min(y, y) : ((y % (x | 1u)) ^ 0x55u)) - (852777u * (942180u << (x & 31u))))); y ^= x >> 3; x = x * 31u + (((min(y, 221546u) ^ (uint)(((int)(577500u & 0xffffu) - (int)(814476u & 0xffffu)) / 3)) + y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(fmax((1.71f - (2.56f + g)), (g * 3.3f)), -1000.0f, 1000.0f);
  p[((c ^ b) + 2u) & 7u] = c; a += p[3u & 7u];
  p[((631685u ^ gid) + 6u) & 7u] = 663438u; b += p[6u & 7u];
  f = clamp(f, -1000.0f, 1000.0f);
  if (((lid >> (b & 31u)) << ((494843u ^ 79692u) & 31u)) < ((a << (c & 31u)) - ((357862u < d) ? 357862u : (d ^ 0x55u)))) { if (((uint)(((int)(295257u & 0xffffu) - (int)(d & 0xffffu)) / 3) >> ((126235u + d) & 31u)) > (lid % ((4770u | lid) | 1u))) { a ^= convert_uint_sat(fabs(g) * 16.0f); } else { b = rotate((c + rotate(c, c)), 545752u); } } else { if ((lid ^ (lid & 682703u)) == gid) { a = ((rotate(c, gid) << (((lid < 501555u) ? lid : (501555u ^ 0x55u)) & 31u)) & (rotate(d, gid) >> (a & 31u))); } else { b ^= convert_uint_sat(fabs((fmax(2.77f, (float)(a & 255u)) / (fabs(((float)(a & 255u) * f)) + 1.0f))) * 16.0f); } }
  if ((min(645296u, 638991u) % ((438979u >> (845787u & 31u)) | 1u)) == ((b >> (40789u & 31u)) / (gid | 1u))) { for (int k = 0; k < 2; k++) {  b ^= convert_uint_sat(fabs(clamp((f + (float)(a & 255u)), -4.0f, 4.0f)) * 16.0f); } } else { p[(mul_hi(b, b) + 1u) & 7u] = ((146530u << (318302u & 31u)) >> (b & 31u)); b += p[2u & 7u]; }
  tile[lid] = ((591857u ^ c) * c); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 10u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
