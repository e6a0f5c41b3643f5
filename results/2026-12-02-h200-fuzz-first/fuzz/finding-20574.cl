struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y < (y & 169157u)) ? y : ((y & 169157u) ^ 0x55u)) + (308030u ^ (x << (x & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = h0((((99650u / (b | 1u)) < (b & c)) ? (99650u / (b | 1u)) : ((b & c) ^ 0x55u)), ((567697u >> (161599u & 31u)) * (c % (d | 1u))));
  if (45286u > max(min(c, 362648u), ((c < a) ? c : (a ^ 0x55u)))) { p[((d % (gid | 1u)) + 4u) & 7u] = ((d * 104738u) & (c ^ gid)); c += p[5u & 7u]; } else { if (c != mul_hi((gid + b), min(b, 795895u))) { c = (uint)(((int)((rotate(b, gid) - b) & 0xffffu) - (int)(min(rotate(d, 523804u), (b * 852626u)) & 0xffffu)) / 3); } else { p[((uint)(((int)(c & 0xffffu) - (int)(315868u & 0xffffu)) / 3) + 4u) & 7u] = (uint)(((int)((477895u >> (670719u & 31u)) & 0xffffu) - (int)((314716u * 167994u) & 0xffffu)) / 3); a += p[6u & 7u]; } }
  if (lid != (((uint)(((int)(c & 0xffffu) - (int)(350470u & 0xffffu)) / 3) < mul_hi(c, a)) ? (uint)(((int)(c & 0xffffu) - (int)(350470u & 0xffffu)) / 3) : (mul_hi(c, a) ^ 0x55u))) { a = lid; } else { d = (((d / (196400u | 1u)) / ((c - c) | 1u)) << (max(rotate(gid, 936009u), (297016u % (b | 1u))) & 31u)); }
  c = rotate(((c | a) / ((d ^ 522682u) | 1u)), ((a | 202101u) * ((d < d) ? d : (d ^ 0x55u))));
  c = (rotate((923399u << (878664u & 31u)), d) >> (min(gid, (d - b)) & 31u));
  b = mul_hi(a, ((uint)(((int)(b & 0xffffu) - (int)(a & 0xffffu)) / 3) % ((b << (gid & 31u)) | 1u)));
  tile[lid] = mul_hi(c, rotate(gid, a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 63u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
